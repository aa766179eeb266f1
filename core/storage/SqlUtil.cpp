#include "SqlUtil.h"

#include "Database.h"

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
    // A moment at a fixed offset takes 48 bytes, one in a time zone 176
    // even when the zone is shared: at 100x a season that is 3.7 MB. Qt
    // makes offset 0 UTC, which prints "Z" rather than "+00:00", so that
    // one stays in a zone.
    const int offset = offsetSecs.toInt();
    if (offset != 0)
        return t.toOffsetFromUtc(offset);
    thread_local const QTimeZone zero(0);
    return t.toTimeZone(zero);
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

Status run(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
           const QString &what)
{
    QSqlQuery q(db);
    if (auto s = prepare(q, sql); !s)
        return s;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return exec(q, what);
}

Result<QList<qint64>> ids(const QSqlDatabase &db, const QString &sql, const QString &what,
                          const QVariantList &values)
{
    return rows<qint64>(db, sql, values, what,
                        [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

} // namespace rapport::core::sql
