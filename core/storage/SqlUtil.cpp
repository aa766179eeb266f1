#include "SqlUtil.h"

#include "Database.h"

#include <QHash>
#include <QSqlError>
#include <QTimeZone>

namespace rapport::core::sql {

QString utcText(const QDateTime &moment)
{
    return moment.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QDateTime momentFrom(const QVariant &utc, const QVariant &offsetSecs)
{
    QDateTime t = QDateTime::fromString(utc.toString(), Qt::ISODate);
    if (!t.isValid())
        return {};
    t.setTimeZone(QTimeZone::utc());
    // One zone per offset, shared by every moment read with it: a zone of
    // its own each costs about 200 bytes, which at 100x a season is 6 MB.
    thread_local QHash<int, QTimeZone> zones;
    const int offset = offsetSecs.toInt();
    auto zone = zones.constFind(offset);
    if (zone == zones.constEnd())
        zone = zones.insert(offset, QTimeZone(offset));
    return t.toTimeZone(*zone);
}

int offsetOf(const QDateTime &moment)
{
    return moment.offsetFromUtc();
}

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant time(const QTime &t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm"))) : QVariant();
}

QTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QTime() : QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
}

QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<int> optionalIntFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

QVariant optionalId(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

Status exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return fail(QStringLiteral("could not %1: %2").arg(what, Database::describe(query)));
    return {};
}

Status prepare(QSqlQuery &query, const QString &sql)
{
    if (!query.prepare(sql))
        return fail(QStringLiteral("could not prepare a query: %1").arg(Database::describe(query)));
    return {};
}

Status reassign(const QSqlDatabase &db, const QString &table, const QString &column,
                const QList<qint64> &ids, const QVariant &from, const QVariant &to,
                const QString &noun)
{
    if (ids.isEmpty())
        return {};
    QSqlQuery q(db);
    if (auto s = prepare(
            q, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ? AND %2 IS ?").arg(table, column));
        !s)
        return s;
    for (qint64 id : ids) {
        q.addBindValue(to);
        q.addBindValue(id);
        q.addBindValue(from);
        if (auto s = exec(q, QStringLiteral("move %1 row %2 back").arg(table).arg(id)); !s)
            return s;
        if (q.numRowsAffected() == 0)
            return fail(QStringLiteral("%1 %2 was changed or deleted since; nothing was undone")
                            .arg(noun)
                            .arg(id));
    }
    return {};
}

Result<QList<qint64>> ids(const QSqlDatabase &db, const QString &sql, const QString &what)
{
    return rows<qint64>(db, sql, {}, what,
                        [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

} // namespace rapport::core::sql
