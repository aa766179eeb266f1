#pragma once

#include "ContactMerge.h"
#include "ContactRemoval.h"
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
    // Deletes the contact; the log entries that name it stay, naming no
    // one (docs/schema.md says why). restore() puts it back on them.
    Result<ContactRemoval> remove(qint64 id);
    Status restore(const ContactRemoval &removal);
    Result<int> countEntries(qint64 id) const; // log entries that name the contact
    // Makes goneId part of keepId (both of one program): the entries that
    // name it name the kept one, fields the kept one lacks are taken from
    // it (notes joined, another address kept in the notes), and it is
    // deleted. unmerge() reverses it.
    Result<ContactMerge> merge(qint64 keepId, qint64 goneId);
    Status unmerge(const ContactMerge &merge);
    static Contact combined(const Contact &keep, const Contact &gone);
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
