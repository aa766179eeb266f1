#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace rapport::ui {

class Prompter;
class Session;

// A new program with the few fields that matter first; the rest is on the
// program's Details tab. OK stores it and reloads the session; Esc or
// closing a filled-in form asks before throwing it away.
class ProgramDialog final : public QDialog
{
    Q_OBJECT

public:
    ProgramDialog(Session &session, Prompter &prompter, QWidget *parent = nullptr);

    // The new program's id once accepted.
    qint64 programId() const { return m_programId; }
    QString errorText() const;

    void accept() override;
    void reject() override;

private:
    void showError(const QString &message);
    bool isFilledIn() const;

    Session &m_session;
    Prompter &m_prompter; // for its undo and the unsaved-edits question
    qint64 m_programId = 0;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_institution = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_state = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_hasInterview = nullptr;
    QDateEdit *m_interview = nullptr;
    QComboBox *m_policy = nullptr;
    QComboBox *m_visa = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace rapport::ui
