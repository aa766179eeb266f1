#pragma once

#include "Result.h"
#include "domain/Contact.h"

#include <QList>

namespace rapport::core {

class Database;

class ContactRepository final
{
public:
    explicit ContactRepository(Database &db) : m_db(db) {}

    Result<qint64> add(const Contact &contact);
    Status update(const Contact &contact);
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
