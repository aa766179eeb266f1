// ProgramRepository: deleting and merging programs, and undoing both.

#include "ProgramRepository.h"

#include "Database.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace rapport::core {
namespace {

// Every table that holds rows of a program, parents first; the condition
// picks one program's rows (? is its id).
struct Dependent
{
    const char *table;
    const char *where;
};
constexpr Dependent kProgramRows[] = {
    {"programs", "id = ?"},
    {"contacts", "program_id = ?"},
    {"communications", "program_id = ?"},
    {"acknowledgements",
     "communication_id IN (SELECT id FROM communications WHERE program_id = ?)"},
    {"quota_overrides", "program_id = ?"},
};

Result<int> count(Database &db, const QString &sql, qint64 id)
{
    QSqlQuery q(db.connection());
    if (auto s = sql::prepare(q, sql); !s)
        return s.error();
    q.addBindValue(id);
    if (auto s = sql::exec(q, QStringLiteral("count what goes with program %1").arg(id)); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<qint64>> idsOf(Database &db, const QString &table, qint64 programId)
{
    return sql::ids(db.connection(),
                    QStringLiteral("SELECT id FROM %1 WHERE program_id = ? ORDER BY id").arg(table),
                    QStringLiteral("list %1").arg(table), {programId});
}

Status checkIdFree(ProgramRepository &repo, qint64 id)
{
    if (auto taken = repo.get(id))
        return fail(QStringLiteral("cannot put program %1 back: its id is now used by \"%2\"")
                        .arg(id)
                        .arg(taken->name));
    return {};
}

} // namespace

Result<ProgramDependents> ProgramRepository::countDependents(qint64 id) const
{
    if (auto p = get(id); !p)
        return p.error();
    auto entries =
        count(m_db, QStringLiteral("SELECT count(*) FROM communications WHERE program_id = ?"), id);
    if (!entries)
        return entries.error();
    auto contacts =
        count(m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE program_id = ?"), id);
    if (!contacts)
        return contacts.error();
    return ProgramDependents{*entries, *contacts};
}

Result<ProgramRemoval> ProgramRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto program = get(id);
    if (!program)
        return program.error();
    ProgramRemoval out;
    out.program = *program;
    for (const Dependent &d : kProgramRows) {
        auto rows = StoredRows::read(m_db, QLatin1String(d.table), QLatin1String(d.where), {id});
        if (!rows)
            return rows.error();
        if (rows->table == QLatin1String("contacts"))
            out.dependents.contacts = static_cast<int>(rows->rows.size());
        else if (rows->table == QLatin1String("communications"))
            out.dependents.entries = static_cast<int>(rows->rows.size());
        out.rows << *rows;
    }
    // The foreign keys cascade to every other row read above.
    if (auto s = sql::run(m_db.connection(), QStringLiteral("DELETE FROM programs WHERE id = ?"),
                          {id}, QStringLiteral("delete program %1").arg(id));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return out;
}

Status ProgramRepository::restore(const ProgramRemoval &removal)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = checkIdFree(*this, removal.program.id); !s)
        return s;
    if (auto s = checkNrmpCodeFree(removal.program); !s)
        return s;
    for (const StoredRows &rows : removal.rows) {
        if (auto s = rows.insert(m_db); !s)
            return fail(QStringLiteral("cannot put program %1 back: %2")
                            .arg(removal.program.name, s.errorMessage()));
    }
    return tx.commit();
}

Program ProgramRepository::combined(const Program &keep, const Program &gone)
{
    static const Program unset;
    Program out = keep;
    for (const RowField<Program> &f : fields()) {
        if (f.same(keep, unset) && !f.same(gone, unset))
            f.take(out, gone);
    }
    const QString keepNotes = keep.notes.trimmed();
    const QString goneNotes = gone.notes.trimmed();
    if (!keepNotes.isEmpty() && !goneNotes.isEmpty() && keepNotes != goneNotes)
        out.notes = keep.notes + QStringLiteral("\n\n") + gone.notes;
    return out;
}

Result<ProgramMerge> ProgramRepository::merge(qint64 keepId, qint64 goneId)
{
    if (keepId == goneId)
        return fail(QStringLiteral("cannot merge program %1 with itself").arg(keepId));
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto kept = get(keepId);
    if (!kept)
        return kept.error();
    auto gone = get(goneId);
    if (!gone)
        return gone.error();
    ProgramMerge out;
    out.kept = *kept;
    out.gone = *gone;
    auto keptRow =
        StoredRows::read(m_db, QStringLiteral("programs"), QStringLiteral("id = ?"), {keepId});
    if (!keptRow)
        return keptRow.error();
    auto goneRow =
        StoredRows::read(m_db, QStringLiteral("programs"), QStringLiteral("id = ?"), {goneId});
    if (!goneRow)
        return goneRow.error();
    auto overrides = StoredRows::read(m_db, QStringLiteral("quota_overrides"),
                                      QStringLiteral("program_id IN (?, ?)"), {keepId, goneId});
    if (!overrides)
        return overrides.error();
    auto contacts = idsOf(m_db, QStringLiteral("contacts"), goneId);
    if (!contacts)
        return contacts.error();
    auto entries = idsOf(m_db, QStringLiteral("communications"), goneId);
    if (!entries)
        return entries.error();
    out.keptRow = *keptRow;
    out.goneRow = *goneRow;
    out.quotaOverrides = *overrides;
    out.contactIds = *contacts;
    out.communicationIds = *entries;

    const QString what = QStringLiteral("merge program %1 into %2").arg(goneId).arg(keepId);
    for (const QString &statement :
         {QStringLiteral("UPDATE contacts SET program_id = ? WHERE program_id = ?"),
          QStringLiteral("UPDATE communications SET program_id = ? WHERE program_id = ?"),
          // The kept program's own overrides win.
          QStringLiteral("INSERT OR IGNORE INTO quota_overrides (program_id, quota, recommended, "
                         "maximum) SELECT ?, quota, recommended, maximum FROM quota_overrides "
                         "WHERE program_id = ?")}) {
        if (auto s = sql::run(m_db.connection(), statement, {keepId, goneId}, what); !s)
            return s.error();
    }
    // Deleted before the kept row takes its NRMP code, which is unique.
    if (auto s = sql::run(m_db.connection(), QStringLiteral("DELETE FROM programs WHERE id = ?"),
                          {goneId}, what);
        !s)
        return s.error();
    out.merged = combined(*kept, *gone);
    if (auto s = update(out.merged); !s)
        return s.error();
    auto written = get(keepId);
    if (!written)
        return written.error();
    out.merged = *written;
    if (auto s = tx.commit(); !s)
        return s.error();
    return out;
}

Status ProgramRepository::unmerge(const ProgramMerge &merge)
{
    const qint64 keepId = merge.kept.id;
    const qint64 goneId = merge.gone.id;
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = checkIdFree(*this, goneId); !s)
        return s;
    auto now = get(keepId);
    if (!now)
        return now.error();
    // Undoing would silently drop what was edited since.
    if (now->revision != merge.merged.revision)
        return fail(QStringLiteral("cannot undo the merge: program \"%1\" was changed since")
                        .arg(now->name));
    // The kept row first: it gives the NRMP code back.
    if (auto s = merge.keptRow.overwrite(m_db); !s)
        return s;
    if (auto s = merge.goneRow.insert(m_db); !s)
        return fail(QStringLiteral("cannot put program %1 back: %2")
                        .arg(merge.gone.name, s.errorMessage()));
    if (auto s = sql::reassign(m_db.connection(), QStringLiteral("contacts"),
                               QStringLiteral("program_id"), merge.contactIds, keepId, goneId,
                               QStringLiteral("contact"));
        !s)
        return s;
    if (auto s = sql::reassign(m_db.connection(), QStringLiteral("communications"),
                               QStringLiteral("program_id"), merge.communicationIds, keepId, goneId,
                               QStringLiteral("log entry"));
        !s)
        return s;
    if (auto s = sql::run(m_db.connection(),
                          QStringLiteral("DELETE FROM quota_overrides WHERE program_id IN (?, ?)"),
                          {keepId, goneId}, QStringLiteral("undo the merge's quota overrides"));
        !s)
        return s;
    if (auto s = merge.quotaOverrides.insert(m_db); !s)
        return s;
    return tx.commit();
}

} // namespace rapport::core
