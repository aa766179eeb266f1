#pragma once

#include "Result.h"
#include "mail/MailInbox.h"
#include "undo/InboxEdits.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace rapport::ui {

class Session;

// The Inbox's pane beside the queue: what Rapport proposes for the selected
// messages, in combo boxes the applicant may change (program with
// type-ahead, a contact of it, kind), and the text of the message.
class InboxDetails final : public QWidget
{
    Q_OBJECT

public:
    explicit InboxDetails(Session &session, QWidget *parent = nullptr);

    // The messages selected, the current one first; forgets the choices
    // made for other messages.
    void setEntries(const QList<core::InboxEntry> &entries);
    // Names and contacts may have changed; choices stay.
    void refreshChoices();

    // What to log each pending message as: the program, contact or kind the
    // applicant chose here, else its proposal. Fails, saying why, when one
    // has no program or cannot be logged.
    core::Result<QList<InboxChoice>> choices() const;

    QComboBox *programCombo() const { return m_program; }
    QComboBox *contactCombo() const { return m_contact; }
    QComboBox *kindCombo() const { return m_kind; }
    QPlainTextEdit *textView() const { return m_text; }

Q_SIGNALS:
    void choiceChanged();

private:
    void fillChoices();
    void fillContacts();
    void showText();
    // The value every entry shares, or nullopt.
    template <typename T, typename F> std::optional<T> shared(F field) const;

    Session &m_session;
    QList<core::InboxEntry> m_entries;
    // The applicant's changes; unset = each entry's proposal.
    std::optional<qint64> m_chosenProgram;
    std::optional<std::optional<qint64>> m_chosenContact;
    std::optional<core::Kind> m_chosenKind;

    QLabel *m_heading = nullptr;
    QLabel *m_problem = nullptr;
    QComboBox *m_program = nullptr;
    QComboBox *m_contact = nullptr;
    QComboBox *m_kind = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace rapport::ui
