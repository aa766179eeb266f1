// export pdf: the printable season or program report, as the window writes it.

#include "Commands.h"
#include "Context.h"

#include "report/BandMeasures.h"
#include "report/SeasonReport.h"
#include "rules/Allowance.h"
#include "rules/RuleEngine.h"
#include "storage/SeasonLoader.h"

#include <future>
#include <memory>
#include <optional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace rapport::cli {
namespace {

// What the report takes from the rule engine.
struct Checked
{
    QList<core::Finding> findings;
    core::Allowances allowances;
};

std::unique_ptr<core::RuleEngine> newEngine(const core::Clock &clock)
{
    return std::make_unique<core::RuleEngine>(
        need(core::RuleData::load(core::RuleData::defaultUserFilePath())), clock);
}

// The season's indexes are let go before it returns.
Checked check(const core::RuleEngine &engine, const core::SeasonSnapshot &snapshot)
{
    const auto prepared = engine.prepare(snapshot);
    return {engine.checkSeason(*prepared), engine.allowances(*prepared)};
}

// Each thread allocates from a heap of its own, which keeps the pages of
// what it let go: hand them back, so that what grows next has them rather
// than adding to the peak.
void returnFreedPages()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

// The season report as it would be without findings, measured on the
// calling thread.
ui::BandMeasures measureUnchecked(const core::SeasonSnapshot &snapshot, const QDateTime &now)
{
    ui::BandMeasures measured =
        ui::SeasonReport(snapshot, {}, core::Allowances(), now).seasonPdf().measure();
    returnFreedPages();
    return measured;
}

// Checking the season keeps one core busy for most of the time. Meanwhile
// the report is measured on another as it would be without findings: most
// of its bands (the log's rows, the programs') come out the same with
// them, so the report proper measures only the rest. It is written from
// its text alone, once the season and its findings are let go.
int writeSeasonReport(Context &ctx, const QString &path)
{
    std::optional<ui::BandMeasures> unchecked;
    const ui::PdfPages pdf = [&] {
        const core::SeasonSnapshot snapshot =
            need(core::loadSeason(ctx.db(), ctx.currentMatchYear()));
        const QDateTime now = ctx.clock().now();
        std::unique_ptr<core::RuleEngine> engine = newEngine(ctx.clock());
        auto measuring =
            std::async(std::launch::async, measureUnchecked, std::cref(snapshot), std::cref(now));
        const Checked checked = check(*engine, snapshot);
        engine.reset();
        returnFreedPages();
        unchecked = measuring.get();
        return ui::SeasonReport(snapshot, checked.findings, checked.allowances, now).seasonPdf();
    }();
    returnFreedPages();
    return need(pdf.write(path, {}, &*unchecked));
}

int writeProgramReport(Context &ctx, qint64 programId, const QString &path)
{
    core::RuleEngine &engine = ctx.engine();
    const QList<core::Finding> findings = engine.checkSeason();
    const core::Allowances allowances = engine.allowances();
    const ui::SeasonReport report(engine.snapshot(), findings, allowances, ctx.clock().now());
    ctx.releaseEngine(); // the report holds its own copy
    return need(report.writeProgramPdf(programId, path));
}

} // namespace

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

    const int pages =
        programId ? writeProgramReport(ctx, *programId, path) : writeSeasonReport(ctx, path);
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
