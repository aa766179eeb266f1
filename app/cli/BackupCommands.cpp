#include "Commands.h"
#include "Context.h"

#include "io/Backup.h"
#include "storage/SeasonLock.h"

namespace rapport::cli {

void runBackup(Context &ctx, const QStringList &words)
{
    const Args args = Args::parse(words, options({}, {}, 1, 1), QStringLiteral("backup"));
    const QString file = args.positionals().first();
    need(core::Backup::create(ctx.db(), file));
    if (ctx.json()) {
        ctx.printJson(
            {{QStringLiteral("database"), ctx.db().path()}, {QStringLiteral("backup"), file}});
        return;
    }
    ctx.out() << "backed up " << ctx.db().path() << " to " << file << "\n";
    ctx.out().flush();
}

void runRestore(Context &ctx, const QStringList &words)
{
    const Args args = Args::parse(words, options({}, {}, 1, 1), QStringLiteral("restore"));
    const QString file = args.positionals().first();
    // The database is not opened here: restore replaces the file underneath,
    // so a Rapport window that has it open must close first (or --force), and
    // none opens the season half restored. Forced, the window keeps its lock.
    ctx.refuseIfOpenInWindow();
    // Held from here on, so no window opens the season half restored; a
    // window that took it since the check above wins, unless --force.
    const auto lock = core::SeasonLock::acquire(ctx.databasePath());
    if (!lock)
        ctx.refuseIfOpenInWindow();
    const core::RestoreReport report =
        need(core::Backup::restore(file, ctx.databasePath(), ctx.clock().now()));
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("database"), ctx.databasePath()},
                       {QStringLiteral("restored_from"), file},
                       {QStringLiteral("previous_saved_as"), report.savedAs},
                       {QStringLiteral("from_schema_version"), report.fromVersion},
                       {QStringLiteral("schema_version"), report.toVersion}});
        return;
    }
    QTextStream &out = ctx.out();
    out << "restored " << ctx.databasePath() << " from " << file;
    if (report.fromVersion != report.toVersion)
        out << " (schema upgraded from version " << report.fromVersion << " to " << report.toVersion
            << ")";
    out << "\n";
    if (!report.savedAs.isEmpty())
        out << "the replaced database is kept as " << report.savedAs << "\n";
    out.flush();
}

} // namespace rapport::cli
