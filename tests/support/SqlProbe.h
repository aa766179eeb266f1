#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace rapport::core {
class Database;
}

namespace rapport::test {

// Raw SQL for tests that look underneath the repositories: what a column
// really holds, how many rows a table has, what the schema contains.

// The first column of the first row, or an invalid QVariant (and a test
// failure) when the statement fails or returns nothing.
QVariant queryValue(core::Database &db, const QString &sql, const QVariantList &values = {});

// Runs one statement with bound values; the error is SQLite's.
core::Status execSql(core::Database &db, const QString &sql, const QVariantList &values = {});

int rowCount(core::Database &db, const QString &table);

// Names of the tables, indexes and triggers in sqlite_master, sorted.
QStringList schemaObjects(core::Database &db);

// Every row of every table (FTS shadow tables included), in rowid order, as
// text: two equal dumps mean the same content, whatever the file's pages.
QString contentDump(core::Database &db);

// Every row of every ordinary table (no FTS shadow tables, no revision
// stamps, nor the columns skipped), in rowid order, as text: what an undo
// must put back exactly.
QString rowsDump(core::Database &db, const QStringList &skipColumns = {QStringLiteral("revision")});

// PRAGMA foreign_key_check's rows, one line each; empty when every
// reference holds.
QStringList foreignKeyProblems(core::Database &db);

} // namespace rapport::test
