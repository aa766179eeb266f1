#pragma once

#include "Result.h"
#include "domain/Enums.h"
#include "mail/IncomingMail.h"
#include "mail/MailInbox.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rapport::core {

class Clock;
class Database;

// A Maildir folder or an mbox file (Thunderbird's, say) that mail is
// captured from, and how far it was read (schema.md, version 5).
struct MailStore
{
    qint64 id = 0;
    MailStoreKind kind = MailStoreKind::Maildir;
    QString path;  // absolute
    QString state; // JSON, LocalMailStore's own
    QDateTime created;
};

// What a scan found: the messages new since the store's state, the state
// to save once they are captured, and files that could not be read (they
// are tried again next time).
struct StoreScan
{
    QList<IncomingMail> mails;
    QString state;
    QStringList problems;
};

// Local mail stores. A Maildir message is known by its file's base name
// (before ":2,"), so a flag change, which renames the file or moves it from
// new/ to cur/, is not new mail. An mbox file is read on from the byte
// offset reached before; when the file shrank or its first bytes changed
// (compacted, replaced) it is read again from the start, which Message-ID
// idempotence makes safe. A last message without its final line break may
// still be being written: it is left for the next scan.
class LocalMailStore final
{
public:
    LocalMailStore(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Without a kind: a folder holding cur/ or new/ is a Maildir, a file
    // an mbox. Fails when the path is taken or is neither.
    Result<qint64> add(const QString &path, std::optional<MailStoreKind> kind = std::nullopt);
    // Messages captured from it stay in the queue.
    Status remove(qint64 id);
    Result<MailStore> get(qint64 id) const;
    Result<std::optional<MailStore>> findByPath(const QString &path) const;
    Result<QList<MailStore>> list() const; // by path

    // What is new in the store since store.state; writes nothing.
    static Result<StoreScan> scan(const MailStore &store);
    // Scans the store and captures what is new, a chunk of messages at a
    // time (a large store is never in memory whole), in one transaction
    // with the new state, so a failed capture reads it all again.
    Result<CaptureSummary> capture(MailInbox &inbox, const MailStore &store,
                                   QStringList *problems = nullptr);

    // A file dropped on the window: each message of an mbox file, or the
    // file as one message (origin 'file').
    static Result<QList<IncomingMail>> readDropped(const QString &path);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace rapport::core
