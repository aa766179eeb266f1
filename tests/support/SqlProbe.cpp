#include "SqlProbe.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

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

QString contentDump(core::Database &db)
{
    QSqlQuery tables(db.connection());
    if (!tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                    "ORDER BY name"))) {
        ADD_FAILURE() << "cannot list the tables: " << tables.lastError().text().toStdString();
        return {};
    }
    QStringList out;
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        const bool virtualTable =
            tables.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL"));
        out << QStringLiteral("== %1").arg(name);
        QSqlQuery rows(db.connection());
        const QString order = virtualTable ? QString() : QStringLiteral(" ORDER BY rowid");
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"%2").arg(name, order))) {
            // WITHOUT ROWID shadow tables have no rowid: their key orders them.
            if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(name))) {
                ADD_FAILURE() << name.toStdString() << ": "
                              << rows.lastError().text().toStdString();
                continue;
            }
        }
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant v = rows.value(i);
                cells << (v.isNull() ? QStringLiteral("NULL")
                          : v.typeId() == QMetaType::QByteArray
                              ? QString::fromLatin1(v.toByteArray().toHex())
                              : v.toString());
            }
            out << cells.join(QLatin1Char('|'));
        }
    }
    return out.join(QLatin1Char('\n'));
}

QString rowsDump(core::Database &db, const QStringList &skipColumns)
{
    QSqlQuery tables(db.connection());
    if (!tables.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE "
            "VIRTUAL%' AND name NOT LIKE 'communications_fts%' AND name NOT LIKE 'sqlite_%' "
            "AND name <> 'revision' ORDER BY name"))) {
        ADD_FAILURE() << "cannot list the tables: " << tables.lastError().text().toStdString();
        return {};
    }
    QStringList out;
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        out << QStringLiteral("== %1").arg(name);
        QSqlQuery rows(db.connection());
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(name))) {
            ADD_FAILURE() << name.toStdString() << ": " << rows.lastError().text().toStdString();
            continue;
        }
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.record().count(); ++i) {
                if (skipColumns.contains(rows.record().fieldName(i)))
                    continue;
                const QVariant v = rows.value(i);
                cells << (v.isNull() ? QStringLiteral("NULL")
                                     : QStringLiteral("%1:%2").arg(
                                           QString::fromLatin1(v.typeName()), v.toString()));
            }
            out << cells.join(QLatin1Char('|'));
        }
    }
    return out.join(QLatin1Char('\n'));
}

QStringList foreignKeyProblems(core::Database &db)
{
    QSqlQuery q(db.connection());
    QStringList out;
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        ADD_FAILURE() << "foreign_key_check: " << q.lastError().text().toStdString();
        return out;
    }
    while (q.next())
        out << QStringLiteral("%1 row %2 -> %3")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return out;
}

} // namespace rapport::test
