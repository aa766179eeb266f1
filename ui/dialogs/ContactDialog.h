#pragma once

#include "domain/Contact.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rapport::ui {

class Prompter;
class Session;

// Adds a contact to a program, or edits one. OK stores it and reloads the
// session; a problem is shown in the dialog and the input stays.
class ContactDialog final : public QDialog
{
    Q_OBJECT

public:
    // contact.id == 0 adds a new contact to contact.programId.
    ContactDialog(Session &session, Prompter &prompter, const core::Contact &contact,
                  QWidget *parent = nullptr);
    // The form's name for a field of ContactRepository::fields().
    static QString fieldLabel(const QString &key);

    qint64 contactId() const { return m_contact.id; }
    core::Contact contact() const;
    QString errorText() const;

    void accept() override;

private:
    void showError(const QString &message);

    Session &m_session;
    Prompter &m_prompter;
    core::Contact m_contact; // as read before editing: what a save merges from
    QComboBox *m_title = nullptr;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_last = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace rapport::ui
