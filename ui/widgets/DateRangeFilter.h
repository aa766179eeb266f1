#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QToolButton;

namespace rapport::ui {

// "From [date] to [date]" where either end may be "Any date". The lowest date
// of each edit stands for "any", so stepping up from it lands on the first
// day of the season rather than somewhere in 1990.
class DateRangeFilter final : public QWidget
{
    Q_OBJECT

public:
    explicit DateRangeFilter(QWidget *parent = nullptr);

    // Invalid = any date.
    QDate from() const;
    QDate to() const;
    void setRange(const QDate &from, const QDate &to);
    // The earliest date worth offering, e.g. the season's first day.
    void setEarliest(const QDate &earliest);

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

Q_SIGNALS:
    void rangeChanged(const QDate &from, const QDate &to);

private:
    QDate valueOf(const QDateEdit *edit) const;
    void setValue(QDateEdit *edit, const QDate &date);
    void emitChanged();

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_clear = nullptr;
    QDate m_any; // the sentinel each edit shows as "Any date"
    bool m_updating = false;
};

} // namespace rapport::ui
