#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace rapport::core {

class Database;

// Rows of one table exactly as stored, every column but the revision stamp,
// so that a removal or a merge can be undone with the same ids and values.
// Rows written back are stamped anew: a reader that remembers a revision
// must see them come back.
struct StoredRows
{
    QString table;
    QStringList columns;
    QList<QVariantList> rows;

    bool isEmpty() const { return rows.isEmpty(); }
    bool operator==(const StoredRows &) const = default;

    // The rows of table matching where (an SQL condition with ? bound to
    // values), by rowid.
    static Result<StoredRows> read(Database &db, const QString &table, const QString &where,
                                   const QVariantList &values);
    // Inserts the rows as they were; fails, naming the row, when one of
    // their ids or unique values is taken now.
    Status insert(Database &db) const;
    // Writes the rows' values over the stored rows with the same id.
    Status overwrite(Database &db) const;
};

} // namespace rapport::core
