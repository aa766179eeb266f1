// ContactRepository: deleting and merging contacts, and undoing both.

#include "ContactRepository.h"

#include "Database.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace rapport::core {
namespace {

Result<QList<qint64>> entriesNaming(Database &db, qint64 contactId)
{
    return sql::ids(
        db.connection(),
        QStringLiteral("SELECT id FROM communications WHERE contact_id = ? ORDER BY id"),
        QStringLiteral("list contact %1's log entries").arg(contactId), {contactId});
}

Result<StoredRows> contactRow(Database &db, qint64 id)
{
    return StoredRows::read(db, QStringLiteral("contacts"), QStringLiteral("id = ?"), {id});
}

Status checkIdFree(const ContactRepository &repo, qint64 id)
{
    if (auto taken = repo.get(id))
        return fail(QStringLiteral("cannot put contact %1 back: its id is now used by %2")
                        .arg(id)
                        .arg(taken->fullName()));
    return {};
}

} // namespace

Result<int> ContactRepository::countEntries(qint64 id) const
{
    if (auto c = get(id); !c)
        return c.error();
    auto entries = entriesNaming(m_db, id);
    if (!entries)
        return entries.error();
    return static_cast<int>(entries->size());
}

Result<ContactRemoval> ContactRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto contact = get(id);
    if (!contact)
        return contact.error();
    auto row = contactRow(m_db, id);
    if (!row)
        return row.error();
    auto entries = entriesNaming(m_db, id);
    if (!entries)
        return entries.error();
    // Cleared here rather than by the foreign key's SET NULL, so that each
    // entry is stamped and readers see it change.
    const QString what = QStringLiteral("delete contact %1").arg(id);
    if (auto s = sql::run(m_db.connection(),
                          QStringLiteral("UPDATE communications SET contact_id = NULL "
                                         "WHERE contact_id = ?"),
                          {id}, what);
        !s)
        return s.error();
    if (auto s = sql::run(m_db.connection(), QStringLiteral("DELETE FROM contacts WHERE id = ?"),
                          {id}, what);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return ContactRemoval{*contact, *entries, *row};
}

Status ContactRepository::restore(const ContactRemoval &removal)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = checkIdFree(*this, removal.contact.id); !s)
        return s;
    if (auto s = checkProgram(removal.contact.programId); !s)
        return s;
    if (auto s = removal.row.insert(m_db); !s)
        return s;
    if (auto s = sql::reassign(m_db.connection(), QStringLiteral("communications"),
                               QStringLiteral("contact_id"), removal.communicationIds, QVariant(),
                               removal.contact.id, QStringLiteral("log entry"));
        !s)
        return s;
    return tx.commit();
}

Contact ContactRepository::combined(const Contact &keep, const Contact &gone)
{
    static const Contact unset;
    Contact out = keep;
    for (const RowField<Contact> &f : fields()) {
        if (f.same(keep, unset) && !f.same(gone, unset))
            f.take(out, gone);
    }
    // What the kept contact cannot hold goes to its notes rather than away:
    // the other address still tells whose mail it is.
    QStringList notes;
    if (!keep.notes.trimmed().isEmpty())
        notes << keep.notes;
    if (!gone.notes.trimmed().isEmpty() && gone.notes.trimmed() != keep.notes.trimmed())
        notes << gone.notes;
    if (!keep.email.isEmpty() && !gone.email.isEmpty() &&
        keep.email.compare(gone.email, Qt::CaseInsensitive) != 0)
        notes << QStringLiteral("Also wrote from %1").arg(gone.email);
    if (!keep.phone.isEmpty() && !gone.phone.isEmpty() && keep.phone != gone.phone)
        notes << QStringLiteral("Other phone: %1").arg(gone.phone);
    if (!notes.isEmpty())
        out.notes = notes.join(QStringLiteral("\n\n"));
    return out;
}

Result<ContactMerge> ContactRepository::merge(qint64 keepId, qint64 goneId)
{
    if (keepId == goneId)
        return fail(QStringLiteral("cannot merge contact %1 with itself").arg(keepId));
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto kept = get(keepId);
    if (!kept)
        return kept.error();
    auto gone = get(goneId);
    if (!gone)
        return gone.error();
    if (kept->programId != gone->programId)
        return fail(QStringLiteral("contacts %1 and %2 belong to different programs (%3 and "
                                   "%4); merge the programs first")
                        .arg(keepId)
                        .arg(goneId)
                        .arg(kept->programId)
                        .arg(gone->programId));
    ContactMerge out;
    out.kept = *kept;
    out.gone = *gone;
    auto keptRow = contactRow(m_db, keepId);
    if (!keptRow)
        return keptRow.error();
    auto goneRow = contactRow(m_db, goneId);
    if (!goneRow)
        return goneRow.error();
    auto entries = entriesNaming(m_db, goneId);
    if (!entries)
        return entries.error();
    out.keptRow = *keptRow;
    out.goneRow = *goneRow;
    out.communicationIds = *entries;
    const QString what = QStringLiteral("merge contact %1 into %2").arg(goneId).arg(keepId);
    if (auto s = sql::run(m_db.connection(),
                          QStringLiteral("UPDATE communications SET contact_id = ? "
                                         "WHERE contact_id = ?"),
                          {keepId, goneId}, what);
        !s)
        return s.error();
    if (auto s = sql::run(m_db.connection(), QStringLiteral("DELETE FROM contacts WHERE id = ?"),
                          {goneId}, what);
        !s)
        return s.error();
    if (auto s = update(combined(*kept, *gone)); !s)
        return s.error();
    auto written = get(keepId);
    if (!written)
        return written.error();
    out.merged = *written;
    if (auto s = tx.commit(); !s)
        return s.error();
    return out;
}

Status ContactRepository::unmerge(const ContactMerge &merge)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = checkIdFree(*this, merge.gone.id); !s)
        return s;
    auto now = get(merge.kept.id);
    if (!now)
        return now.error();
    // Undoing would silently drop what was edited since.
    if (now->revision != merge.merged.revision)
        return fail(QStringLiteral("cannot undo the merge: contact %1 was changed since")
                        .arg(now->fullName()));
    if (auto s = merge.keptRow.overwrite(m_db); !s)
        return s;
    if (auto s = merge.goneRow.insert(m_db); !s)
        return s;
    if (auto s = sql::reassign(m_db.connection(), QStringLiteral("communications"),
                               QStringLiteral("contact_id"), merge.communicationIds, merge.kept.id,
                               merge.gone.id, QStringLiteral("log entry"));
        !s)
        return s;
    return tx.commit();
}

} // namespace rapport::core
