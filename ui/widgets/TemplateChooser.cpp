#include "TemplateChooser.h"

#include "Icons.h"
#include "PlainText.h"
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
constexpr int kReasonRole = Qt::UserRole + 2;      // why not allowed now; empty when allowed
constexpr int kDescriptionRole = Qt::UserRole + 3; // what the filter reads besides the title

bool isTemplate(const QListWidgetItem *item)
{
    return item->flags() & Qt::ItemIsSelectable;
}

bool sameAdvice(const QList<core::KindAdvice> &a, const QList<core::KindAdvice> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const core::KindAdvice &x, const core::KindAdvice &y) {
                          return x.kind == y.kind && x.allowed == y.allowed && x.reason == y.reason;
                      });
}

// "Thank-you round sent on 2027-01-09" reads as a sentence in the description pane.
QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text;
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
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_description->setMinimumHeight(m_description->fontMetrics().height() * 6);

    connect(m_filter, &QLineEdit::textChanged, this, &TemplateChooser::filter);
    // Enter in the filter keeps the template shown selected, else takes the
    // first one still shown.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (const QListWidgetItem *current = m_list->currentItem();
            current && isTemplate(current) && !current->isHidden()) {
            m_list->setFocus();
            return;
        }
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
        describe(item);
        Q_EMIT chosen(item->data(kNameRole).toString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_description);
    fill();
}

void TemplateChooser::setAdvice(const QList<core::KindAdvice> &advice)
{
    if (sameAdvice(advice, m_advice) && m_list->count() > 0)
        return;
    m_advice = advice;
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
    const auto addTemplate = [this](const core::Template &t, const QString &icon) {
        auto *item = new QListWidgetItem(t.title.isEmpty() ? t.name : t.title, m_list);
        const QString description = m_session.templates().description(t.name);
        item->setData(kNameRole, t.name);
        item->setData(kDescriptionRole, description);
        item->setToolTip(plainText::toolTip(description));
        item->setIcon(themeIcon(icon));
        return item;
    };
    // Templates of the advised kinds, in the advice's order, taken out of rest.
    QList<core::Template> rest = *all;
    const auto takeKind = [&rest](core::Kind kind) {
        QList<core::Template> out;
        for (const core::Template &t : std::as_const(rest)) {
            if (t.kind == kind)
                out << t;
        }
        rest.erase(std::remove_if(rest.begin(), rest.end(),
                                  [kind](const core::Template &t) { return t.kind == kind; }),
                   rest.end());
        return out;
    };
    QList<core::Template> suggested;
    QList<QPair<core::Template, QString>> notAllowed;
    for (const core::KindAdvice &a : std::as_const(m_advice)) {
        for (const core::Template &t : takeKind(a.kind)) {
            if (a.allowed)
                suggested << t;
            else
                notAllowed << qMakePair(t, a.reason);
        }
    }

    if (!suggested.isEmpty()) {
        addHeading(tr("Suggested for this program"));
        for (const core::Template &t : std::as_const(suggested))
            addTemplate(t, QStringLiteral("starred"));
    }
    if (!notAllowed.isEmpty()) {
        addHeading(tr("Not allowed now"));
        const QColor grey = m_list->palette().color(QPalette::Disabled, QPalette::Text);
        for (const auto &[t, reason] : std::as_const(notAllowed)) {
            QListWidgetItem *item = addTemplate(t, QStringLiteral("dialog-warning"));
            const QString why = reason.isEmpty() ? tr("Not allowed for this program now") : reason;
            item->setData(kReasonRole, why);
            item->setForeground(grey);
            item->setToolTip(plainText::toolTip(tr("Not allowed now: %1").arg(sentence(why)) +
                                                QStringLiteral("\n\n") +
                                                item->data(kDescriptionRole).toString()));
        }
    }
    if (!suggested.isEmpty() || !notAllowed.isEmpty())
        addHeading(tr("Other templates"));
    for (const core::Template &t : std::as_const(rest))
        addTemplate(t, QStringLiteral("text-x-generic"));
    auto *blank = new QListWidgetItem(themeIcon(QStringLiteral("document-edit")),
                                      tr("Blank message"), m_list);
    blank->setData(kNameRole, QString());
    blank->setToolTip(tr("Write the message yourself, without a template."));
    blank->setData(kDescriptionRole, blank->toolTip());

    if (hadCurrent) {
        m_list->setCurrentItem(itemFor(current));
        if (m_list->currentItem())
            describe(m_list->currentItem()); // its reason may have changed
    }
    filter(m_filter->text());
}

void TemplateChooser::describe(const QListWidgetItem *item)
{
    const QString name = item->data(kNameRole).toString();
    const QString description = item->data(kDescriptionRole).toString();
    const QString reason = item->data(kReasonRole).toString();
    m_description->setText(
        reason.isEmpty()
            ? description
            : tr("Not allowed now: %1 You may still write it; the checks will say what it "
                 "goes past.")
                      .arg(sentence(reason)) +
                  QStringLiteral("\n\n") + description);
}

QString TemplateChooser::notAllowedReason(const QString &name) const
{
    const QListWidgetItem *item = itemFor(name);
    return item ? item->data(kReasonRole).toString() : QString();
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
        const bool match =
            needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive) ||
            item->data(kDescriptionRole).toString().contains(needle, Qt::CaseInsensitive) ||
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
