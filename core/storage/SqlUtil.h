#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTime>
#include <QVariant>
#include <QVariantList>

#include <optional>

// Conversions between domain values and their stored form, shared by the
// repositories so that every table stores dates and times the same way.
namespace rapport::core::sql {

// Times are stored as UTC text plus the offset (seconds) they were entered in.
QString utcText(const QDateTime &moment);
QDateTime momentFrom(const QVariant &utc, const QVariant &offsetSecs);
int offsetOf(const QDateTime &moment);

QVariant date(const QDate &d);
QDate dateFrom(const QVariant &v);
QVariant time(const QTime &t);
QTime timeFrom(const QVariant &v);

QVariant optionalInt(const std::optional<int> &v);
std::optional<int> optionalIntFrom(const QVariant &v);
QVariant optionalId(const std::optional<qint64> &v);
QVariant nullIfEmpty(const QString &s);
// QSQLITE binds a null QString as SQL NULL, which the NOT NULL text columns
// refuse; text() binds an unset string as ''.
QVariant text(const QString &s);

// Runs a prepared query; the error names what was being done.
Status exec(QSqlQuery &query, const QString &what);

// A query that is prepared, or an error naming the statement.
Status prepare(QSqlQuery &query, const QString &sql);

// Prepares and runs one statement with values bound in order.
Status run(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
           const QString &what);

// Every row of a query, with values bound in order, each made by
// read(query); errors name what was being done.
template <typename T, typename Read>
Result<QList<T>> rows(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                      const QString &what, Read &&read)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto s = prepare(q, sql); !s)
        return s.error();
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (auto s = exec(q, what); !s)
        return s.error();
    QList<T> out;
    while (q.next())
        out << read(q);
    // Grown by doubling: at 100x a season, 3 MB of room would stay unused.
    out.squeeze();
    return out;
}

// Sets column to `to` on each row of ids whose column still holds `from`
// (compared null-safe), or fails naming (as noun) the first row that no
// longer does:
// undoing a move must not take along what was changed since.
Status reassign(const QSqlDatabase &db, const QString &table, const QString &column,
                const QList<qint64> &ids, const QVariant &from, const QVariant &to,
                const QString &noun);

// The first column of every row of a query, as ids.
Result<QList<qint64>> ids(const QSqlDatabase &db, const QString &sql, const QString &what,
                          const QVariantList &values = {});

} // namespace rapport::core::sql
