#pragma once

#include "Result.h"
#include "RowMerge.h"
#include "domain/Program.h"

#include <QList>
#include <QVariantList>

namespace rapport::core {

class Database;

// What saving an edit did: wrote it (stored is the row as written), or
// found fields another writer changed too and wrote nothing.
struct ProgramSave
{
    Program stored;
    QList<FieldConflict> conflicts; // empty when written
    bool written() const { return conflicts.isEmpty(); }
};

class ProgramRepository final
{
public:
    explicit ProgramRepository(Database &db) : m_db(db) {}

    Result<qint64> add(const Program &program);
    Status update(const Program &program);
    // Writes only the fields edited changes from original (as read before
    // editing), onto the row as stored now, so that what another writer
    // changed meanwhile stays. Fields both changed differently are
    // returned as conflicts and nothing is written; saving again with the
    // stored row as original and the chosen values resolves them.
    Result<ProgramSave> save(const Program &original, const Program &edited);
    // The fields save() merges, in the order the Details tab shows them.
    static const QList<RowField<Program>> &fields();
    Status remove(qint64 id);
    Result<Program> get(qint64 id) const;
    Result<QList<Program>> all() const; // by name, then id
    // For reading again only what changed: the rows stamped after revision,
    // and every id in all()'s order.
    Result<QList<Program>> changedSince(qint64 revision) const;
    Result<QList<qint64>> ids() const;
    Result<bool> any() const; // without reading them

    // Re-import keys: NRMP code first, else name + city (case-insensitive).
    Result<std::optional<Program>> findByNrmpCode(const QString &code) const;
    Result<std::optional<Program>> findByNameCity(const QString &name, const QString &city) const;

private:
    Result<QList<Program>> list(const QString &clauses, const QVariantList &values) const;

    Database &m_db;
};

} // namespace rapport::core
