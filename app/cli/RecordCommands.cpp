// program delete|merge and contact delete|merge.

#include "Commands.h"
#include "Confirm.h"
#include "Context.h"

#include "storage/ContactRepository.h"
#include "storage/ProgramRepository.h"

#include <QJsonArray>

namespace rapport::cli {

qint64 idArgument(const Args &args, int index, const QString &what)
{
    bool ok = false;
    const QString word = args.positionals().at(index);
    const qint64 id = word.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(
            QStringLiteral("%1: \"%2\" is not a %3 id").arg(args.command(), word, what));
    return id;
}

namespace {

Args parseIds(const QStringList &words, const QString &command, int ids)
{
    return Args::parse(words, options({}, {QStringLiteral("yes")}, ids, ids), command);
}

QString programText(const core::Program &p)
{
    return QStringLiteral("program %1 \"%2\"").arg(p.id).arg(p.name);
}

QString contactText(const core::Contact &c)
{
    return QStringLiteral("contact %1 %2").arg(c.id).arg(c.formalName());
}

// The keys of the fields a merge filled on the kept row.
template <typename Row>
QStringList filled(const Row &before, const Row &after, const QList<core::RowField<Row>> &fields)
{
    QStringList keys;
    for (const core::RowField<Row> &f : fields) {
        if (!f.same(before, after))
            keys << f.key;
    }
    return keys;
}

void printFilled(QTextStream &out, const QStringList &keys)
{
    if (!keys.isEmpty())
        out << "  filled from it: " << keys.join(QStringLiteral(", ")) << "\n";
}

} // namespace

void deleteProgram(Context &ctx, const QStringList &words)
{
    const Args args = parseIds(words, QStringLiteral("program delete"), 1);
    const qint64 id = idArgument(args, 0, QStringLiteral("program"));
    core::ProgramRepository repo(ctx.db());
    const core::Program p = need(repo.get(id));
    const core::ProgramDependents d = need(repo.countDependents(id));
    const QString what =
        QStringLiteral("%1 with %2 and %3")
            .arg(programText(p),
                 counted(d.entries, QStringLiteral("log entry"), QStringLiteral("log entries")),
                 counted(d.contacts, QStringLiteral("contact"), QStringLiteral("contacts")));
    confirm(args, QStringLiteral("Delete %1?").arg(what), QStringLiteral("to delete %1").arg(what));
    const core::ProgramRemoval removed = need(repo.remove(id));
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("id"), id},
                       {QStringLiteral("name"), removed.program.name},
                       {QStringLiteral("entries"), removed.dependents.entries},
                       {QStringLiteral("contacts"), removed.dependents.contacts}});
        return;
    }
    ctx.out() << "deleted " << programText(removed.program) << " with "
              << counted(removed.dependents.entries, QStringLiteral("log entry"),
                         QStringLiteral("log entries"))
              << " and "
              << counted(removed.dependents.contacts, QStringLiteral("contact"),
                         QStringLiteral("contacts"))
              << "\n";
    ctx.out().flush();
}

void mergePrograms(Context &ctx, const QStringList &words)
{
    const Args args = parseIds(words, QStringLiteral("program merge"), 2);
    const qint64 keepId = idArgument(args, 0, QStringLiteral("program"));
    const qint64 goneId = idArgument(args, 1, QStringLiteral("program"));
    if (keepId == goneId)
        throw UsageError(QStringLiteral("program merge: KEEP and GONE are the same program"));
    core::ProgramRepository repo(ctx.db());
    const core::Program keep = need(repo.get(keepId));
    const core::Program gone = need(repo.get(goneId));
    const core::ProgramDependents d = need(repo.countDependents(goneId));
    const QString moves =
        QStringLiteral("%1 and %2")
            .arg(counted(d.entries, QStringLiteral("log entry"), QStringLiteral("log entries")),
                 counted(d.contacts, QStringLiteral("contact"), QStringLiteral("contacts")));
    confirm(args,
            QStringLiteral("Merge %1 into %2? Its %3 move there, and %1 is deleted.")
                .arg(programText(gone), programText(keep), moves),
            QStringLiteral("to merge %1 (%2) into %3")
                .arg(programText(gone), moves, programText(keep)));
    const core::ProgramMerge m = need(repo.merge(keepId, goneId));
    const QStringList keys = filled(m.kept, m.merged, core::ProgramRepository::fields());
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("id"), keepId},
                       {QStringLiteral("merged"), goneId},
                       {QStringLiteral("entries"), m.communicationIds.size()},
                       {QStringLiteral("contacts"), m.contactIds.size()},
                       {QStringLiteral("filled"), QJsonArray::fromStringList(keys)}});
        return;
    }
    ctx.out() << "merged " << programText(m.gone) << " into " << programText(m.merged) << ": "
              << counted(m.communicationIds.size(), QStringLiteral("log entry"),
                         QStringLiteral("log entries"))
              << " and "
              << counted(m.contactIds.size(), QStringLiteral("contact"), QStringLiteral("contacts"))
              << " moved\n";
    printFilled(ctx.out(), keys);
    ctx.out().flush();
}

