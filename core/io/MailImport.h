#pragma once

#include "Result.h"
#include "domain/Communication.h"
#include "domain/Contact.h"
#include "domain/Program.h"
#include "io/MailMessage.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace rapport::core {

class Database;

enum class MailStatus
{
    Ready,     // will be stored
    Unmatched, // no program found: assign one or leave it out
    Duplicate, // already stored, or earlier in this import
    Broken     // cannot be read (or has no date): skipped, with its position
};
QString toString(MailStatus status); // "ready", "unmatched", "duplicate", "broken"

// One message as it would be stored, with what the import made of it; the
// window shows these, lets the user change program, contact and kind or
// untick one, then applies them.
struct MailCandidate
{
    MailMessage message;
    Communication communication; // program, contact, direction, kind, time, text
    MailStatus status = MailStatus::Broken;
    QString reason;       // why it is not ready (empty when ready)
    bool selected = true; // the user's tick: only selected, ready ones are stored
};

struct MailImportSummary
{
    int imported = 0;
    int duplicates = 0;
    int unmatched = 0;
    int broken = 0;
    int skipped = 0;   // ready but unticked
    QList<qint64> ids; // the stored entries
};

// Emails to communications. Direction: outgoing when From is one of the
// applicant's addresses (profile email and other emails). Program and
// contact: a contact's address (From for incoming mail, To then Cc for
// outgoing), else a program's email domain (subdomains match; the longest
// domain wins; a tie is left for the user). Kind: KindGuesser.
class MailImport final
{
public:
    // Reads the profile, programs and contacts once.
    static Result<MailImport> load(Database &db);

    // Every message, in order, with its status; the stored Message-IDs are
    // looked up in one query. Fails only on a read error.
    Result<QList<MailCandidate>> preview(const QList<MailMessage> &messages) const;

    // The entry a message makes before any program is known: time, text,
    // Message-ID, and the kind guessed without a program.
    static Communication entryFor(const MailMessage &message, Direction direction);

    // Further addresses of the applicant's, beyond the stored profile's.
    void addOwnAddresses(const QStringList &emails);
    // Without the applicant's addresses every message looks incoming.
    bool knowsOwnAddresses() const { return !m_ownAddresses.isEmpty(); }

    // The user's choice of program (and optionally contact) for a message;
    // the kind is guessed again for that program's interview date.
    Status assign(MailCandidate &candidate, qint64 programId,
                  std::optional<qint64> contactId = std::nullopt) const;

    // Stores every selected, ready candidate in ONE transaction: all of them
    // or, when any write fails, none (the error names the message). One
    // stored since the preview, or listed twice, counts as a duplicate.
    Result<MailImportSummary> apply(const QList<MailCandidate> &candidates) const;

private:
    struct ContactAddress
    {
        QList<qsizetype> programs; // m_programs, each once
        qint64 firstContact = 0;
    };

    explicit MailImport(Database &db) : m_db(&db) {}

    void match(MailCandidate &c) const;
    void settle(MailCandidate &c, const Program &program, std::optional<qint64> contactId) const;
    bool isOwn(const QString &email) const;
    void index();

    Database *m_db;
    QSet<QString> m_ownAddresses; // lower case
    QList<Program> m_programs;
    QList<Contact> m_contacts;
    // Looked up per message, so a season of thousands of programs imports
    // as fast as an empty one.
    QHash<QString, ContactAddress> m_contactsByEmail;    // lower case
    QHash<QString, QList<qsizetype>> m_programsByDomain; // lower case -> m_programs
    QHash<qint64, qsizetype> m_programById;
};

} // namespace rapport::core
