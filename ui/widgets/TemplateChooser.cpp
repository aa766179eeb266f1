#include "TemplateChooser.h"

#include "Icons.h"
#include "Session.h"

#include "compose/TemplateLibrary.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {
namespace {

constexpr int kNameRole = Qt::UserRole + 1;

bool isTemplate(const QListWidgetItem *item)
{
    return item->flags() & Qt::ItemIsSelectable;
}

} // namespace

TemplateChooser::TemplateChooser(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_filter(new QLineEdit(this)),
      m_list(new QListWidget(this)), m_description(new QLabel(this))
{
    setObjectName(QStringLiteral("templateChooser"));
    m_filter->setObjectName(QStringLiteral("templateFilter"));
    m_filter->setPlaceholderText(tr("Filter templates"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Templates"));
    m_description->setObjectName(QStringLiteral("templateDescription"));
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_description->setMinimumHeight(m_description->fontMetrics().height() * 6);

    connect(m_filter, &QLineEdit::textChanged, this, &TemplateChooser::filter);
    // Enter in the filter takes the first template still shown.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        for (int i = 0; i < m_list->count(); ++i) {
            if (isTemplate(m_list->item(i)) && !m_list->item(i)->isHidden()) {
                m_list->setCurrentRow(i);
                m_list->setFocus();
                return;
            }
        }
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item || !isTemplate(item))
            return;
        const QString name = item->data(kNameRole).toString();
        m_description->setText(name.isEmpty() ? item->toolTip()
                                              : m_session.templates().description(name));
        Q_EMIT chosen(name);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_description);
    fill();
}

void TemplateChooser::setSuggestedKinds(const QList<core::Kind> &kinds)
{
    if (kinds == m_suggested && m_list->count() > 0)
        return;
    m_suggested = kinds;
    fill();
}

void TemplateChooser::fill()
{
    const QSignalBlocker blocker(m_list);
    const QString current = currentName();
    const bool hadCurrent = m_list->currentItem() != nullptr;
    m_list->clear();
    auto all = m_session.templates().all();
    if (!all) {
        m_description->setText(all.errorMessage());
        return;
    }
    const auto addHeading = [this](const QString &text) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(Qt::NoItemFlags);
        QFont font = m_list->font();
        font.setWeight(QFont::DemiBold);
        item->setFont(font);
        item->setForeground(m_list->palette().color(QPalette::Text));
    };
    const auto addTemplate = [this](const core::Template &t, bool star) {
        auto *item = new QListWidgetItem(t.title.isEmpty() ? t.name : t.title, m_list);
        item->setData(kNameRole, t.name);
        item->setToolTip(m_session.templates().description(t.name));
        item->setIcon(
            themeIcon(star ? QStringLiteral("starred") : QStringLiteral("text-x-generic")));
    };

    QList<core::Template> rest = *all;
    if (!m_suggested.isEmpty()) {
        addHeading(tr("Suggested for this program"));
        for (core::Kind kind : std::as_const(m_suggested)) {
            for (const core::Template &t : std::as_const(*all)) {
                if (t.kind == kind)
                    addTemplate(t, true);
            }
            rest.erase(std::remove_if(rest.begin(), rest.end(),
                                      [kind](const core::Template &t) { return t.kind == kind; }),
                       rest.end());
        }
        addHeading(tr("Other templates"));
    }
    for (const core::Template &t : std::as_const(rest))
        addTemplate(t, false);
    auto *blank = new QListWidgetItem(themeIcon(QStringLiteral("document-edit")),
                                      tr("Blank message"), m_list);
    blank->setData(kNameRole, QString());
    blank->setToolTip(tr("Write the message yourself, without a template."));

    if (hadCurrent)
        m_list->setCurrentItem(itemFor(current));
    filter(m_filter->text());
}

void TemplateChooser::filter(const QString &text)
{
    const QString needle = text.trimmed();
    // Backwards, so a heading knows whether anything under it is still shown.
    bool anyBelow = false;
    for (int i = m_list->count() - 1; i >= 0; --i) {
        QListWidgetItem *item = m_list->item(i);
        if (!isTemplate(item)) {
            item->setHidden(!anyBelow);
            anyBelow = false;
            continue;
        }
        const bool match = needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive) ||
                           item->toolTip().contains(needle, Qt::CaseInsensitive) ||
                           item->data(kNameRole).toString().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
        anyBelow = anyBelow || match;
    }
}

QListWidgetItem *TemplateChooser::itemFor(const QString &name) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (isTemplate(item) && item->data(kNameRole).toString() == name)
            return item;
    }
    return nullptr;
}

bool TemplateChooser::choose(const QString &name)
{
    QListWidgetItem *item = itemFor(name);
    if (!item)
        return false;
    if (m_list->currentItem() == item)
        Q_EMIT chosen(name); // chosen again: the caller re-applies it
    else
        m_list->setCurrentItem(item);
    return true;
}

QString TemplateChooser::currentName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kNameRole).toString() : QString();
}

void TemplateChooser::setNote(const QString &text)
{
    m_description->setText(text);
}

} // namespace rapport::ui
