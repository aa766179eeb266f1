#include "SqlProbe.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace rapport::test {
namespace {

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace

QVariant queryValue(core::Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    if (!run(q, sql, values)) {
        ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return {};
    }
    if (!q.next()) {
        ADD_FAILURE() << sql.toStdString() << ": no row";
        return {};
    }
    return q.value(0);
}

core::Status execSql(core::Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    if (!run(q, sql, values))
        return core::fail(q.lastError().text());
    return {};
}

int rowCount(core::Database &db, const QString &table)
{
    return queryValue(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

QStringList schemaObjects(core::Database &db)
{
    QSqlQuery q(db.connection());
    QStringList names;
    if (!q.exec(QStringLiteral("SELECT type || ' ' || name FROM sqlite_master ORDER BY 1"))) {
        ADD_FAILURE() << "cannot list the schema: " << q.lastError().text().toStdString();
        return names;
    }
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace rapport::test
