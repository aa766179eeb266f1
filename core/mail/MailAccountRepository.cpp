#include "MailAccountRepository.h"

#include "Clock.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace rapport::core {
namespace {

const QString kColumns = QStringLiteral("id, name, host, port, security, user_name, "
                                        "interval_minutes, trusted_certificate, created_utc");

MailAccount accountFrom(const QSqlQuery &q)
{
    MailAccount a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.host = q.value(2).toString();
    a.port = q.value(3).toInt();
    a.security = parseEnum<MailSecurity>(q.value(4).toString()).value_or(MailSecurity::Tls);
    a.userName = q.value(5).toString();
    a.intervalMinutes = q.value(6).toInt();
    a.trustedCertificate = q.value(7).toString();
    a.created = sql::momentFrom(q.value(8), 0);
    return a;
}

MailFolder folderFrom(const QSqlQuery &q)
{
    MailFolder f;
    f.accountId = q.value(0).toLongLong();
    f.name = q.value(1).toString();
    f.uidValidity = q.value(2).toLongLong();
    f.lastUid = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        f.synced = sql::momentFrom(q.value(4), 0);
    return f;
}

} // namespace

Status MailAccountRepository::check(const MailAccount &a) const
{
    if (a.name.trimmed().isEmpty())
        return fail(QStringLiteral("a mail account needs a name"));
    if (a.host.trimmed().isEmpty())
        return fail(QStringLiteral("mail account \"%1\" needs a server name").arg(a.name));
    if (a.port < 1 || a.port > 65535)
        return fail(QStringLiteral("mail account \"%1\": port %2 is not from 1 to 65535")
                        .arg(a.name)
                        .arg(a.port));
    if (a.intervalMinutes < 0)
        return fail(
            QStringLiteral("mail account \"%1\": the interval cannot be negative").arg(a.name));
    auto same = findByName(a.name.trimmed());
    if (!same)
        return same.error();
    if (*same && (*same)->id != a.id)
        return fail(
            QStringLiteral("there is already a mail account named \"%1\"").arg((*same)->name));
    return {};
}

Result<qint64> MailAccountRepository::add(const MailAccount &account)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    if (auto s = check(account); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("INSERT INTO mail_accounts (name, host, port, "
                                                "security, user_name, interval_minutes, "
                                                "trusted_certificate, created_utc) VALUES "
                                                "(?, ?, ?, ?, ?, ?, ?, ?)"));
        !s)
        return s.error();
    for (const QVariant &v :
         {QVariant(account.name.trimmed()), QVariant(account.host.trimmed()),
          QVariant(account.port), QVariant(toString(account.security)), sql::text(account.userName),
          QVariant(account.intervalMinutes), sql::text(account.trustedCertificate),
          QVariant(sql::utcText(m_clock.now()))})
        q.addBindValue(v);
    if (auto s = sql::exec(q, QStringLiteral("add mail account %1").arg(account.name)); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status MailAccountRepository::update(const MailAccount &account)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = get(account.id); !s)
        return s.error();
    if (auto s = check(account); !s)
        return s;
    if (auto s =
            sql::run(m_db.connection(),
                     QStringLiteral("UPDATE mail_accounts SET name = ?, host = ?, port = ?, "
                                    "security = ?, user_name = ?, interval_minutes = ?, "
                                    "trusted_certificate = ? WHERE id = ?"),
                     {account.name.trimmed(), account.host.trimmed(), account.port,
                      toString(account.security), sql::text(account.userName),
                      account.intervalMinutes, sql::text(account.trustedCertificate), account.id},
                     QStringLiteral("update mail account %1").arg(account.name));
        !s)
        return s;
    return tx.commit();
}

Status MailAccountRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = get(id); !s)
        return s.error();
    if (auto s =
            sql::run(m_db.connection(), QStringLiteral("DELETE FROM mail_accounts WHERE id = ?"),
                     {id}, QStringLiteral("remove mail account %1").arg(id));
        !s)
        return s;
    return tx.commit();
}

Result<MailAccount> MailAccountRepository::get(qint64 id) const
{
    auto rows = sql::rows<MailAccount>(
        m_db.connection(),
        QStringLiteral("SELECT %1 FROM mail_accounts WHERE id = ?").arg(kColumns), {id},
        QStringLiteral("read mail account %1").arg(id), accountFrom);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return fail(QStringLiteral("there is no mail account with id %1").arg(id));
    return rows->first();
}

Result<std::optional<MailAccount>> MailAccountRepository::findByName(const QString &name) const
{
    auto rows = sql::rows<MailAccount>(
        m_db.connection(),
        QStringLiteral("SELECT %1 FROM mail_accounts WHERE name = ?").arg(kColumns),
        {name.trimmed()}, QStringLiteral("find mail account \"%1\"").arg(name), accountFrom);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<MailAccount>();
    return std::optional<MailAccount>(rows->first());
}

Result<QList<MailAccount>> MailAccountRepository::list() const
{
    return sql::rows<MailAccount>(
        m_db.connection(),
        QStringLiteral("SELECT %1 FROM mail_accounts ORDER BY name, id").arg(kColumns), {},
        QStringLiteral("list mail accounts"), accountFrom);
}

Result<QList<MailFolder>> MailAccountRepository::folders(qint64 accountId) const
{
    return sql::rows<MailFolder>(
        m_db.connection(),
        QStringLiteral("SELECT account_id, name, uid_validity, last_uid, synced_utc FROM "
                       "mail_folders WHERE account_id = ? ORDER BY name"),
        {accountId}, QStringLiteral("list the folders of mail account %1").arg(accountId),
        folderFrom);
}

Status MailAccountRepository::setFolders(qint64 accountId, const QStringList &names)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = get(accountId); !s)
        return s.error();
    const QSqlDatabase db = m_db.connection();
    const QString what = QStringLiteral("choose the folders of mail account %1").arg(accountId);
    QStringList kept;
    for (const QString &name : names) {
        if (!name.isEmpty() && !kept.contains(name))
            kept << name;
    }
    auto current = folders(accountId);
    if (!current)
        return current.error();
    for (const MailFolder &f : std::as_const(*current)) {
        if (kept.contains(f.name))
            continue;
        if (auto s = sql::run(db,
                              QStringLiteral("DELETE FROM mail_folders WHERE account_id = ? AND "
                                             "name = ?"),
                              {accountId, f.name}, what);
            !s)
            return s;
    }
    for (const QString &name : std::as_const(kept)) {
        if (auto s =
                sql::run(db,
                         QStringLiteral("INSERT OR IGNORE INTO mail_folders (account_id, name) "
                                        "VALUES (?, ?)"),
                         {accountId, name}, what);
            !s)
            return s;
    }
    return tx.commit();
}

Status MailAccountRepository::setFolderState(qint64 accountId, const QString &name,
                                             qint64 uidValidity, qint64 lastUid)
{
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("UPDATE mail_folders SET uid_validity = ?, "
                                                "last_uid = ?, synced_utc = ? WHERE account_id = "
                                                "? AND name = ?"));
        !s)
        return s;
    for (const QVariant &v :
         {QVariant(uidValidity), QVariant(lastUid), QVariant(sql::utcText(m_clock.now())),
          QVariant(accountId), QVariant(name)})
        q.addBindValue(v);
    if (auto s = sql::exec(q, QStringLiteral("save how far folder %1 was read").arg(name)); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return fail(
            QStringLiteral("mail account %1 has no folder \"%2\" chosen").arg(accountId).arg(name));
    return {};
}

} // namespace rapport::core