void deleteContact(Context &ctx, const QStringList &words)
{
    const Args args = parseIds(words, QStringLiteral("contact delete"), 1);
    const qint64 id = idArgument(args, 0, QStringLiteral("contact"));
    core::ContactRepository repo(ctx.db());
    const core::Contact c = need(repo.get(id));
    const int entries = need(repo.countEntries(id));
    const QString stay =
        QStringLiteral("%1 that name it stay, naming no one")
            .arg(counted(entries, QStringLiteral("log entry"), QStringLiteral("log entries")));
    confirm(args, QStringLiteral("Delete %1? The %2.").arg(contactText(c), stay),
            QStringLiteral("to delete %1 (%2)").arg(contactText(c), stay));
    const core::ContactRemoval removed = need(repo.remove(id));
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("id"), id},
                       {QStringLiteral("program_id"), removed.contact.programId},
                       {QStringLiteral("entries"), removed.communicationIds.size()}});
        return;
    }
    ctx.out() << "deleted " << contactText(removed.contact) << "; "
              << counted(removed.communicationIds.size(), QStringLiteral("log entry"),
                         QStringLiteral("log entries"))
              << " now name no one\n";
    ctx.out().flush();
}

void mergeContacts(Context &ctx, const QStringList &words)
{
    const Args args = parseIds(words, QStringLiteral("contact merge"), 2);
    const qint64 keepId = idArgument(args, 0, QStringLiteral("contact"));
    const qint64 goneId = idArgument(args, 1, QStringLiteral("contact"));
    if (keepId == goneId)
        throw UsageError(QStringLiteral("contact merge: KEEP and GONE are the same contact"));
    core::ContactRepository repo(ctx.db());
    const core::Contact keep = need(repo.get(keepId));
    const core::Contact gone = need(repo.get(goneId));
    if (keep.programId != gone.programId)
        throw CommandError(QStringLiteral("contact merge: contacts %1 and %2 belong to different "
                                          "programs (%3 and %4); merge the programs first")
                               .arg(keepId)
                               .arg(goneId)
                               .arg(keep.programId)
                               .arg(gone.programId));
    const QString entries = counted(need(repo.countEntries(goneId)), QStringLiteral("log entry"),
                                    QStringLiteral("log entries"));
    confirm(args,
            QStringLiteral("Merge %1 into %2? The %3 naming it will name %2, and %1 is deleted.")
                .arg(contactText(gone), contactText(keep), entries),
            QStringLiteral("to merge %1 (%2) into %3")
                .arg(contactText(gone), entries, contactText(keep)));
    const core::ContactMerge m = need(repo.merge(keepId, goneId));
    const QStringList keys = filled(m.kept, m.merged, core::ContactRepository::fields());
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("id"), keepId},
                       {QStringLiteral("merged"), goneId},
                       {QStringLiteral("entries"), m.communicationIds.size()},
                       {QStringLiteral("filled"), QJsonArray::fromStringList(keys)}});
        return;
    }
    ctx.out() << "merged " << contactText(m.gone) << " into " << contactText(m.merged) << ": "
              << counted(m.communicationIds.size(), QStringLiteral("log entry"),
                         QStringLiteral("log entries"))
              << " now name it\n";
    printFilled(ctx.out(), keys);
    ctx.out().flush();
}

} // namespace rapport::cli
