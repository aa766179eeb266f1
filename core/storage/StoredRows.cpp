#include "StoredRows.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace rapport::core {
namespace {

const QString kRevision = QStringLiteral("revision");

QString described(const StoredRows &rows, const QVariantList &row)
{
    const qsizetype id = rows.columns.indexOf(QStringLiteral("id"));
    return id < 0 ? rows.table : QStringLiteral("%1 row %2").arg(rows.table, row.at(id).toString());
}

} // namespace

Result<StoredRows> StoredRows::read(Database &db, const QString &table, const QString &where,
                                    const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (auto s = sql::prepare(
            q, QStringLiteral("SELECT rowid AS rowid, * FROM %1 WHERE %2 ORDER BY rowid")
                   .arg(table, where));
        !s)
        return s.error();
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (auto s = sql::exec(q, QStringLiteral("read %1").arg(table)); !s)
        return s.error();
    StoredRows out{table, {}, {}};
    const QSqlRecord record = q.record();
    // The rowid is kept only where no id column holds it (quota_overrides):
    // put back, such rows keep their place too.
    const bool hasId = record.indexOf(QStringLiteral("id")) >= 0;
    QList<int> kept;
    for (int i = 0; i < record.count(); ++i) {
        if (record.fieldName(i) == kRevision || (i == 0 && hasId))
            continue;
        out.columns << record.fieldName(i);
        kept << i;
    }
    while (q.next()) {
        QVariantList row;
        row.reserve(kept.size());
        for (int i : kept)
            row << q.value(i);
        out.rows << row;
    }
    return out;
}

Status StoredRows::insert(Database &db) const
{
    if (rows.isEmpty())
        return {};
    QSqlQuery q(db.connection());
    const QString marks = QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','));
    if (auto s = sql::prepare(q, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                     .arg(table, columns.join(QLatin1Char(',')), marks));
        !s)
        return s;
    for (const QVariantList &row : rows) {
        for (const QVariant &v : row)
            q.addBindValue(v);
        if (auto s = sql::exec(q, QStringLiteral("put back %1").arg(described(*this, row))); !s)
            return s;
    }
    return {};
}

Status StoredRows::overwrite(Database &db) const
{
    if (rows.isEmpty())
        return {};
    const qsizetype idColumn = columns.indexOf(QStringLiteral("id"));
    if (idColumn < 0)
        return fail(QStringLiteral("cannot write %1 rows back: they have no id").arg(table));
    QStringList assignments;
    for (const QString &column : columns)
        assignments << column + QStringLiteral(" = ?");
    QSqlQuery q(db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                     .arg(table, assignments.join(QLatin1Char(','))));
        !s)
        return s;
    for (const QVariantList &row : rows) {
        for (const QVariant &v : row)
            q.addBindValue(v);
        q.addBindValue(row.at(idColumn));
        if (auto s = sql::exec(q, QStringLiteral("write back %1").arg(described(*this, row))); !s)
            return s;
        if (q.numRowsAffected() == 0)
            return fail(QStringLiteral("cannot write back %1: it is no longer stored")
                            .arg(described(*this, row)));
    }
    return {};
}

} // namespace rapport::core
