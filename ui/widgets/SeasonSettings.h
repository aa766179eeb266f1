#pragma once

#include "domain/Season.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rapport::ui {

class Session;

// The season's name, its five key dates and the number of preference
// signals; the timing rules and reminders read them.
class SeasonSettings final : public QWidget
{
    Q_OBJECT

public:
    explicit SeasonSettings(Session &session, QWidget *parent = nullptr);

    core::Season season() const;
    void setSeason(const core::Season &season);

public Q_SLOTS:
    bool save();

private:
    void load();

    Session &m_session;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_applicationsOpen = nullptr;
    QDateEdit *m_interviewsStart = nullptr;
    QDateEdit *m_interviewsEnd = nullptr;
    QDateEdit *m_rankListDeadline = nullptr;
    QDateEdit *m_matchDay = nullptr;
    QSpinBox *m_signals = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_defaults = nullptr;
    bool m_dirty = false;
};

} // namespace rapport::ui
