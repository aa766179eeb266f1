#pragma once

#include "ProgramMerge.h"
#include "ProgramRemoval.h"
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
    // Deletes the program with everything that refers to it, in one
    // transaction; the value returned lets restore() put it all back.
    Result<ProgramRemoval> remove(qint64 id);
    Status restore(const ProgramRemoval &removal);
    Result<ProgramDependents> countDependents(qint64 id) const;
    // Makes goneId part of keepId: contacts and log entries move, fields
    // and quota overrides the kept program lacks are taken from the other
    // (notes are joined), and the other is deleted. unmerge() reverses it.
    Result<ProgramMerge> merge(qint64 keepId, qint64 goneId);
    Status unmerge(const ProgramMerge &merge);
    // keep with the fields it lacks (still at their default) taken from
    // gone; notes are joined when both have some.
    static Program combined(const Program &keep, const Program &gone);
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
    Status checkNrmpCodeFree(const Program &p) const;
    Result<QList<Program>> list(const QString &clauses, const QVariantList &values) const;

    Database &m_db;
};

} // namespace rapport::core
