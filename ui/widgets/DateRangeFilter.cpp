#include "DateRangeFilter.h"

#include "Icons.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace rapport::ui {
namespace {

QDateEdit *makeEdit(const QString &name, const QString &tip)
{
    auto *edit = new QDateEdit;
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setSpecialValueText(QObject::tr("Any date"));
    edit->setToolTip(tip);
    edit->setMaximumDate(QDate(2100, 12, 31));
    return edit;
}

} // namespace

DateRangeFilter::DateRangeFilter(QWidget *parent) : QWidget(parent)
{
    m_from = makeEdit(QStringLiteral("logFrom"), tr("Only entries on or after this day"));
    m_to = makeEdit(QStringLiteral("logTo"), tr("Only entries on or before this day"));
    m_clear = new QToolButton;
    m_clear->setObjectName(QStringLiteral("logDatesClear"));
    m_clear->setIcon(themeIcon(QStringLiteral("edit-clear")));
    m_clear->setText(tr("All dates"));
    m_clear->setToolTip(tr("Show entries of every date"));
    m_clear->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(new QLabel(tr("From")));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to")));
    layout->addWidget(m_to);
    layout->addWidget(m_clear);

    setEarliest(QDate(2000, 1, 1));
    connect(m_from, &QDateEdit::dateChanged, this, &DateRangeFilter::emitChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &DateRangeFilter::emitChanged);
    connect(m_clear, &QToolButton::clicked, this, [this] { setRange({}, {}); });
}

QDate DateRangeFilter::valueOf(const QDateEdit *edit) const
{
    return edit->date() == m_any ? QDate() : edit->date();
}

void DateRangeFilter::setValue(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() && date > m_any ? date : m_any);
}

QDate DateRangeFilter::from() const
{
    return valueOf(m_from);
}

QDate DateRangeFilter::to() const
{
    return valueOf(m_to);
}

void DateRangeFilter::setRange(const QDate &from, const QDate &to)
{
    if (from == this->from() && to == this->to())
        return;
    m_updating = true;
    setValue(m_from, from);
    setValue(m_to, to);
    m_updating = false;
    emitChanged();
}

void DateRangeFilter::setEarliest(const QDate &earliest)
{
    const QDate any = earliest.addDays(-1);
    if (!earliest.isValid() || any == m_any)
        return;
    const QDate from = this->from();
    const QDate to = this->to();
    m_updating = true;
    m_any = any;
    // The calendar popup of an "any" edit then opens on the season's month.
    m_from->setMinimumDate(m_any);
    m_to->setMinimumDate(m_any);
    setValue(m_from, from);
    setValue(m_to, to);
    m_updating = false;
    emitChanged();
}

void DateRangeFilter::emitChanged()
{
    if (m_updating)
        return;
    m_clear->setEnabled(from().isValid() || to().isValid());
    Q_EMIT rangeChanged(from(), to());
}

} // namespace rapport::ui
