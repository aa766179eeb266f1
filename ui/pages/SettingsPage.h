#pragma once

#include "Page.h"

class QTabWidget;

namespace rapport::ui {

class MailSettings;
class MailSyncRunner;
class PhraseListEditor;
class ProfileSettings;
class QuotaSettings;
class SeasonSettings;

// Profile, season dates, quotas, phrase lists and mail, one tab each. Every save
// reloads the session, so the checks everywhere follow at once.
class SettingsPage final : public Page
{
    Q_OBJECT

public:
    SettingsPage(Session &session, Prompter &prompter, MailSyncRunner &mailSync,
                 QWidget *parent = nullptr);

    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    bool hasUnsavedEdits() const override;
    bool saveUnsavedEdits() override;

    QTabWidget *tabs() const { return m_tabs; }
    ProfileSettings *profile() const { return m_profile; }
    SeasonSettings *season() const { return m_season; }
    QuotaSettings *quotas() const { return m_quotas; }
    PhraseListEditor *phrases() const { return m_phrases; }
    MailSettings *mail() const { return m_mail; }

private:
    QTabWidget *m_tabs = nullptr;
    ProfileSettings *m_profile = nullptr;
    SeasonSettings *m_season = nullptr;
    QuotaSettings *m_quotas = nullptr;
    PhraseListEditor *m_phrases = nullptr;
    MailSettings *m_mail = nullptr;
};

} // namespace rapport::ui
