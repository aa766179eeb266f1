#pragma once

#include "Result.h"
#include "RowMerge.h"
#include "domain/Contact.h"

#include <QList>

#include <optional>

namespace rapport::core {

class Database;

class ContactRepository final
{
public:
    explicit ContactRepository(Database &db) : m_db(db) {}

    Result<qint64> add(const Contact &contact);
    // Given expectedRevision, writes only while the row is still at that
    // revision, and says so when another writer changed it meanwhile.
    Status update(const Contact &contact, std::optional<qint64> expectedRevision = std::nullopt);
    // The fields an edit merges onto the row as stored now (mergeEdit()).
    static const QList<RowField<Contact>> &fields();
    Status remove(qint64 id);
    Result<Contact> get(qint64 id) const;
    Result<QList<Contact>> forProgram(qint64 programId) const;
    Result<QList<Contact>> all() const; // by program, then id
    // For reading again only what changed: the rows stamped after revision,
    // and every id in all()'s order.
    Result<QList<Contact>> changedSince(qint64 revision) const;
    Result<QList<qint64>> ids() const;

private:
    Status checkProgram(qint64 programId) const;
    Status checkNotMovingHistory(const Contact &c) const;
    Result<QList<Contact>> list(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace rapport::core
