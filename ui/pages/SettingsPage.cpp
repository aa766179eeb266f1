#include "SettingsPage.h"

#include "widgets/MailSettings.h"
#include "widgets/PhraseListEditor.h"
#include "widgets/ProfileSettings.h"
#include "widgets/QuotaSettings.h"
#include "widgets/SeasonSettings.h"

#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

#include <functional>

namespace rapport::ui {
namespace {

// Long forms scroll on a small screen instead of squeezing their fields.
// Forms keep a readable width instead of running across a wide window.
QWidget *scrolled(QWidget *content, int maximumWidth)
{
    content->setMaximumWidth(maximumWidth);
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

SettingsPage::SettingsPage(Session &session, Prompter &prompter, MailSyncRunner &mailSync,
                           QWidget *parent)
    : Page(session, prompter, parent)
{
    m_profile = new ProfileSettings(session, prompter);
    m_season = new SeasonSettings(session, prompter);
    m_quotas = new QuotaSettings(session, prompter);
    m_phrases = new PhraseListEditor(session, prompter);
    m_mail = new MailSettings(session, prompter, mailSync);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scrolled(m_profile, 820), tr("Profile"));
    m_tabs->addTab(scrolled(m_season, 620), tr("Season"));
    m_tabs->addTab(scrolled(m_quotas, 960), tr("Quotas"));
    m_tabs->addTab(m_phrases, tr("Phrase lists"));
    m_tabs->addTab(m_mail, tr("Mail"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

bool SettingsPage::hasUnsavedEdits() const
{
    return m_profile->isDirty() || m_season->isDirty() || m_quotas->isDirty() ||
           m_phrases->isDirty();
}

bool SettingsPage::saveUnsavedEdits()
{
    // In tab order; a form that refuses comes to the front with its reason.
    const QList<std::pair<bool, std::function<bool()>>> forms = {
        {m_profile->isDirty(),
         [this] {
             return m_profile->save();
         }},
        {m_season->isDirty(),
         [this] {
             return m_season->save();
         }},
        {m_quotas->isDirty(),
         [this] {
             return m_quotas->saveEdits();
         }},
        {m_phrases->isDirty(),
         [this] {
             return m_phrases->save();
         }},
    };
    for (int tab = 0; tab < forms.size(); ++tab) {
        if (forms[tab].first && !forms[tab].second()) {
            m_tabs->setCurrentIndex(tab);
            return false;
        }
    }
    return true;
}

void SettingsPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("pages/settings/tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("pages/settings/phraseRule"), m_phrases->currentRule());
}

void SettingsPage::restoreState(QSettings &settings)
{
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("pages/settings/tab"), 0).toInt());
    m_phrases->selectRule(settings.value(QStringLiteral("pages/settings/phraseRule")).toString());
}

} // namespace rapport::ui
