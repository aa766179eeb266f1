#pragma once

#include "Result.h"
#include "domain/Enums.h"
#include "io/MailImport.h"
#include "mail/IncomingMail.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rapport::core {

class Clock;
class Database;

// A captured message as the queue lists it: what it says, where it came
// from, and what Rapport proposes to log it as. The original is read with
// MailInbox::original().
struct InboxEntry
{
    qint64 id = 0;
    QString messageId;
    MailOrigin origin = MailOrigin::File;
    std::optional<qint64> accountId;
    std::optional<qint64> storeId;
    QString folder;
    QString path;
    QDateTime captured;
    QDateTime at; // as written, with its offset; invalid when the message has no usable date
    QString fromName;
    QString fromAddress;
    QString subject;
    Direction direction = Direction::Incoming;
    // The proposal; no program when nothing matched (reason says why).
    std::optional<qint64> programId;
    std::optional<qint64> contactId;
    Kind kind = Kind::Other;
    bool kindGuessed = true;
    QString reason;
    // Why the message cannot be logged (it cannot be read, or has no date);
    // empty when it can. Such a message stays pending until ignored.
    QString problem;
    InboxState state = InboxState::Pending;
    std::optional<qint64> communicationId; // when confirmed
    QDateTime decided;                     // when confirmed or ignored
};

struct CaptureSummary
{
    int captured = 0;   // new rows in the queue
    int proposed = 0;   // of those, with a program proposed
    int broken = 0;     // of those, with a problem
    int duplicates = 0; // already in the queue or the log, or twice in the batch
    QList<qint64> ids;  // the new rows
};

// The review queue of captured mail (schema.md, version 5): every message
// that arrives is stored once, by Message-ID, with a proposal; the
// applicant confirms it (it becomes a log entry), or ignores it.
//
// Matching is MailImport's: direction from the applicant's own addresses, a
// contact's address, else a program's email domain, the kind guessed.
// A message without a Message-ID gets the one `import mail` derives from
// its content (MailParser); one that cannot be read at all, one derived
// from its bytes.
class MailInbox final
{
public:
    MailInbox(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Runs inside capture()'s transaction, after the rows are written: a
    // failure rolls the whole batch back. For sync state that must move
    // with the batch (an IMAP folder's last UID, a local store's offset).
    using AlsoWrite = std::function<Status(Database &)>;

    // Reads each message and stores the new ones, all in ONE transaction.
    // A message whose Message-ID is in the queue (pending, confirmed or
    // ignored) or the log is skipped. A message that cannot be read is
    // stored too, pending with its problem, so that it is seen (and its
    // source's state can move past it); it can be ignored, not confirmed.
    Result<CaptureSummary> capture(const QList<IncomingMail> &batch,
                                   const AlsoWrite &alsoWrite = {});

    Result<QList<InboxEntry>> pending() const;
    // Without reading the rows: for a label that shows it always.
    Result<int> pendingCount() const;
    // By time (messages without a date last), then id; every row if no state.
    Result<QList<InboxEntry>> list(std::optional<InboxState> state = std::nullopt) const;
    Result<InboxEntry> get(qint64 id) const;

    // Logs a pending message in ONE transaction: a communication (source
    // 'imported', its Message-ID) for programId, and the row confirmed and
    // linked to it. Returns the communication's id: the caller runs the
    // rules on it. The row keeps its proposal, for unconfirm().
    Result<qint64> confirm(qint64 id, qint64 programId, std::optional<qint64> contactId, Kind kind);
    // Deletes the communication confirm() wrote, unless it was edited since,
    // and makes the row pending again.
    Status unconfirm(qint64 id);
    // Sets a pending message aside for good and drops its original, which
    // is returned so that unignore() can undo it.
    Result<QByteArray> ignore(qint64 id);
    Status unignore(qint64 id, const QByteArray &raw);

    // The message as it arrived, with where from; fails once it was ignored.
    Result<IncomingMail> original(qint64 id) const;
    // The same for a log entry: the captured message it was confirmed from,
    // or that has its Message-ID; nullopt when none was captured.
    Result<std::optional<IncomingMail>> originalOfEntry(qint64 communicationId) const;

    // Matches again the pending messages with no program proposed, after
    // programs or contacts were added; returns how many now have one.
    Result<int> repropose();
    // The applicant's choice of program for a pending message (dropped on
    // it): the kind is guessed again for that program. Without a contact,
    // the proposed one stays if it belongs to the program.
    Status propose(qint64 id, qint64 programId, std::optional<qint64> contactId = std::nullopt);

private:
    // The matcher over the season's programs, contacts and the applicant's
    // addresses; loaded again only when one of those changed.
    Result<const MailImport *> matcher();

    Database &m_db;
    const Clock &m_clock;
    std::optional<MailImport> m_matcher;
    QString m_matcherKey;
};

} // namespace rapport::core
