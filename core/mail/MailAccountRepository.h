#pragma once

#include "Result.h"
#include "mail/MailAccount.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rapport::core {

class Clock;
class Database;

// The IMAP accounts and their chosen folders (schema.md, version 5). Every
// write runs in its own transaction, or as a savepoint inside the caller's:
// setFolderState() is meant to run in MailInbox::capture()'s alsoWrite.
class MailAccountRepository final
{
public:
    MailAccountRepository(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Fails when the name is blank or taken (without regard to case).
    Result<qint64> add(const MailAccount &account);
    Status update(const MailAccount &account);
    // Its folders go with it; captured messages stay, naming no account.
    Status remove(qint64 id);
    Result<MailAccount> get(qint64 id) const;
    Result<std::optional<MailAccount>> findByName(const QString &name) const;
    Result<QList<MailAccount>> list() const; // by name

    // The folders captured, by name. setFolders() keeps the state of the
    // names it keeps, starts new names unread and forgets the others.
    Result<QList<MailFolder>> folders(qint64 accountId) const;
    Status setFolders(qint64 accountId, const QStringList &names);
    // Writes how far a folder was read, stamped with the clock's now.
    Status setFolderState(qint64 accountId, const QString &name, qint64 uidValidity,
                          qint64 lastUid);

private:
    Status check(const MailAccount &account) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace rapport::core
