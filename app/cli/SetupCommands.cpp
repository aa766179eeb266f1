#include "Commands.h"
#include "Context.h"

#include "demo/DemoSeason.h"

namespace rapport::cli {

void runInit(Context &ctx, const QStringList &words)
{
    Args::parse(words, options({}), QStringLiteral("init"));
    core::Database &db = ctx.db(); // opening creates and migrates
    const int version = need(db.userVersion());
    if (ctx.json()) {
        ctx.printJson(
            {{QStringLiteral("database"), db.path()}, {QStringLiteral("schema_version"), version}});
        return;
    }
    ctx.out() << "Rapport database ready: " << db.path() << " (schema version " << version << ")\n";
    ctx.out().flush();
}

void runDemo(Context &ctx, const QStringList &words)
{
    const Args args = Args::parse(words, options({QStringLiteral("scale"), QStringLiteral("seed")}),
                                  QStringLiteral("demo"));
    core::DemoOptions options;
    options.scale = args.integer(QStringLiteral("scale"), 1, 1000).value_or(1);
    options.seed =
        static_cast<quint32>(args.integer(QStringLiteral("seed"), 0, 1 << 30).value_or(2027));
    // The season as it stands at the clock's date (RAPPORT_NOW pins it).
    options.today = ctx.clock().now().date();
    options.matchYear = ctx.currentMatchYear();
    const core::DemoSummary summary = need(core::generateDemoSeason(ctx.db(), options));
    const QString today = options.today.toString(Qt::ISODate);
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("programs"), summary.programs},
                       {QStringLiteral("contacts"), summary.contacts},
                       {QStringLiteral("communications"), summary.communications},
                       {QStringLiteral("match_year"), options.matchYear},
                       {QStringLiteral("today"), today}});
        return;
    }
    ctx.out() << "Demo season for the " << options.matchYear << " Match as of " << today
              << " written to " << ctx.db().path() << ": " << summary.programs << " programs, "
              << summary.contacts << " contacts, " << summary.communications
              << " communications.\n";
    ctx.out().flush();
}

} // namespace rapport::cli
