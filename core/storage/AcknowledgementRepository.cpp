#include "AcknowledgementRepository.h"

#include "Database.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace rapport::core {

Result<qint64> AcknowledgementRepository::add(qint64 communicationId, const Finding &finding,
                                              const QDateTime &at, const QString &reason)
{
    if (finding.rule.isEmpty())
        return fail(QStringLiteral("an acknowledgement needs the finding's rule id"));
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("SELECT 1 FROM communications WHERE id = ?")); !s)
        return s.error();
    q.addBindValue(communicationId);
    if (auto s = sql::exec(q, QStringLiteral("look up communication %1").arg(communicationId)); !s)
        return s.error();
    if (!q.next())
        return fail(QStringLiteral("cannot acknowledge %1: there is no communication with id %2")
                        .arg(finding.rule)
                        .arg(communicationId));
    if (auto s = sql::prepare(
            q, QStringLiteral("INSERT INTO acknowledgements (communication_id, rule, "
                              "message, at_utc, reason) VALUES (?, ?, ?, ?, ?) ON CONFLICT "
                              "(communication_id, rule) DO UPDATE SET message = "
                              "excluded.message, at_utc = excluded.at_utc, reason = "
                              "excluded.reason"));
        !s)
        return s.error();
    q.addBindValue(communicationId);
    q.addBindValue(finding.rule);
    q.addBindValue(sql::text(finding.message()));
    q.addBindValue(sql::utcText(at));
    q.addBindValue(sql::text(reason));
    if (auto s = sql::exec(q, QStringLiteral("store the acknowledgement of %1").arg(finding.rule));
        !s)
        return s.error();
    if (auto s = sql::prepare(q, QStringLiteral("SELECT id FROM acknowledgements WHERE "
                                                "communication_id = ? AND rule = ?"));
        !s)
        return s.error();
    q.addBindValue(communicationId);
    q.addBindValue(finding.rule);
    if (auto s = sql::exec(q, QStringLiteral("read the acknowledgement back")); !s)
        return s.error();
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status AcknowledgementRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("DELETE FROM acknowledgements WHERE id = ?")); !s)
        return s;
    q.addBindValue(id);
    return sql::exec(q, QStringLiteral("delete acknowledgement %1").arg(id));
}

Result<QList<Acknowledgement>> AcknowledgementRepository::forCommunication(qint64 id) const
{
    return list(QStringLiteral("WHERE communication_id = ?"), {id});
}

Result<QList<Acknowledgement>> AcknowledgementRepository::all() const
{
    return list(QString(), {});
}

Result<QList<Acknowledgement>> AcknowledgementRepository::list(const QString &where,
                                                               const QVariantList &values) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto s = sql::prepare(q, QStringLiteral("SELECT id, communication_id, rule, message, "
                                                "at_utc, reason FROM acknowledgements %1 ORDER "
                                                "BY id")
                                     .arg(where));
        !s)
        return s.error();
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (auto s = sql::exec(q, QStringLiteral("read acknowledgements")); !s)
        return s.error();
    QList<Acknowledgement> out;
    while (q.next()) {
        Acknowledgement a;
        a.id = q.value(0).toLongLong();
        a.communicationId = q.value(1).toLongLong();
        a.rule = q.value(2).toString();
        a.message = q.value(3).toString();
        a.at = sql::momentFrom(q.value(4), 0);
        a.reason = q.value(5).toString();
        out << a;
    }
    return out;
}

} // namespace rapport::core
