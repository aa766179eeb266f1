#pragma once

#include "domain/Communication.h"
#include "domain/Finding.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace rapport::ui {

class FindingMarks;
class FindingsPanel;
class Prompter;
class Session;

// Opens one logged entry: read it, edit it (with live checks), delete it.
// id 0 = a new entry for programId.
class CommunicationDialog final : public QDialog
{
    Q_OBJECT

public:
    CommunicationDialog(Session &session, Prompter &prompter, qint64 communicationId,
                        QWidget *parent = nullptr, qint64 programId = 0);
    ~CommunicationDialog() override;

    qint64 communicationId() const { return m_id; }
    void checkNow();
    FindingsPanel *findingsPanel() const { return m_findings; }
    FindingMarks *findingMarks() const { return m_marks; }

    // Stores c (added when its id is 0, else updated). A sent outgoing entry
    // whose findings include warnings or violations is stored only if the
    // user goes ahead, and then with an acknowledgement of each, all in one
    // transaction. Returns the id; nullopt when the user declined or storing
    // failed (the error was shown). Reloads the session after a write.
    // Given baseRevision, an update is written only while the stored row is
    // still at that revision.
    static std::optional<qint64> confirmAndStore(Session &session, Prompter &prompter,
                                                 QWidget *parent, const QString &action,
                                                 const core::Communication &c,
                                                 const QList<core::Finding> &findings,
                                                 std::optional<qint64> baseRevision = std::nullopt);
    // The form's name for a field of CommunicationRepository::fields().
    static QString fieldLabel(const QString &key);

public Q_SLOTS:
    // Asks before throwing edits away (Esc, Cancel, the close button).
    void reject() override;

Q_SIGNALS:
    // "Reply safely…" for an incoming message the rules flagged.
    void replyRequested(qint64 programId, qint64 contactId, qint64 replyTo);

private:
    QWidget *createForm();
    QWidget *createSide();
    void load(qint64 programId);
    void fillContacts(std::optional<qint64> select);
    QList<core::Finding> findingsFor(const core::Communication &c) const;
    void fillAcknowledgements();
    void scheduleCheck();
    void updateReplyButton();
    core::Communication edited() const;
    void save();
    void remove();
    void replySafely();

    Session &m_session;
    Prompter &m_prompter;
    qint64 m_id;
    core::Communication m_original;
    // The entry's wall-clock time in the season's zone, as first shown: an
    // unchanged time keeps the moment and offset it was stored with.
    QDateTime m_shownAt;
    core::Communication m_loaded; // the form as first filled in: what counts as an edit

    QComboBox *m_program = nullptr;
    QComboBox *m_contact = nullptr;
    QDateTimeEdit *m_at = nullptr;
    QLabel *m_offset = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_state = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    FindingsPanel *m_findings = nullptr;
    FindingMarks *m_marks = nullptr;
    QPushButton *m_reply = nullptr;
    QTreeWidget *m_acks = nullptr;
    QLabel *m_acksHeading = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_showOriginal = nullptr;
    QTimer m_checkTimer;
};

} // namespace rapport::ui
