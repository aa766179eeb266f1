// export pdf: the printable season or program report, as the window writes it.

#include "Commands.h"
#include "Context.h"

#include "report/SeasonReport.h"
#include "rules/Allowance.h"
#include "rules/RuleEngine.h"

namespace rapport::cli {

bool needsGuiApplication(const QStringList &arguments)
{
    const qsizetype i = arguments.indexOf(QStringLiteral("export"));
    return i >= 0 && i + 1 < arguments.size() && arguments.at(i + 1) == QLatin1String("pdf");
}

void exportPdf(Context &ctx, const QStringList &words)
{
    const Args args =
        Args::parse(words, options({QStringLiteral("program"), QStringLiteral("output")}),
                    QStringLiteral("export pdf"));
    const QString path = args.value(QStringLiteral("output"));
    if (path.isEmpty() || path == QLatin1String("-"))
        throw UsageError(QStringLiteral("export pdf: --output FILE is required (a PDF is not "
                                        "written to standard output)"));
    const auto programId = args.id(QStringLiteral("program"));

    core::RuleEngine &engine = ctx.engine();
    const QList<core::Finding> findings = engine.checkSeason();
    const core::Allowances allowances = engine.allowances();
    const ui::SeasonReport report(engine.snapshot(), findings, allowances, ctx.clock().now());
    ctx.releaseEngine(); // the report holds its own copy
    const int pages =
        need(programId ? report.writeProgramPdf(*programId, path) : report.writeSeasonPdf(path));
    if (ctx.json()) {
        QJsonObject out{{QStringLiteral("file"), path}, {QStringLiteral("pages"), pages}};
        if (programId)
            out.insert(QStringLiteral("program_id"), *programId);
        ctx.printJson(out);
        return;
    }
    ctx.out() << "wrote " << (programId ? "the program report" : "the season report") << " ("
              << pages << (pages == 1 ? " page" : " pages") << ") to " << path << "\n";
    ctx.out().flush();
}

} // namespace rapport::cli
