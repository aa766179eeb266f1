#pragma once

#include "Result.h"
#include "domain/Program.h"

#include <QList>
#include <QVariantList>

namespace rapport::core {

class Database;

class ProgramRepository final
{
public:
    explicit ProgramRepository(Database &db) : m_db(db) {}

    Result<qint64> add(const Program &program);
    Status update(const Program &program);
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
