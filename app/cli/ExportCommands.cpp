#include "Commands.h"
#include "Context.h"

#include "io/BackupFiles.h"
#include "io/IcsExport.h"
#include "io/LogCsvExport.h"
#include "rules/RuleEngine.h"

#include <cstdio>

namespace rapport::cli {
namespace {

// FILE, or standard output for "-"; a file is replaced only once it is
// completely written, and is readable by the owner only.
void writeOutput(Context &ctx, const QString &path, const QByteArray &bytes)
{
    if (path == QLatin1String("-")) {
        ctx.out().flush();
        if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) !=
                size_t(bytes.size()) ||
            std::fflush(stdout) != 0)
            throw CommandError(QStringLiteral("cannot write to standard output"));
        return;
    }
    need(core::writeFileAtomically(path, bytes));
}

void reportWritten(Context &ctx, const QString &path, const QString &what, int count)
{
    if (path == QLatin1String("-"))
        return; // the output is the file itself
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("file"), path}, {what, count}});
        return;
    }
    ctx.out() << "wrote " << count << " " << what << " to " << path << "\n";
    ctx.out().flush();
}

void exportCsv(Context &ctx, const QStringList &words)
{
    const Args args =
        Args::parse(words, options({QStringLiteral("program"), QStringLiteral("output")}),
                    QStringLiteral("export csv"));
    int entries = 0;
    const QByteArray csv =
        need(core::LogCsvExport::write(ctx.db(), args.id(QStringLiteral("program")), &entries));
    const QString path = args.value(QStringLiteral("output"), QStringLiteral("-"));
    writeOutput(ctx, path, csv);
    reportWritten(ctx, path, QStringLiteral("entries"), entries);
}

void exportIcs(Context &ctx, const QStringList &words)
{
    const Args args =
        Args::parse(words, options({QStringLiteral("output")}), QStringLiteral("export ics"));
    const QList<core::Reminder> reminders = ctx.engine().reminders();
    const QByteArray ics = need(core::IcsExport::write(reminders, ctx.clock().now()));
    const QString path = args.value(QStringLiteral("output"), QStringLiteral("-"));
    writeOutput(ctx, path, ics);
    reportWritten(ctx, path, QStringLiteral("reminders"), int(reminders.size()));
}

} // namespace

void runExport(Context &ctx, const QStringList &words)
{
    QStringList rest = words;
    const QString what =
        takeAction(rest, QStringLiteral("export"),
                   {QStringLiteral("csv"), QStringLiteral("ics"), QStringLiteral("pdf")});
    if (what == QLatin1String("csv"))
        exportCsv(ctx, rest);
    else if (what == QLatin1String("ics"))
        exportIcs(ctx, rest);
    else
        exportPdf(ctx, rest);
}

} // namespace rapport::cli
