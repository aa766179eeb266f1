#pragma once

#include "domain/Season.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rapport::ui {

class Prompter;
class Session;

// The season's name, its five key dates, the number of preference signals
// and the time zone the window shows times in; the timing rules and
// reminders read them. The rank-list deadline
// and Match Day are marked as estimates until the applicant confirms them,
// with "Confirm dates" or by changing either one and saving.
class SeasonSettings final : public QWidget
{
    Q_OBJECT

public:
    SeasonSettings(Session &session, Prompter &prompter, QWidget *parent = nullptr);

    core::Season season() const;
    void setSeason(const core::Season &season);
    bool isDirty() const { return m_dirty; }

public Q_SLOTS:
    bool save();
    // Marks the shown dates as checked against the NRMP calendar and saves.
    bool confirmDates();

private:
    void load();
    void showConfirmed();

    Session &m_session;
    Prompter &m_prompter;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_applicationsOpen = nullptr;
    QDateEdit *m_interviewsStart = nullptr;
    QDateEdit *m_interviewsEnd = nullptr;
    QDateEdit *m_rankListDeadline = nullptr;
    QDateEdit *m_matchDay = nullptr;
    QSpinBox *m_signals = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_defaults = nullptr;
    QPushButton *m_confirm = nullptr;
    QLabel *m_deadlineEstimated = nullptr;
    QLabel *m_matchDayEstimated = nullptr;
    bool m_dirty = false;
    bool m_confirmed = false; // of the dates shown, not necessarily stored yet
};

} // namespace rapport::ui
