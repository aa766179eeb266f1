#include "AllowanceOutput.h"
#include "Commands.h"
#include "Context.h"
#include "Output.h"

#include "domain/Parse.h"
#include "rules/RuleEngine.h"
#include "storage/ProfileRepository.h"
#include "storage/ProgramRepository.h"

#include <QJsonArray>

#include <algorithm>

namespace rapport::cli {
namespace {

const OptionSpec kProgramFields{{QStringLiteral("name"),
                                 QStringLiteral("institution"),
                                 QStringLiteral("specialty"),
                                 QStringLiteral("city"),
                                 QStringLiteral("state"),
                                 QStringLiteral("nrmp-code"),
                                 QStringLiteral("nrmp"),
                                 QStringLiteral("visa"),
                                 QStringLiteral("matched-imgs"),
                                 QStringLiteral("policy"),
                                 QStringLiteral("policy-note"),
                                 QStringLiteral("status"),
                                 QStringLiteral("signal"),
                                 QStringLiteral("home-program"),
                                 QStringLiteral("application-date"),
                                 QStringLiteral("interview-date"),
                                 QStringLiteral("interview-time"),
                                 QStringLiteral("preference-rank"),
                                 QStringLiteral("website"),
                                 QStringLiteral("email-domain"),
                                 QStringLiteral("notes"),
                                 QStringLiteral("min-gap-days")},
                                {},
                                {},
                                0,
                                0};

// Applies every given option to p; options not given leave p as it is.
// The season's zone, in which an interview time given here is read.
QTimeZone seasonZone(Context &ctx)
{
    return need(core::ProfileRepository(ctx.db()).season(ctx.currentMatchYear())).zone();
}

void applyFields(const Args &args, core::Program &p, const QTimeZone &zone)
{
    auto text = [&](const char *name, QString &field) {
        if (const auto v = args.optional(QLatin1String(name)))
            field = *v;
    };
    auto date = [&](const char *name, QDate &field) {
        if (const auto v = args.optional(QLatin1String(name)))
            field = v->isEmpty()
                        ? QDate()
                        : need(core::parseDate(*v, QStringLiteral("--") + QLatin1String(name)));
    };
    text("name", p.name);
    text("institution", p.institution);
    text("specialty", p.specialty);
    text("city", p.city);
    text("state", p.state);
    text("nrmp-code", p.nrmpCode);
    text("policy-note", p.policyNote);
    text("website", p.website);
    text("email-domain", p.emailDomain);
    text("notes", p.notes);
    if (const auto v = args.yesNo(QStringLiteral("nrmp")))
        p.participatesInMatch = *v;
    if (const auto v = args.yesNo(QStringLiteral("signal")))
        p.signalSent = *v;
    if (const auto v = args.yesNo(QStringLiteral("home-program")))
        p.homeProgram = *v;
    if (const auto v = enumOption<core::VisaSponsorship>(args, QStringLiteral("visa")))
        p.visa = *v;
    if (const auto v = enumOption<core::Tristate>(args, QStringLiteral("matched-imgs")))
        p.matchedImgs = *v;
    if (const auto v = enumOption<core::CommunicationPolicy>(args, QStringLiteral("policy")))
        p.policy = *v;
    if (const auto v = enumOption<core::ProgramStatus>(args, QStringLiteral("status")))
        p.status = *v;
    date("application-date", p.applicationDate);
    date("interview-date", p.interviewDate);
    if (const auto v = args.optional(QStringLiteral("interview-time"))) {
        p.interviewTime =
            v->isEmpty() ? QTime() : need(core::parseTime(*v, QStringLiteral("--interview-time")));
        // The time is read in the season's zone, as the window shows it.
        const QDate on = p.interviewDate.isValid() ? p.interviewDate : QDate::currentDate();
        p.interviewOffsetSecs =
            QDateTime(on, p.interviewTime.isValid() ? p.interviewTime : QTime(12, 0), zone)
                .offsetFromUtc();
    }
    if (const auto v = args.integer(QStringLiteral("preference-rank"), 1, 999))
        p.preferenceRank = *v;
    if (const auto v = args.integer(QStringLiteral("min-gap-days"), 0, 365))
        p.minGapDays = *v;
}

QJsonValue orNull(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject programToJson(const core::Program &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("institution"), p.institution);
    o.insert(QStringLiteral("specialty"), p.specialty);
    o.insert(QStringLiteral("city"), p.city);
    o.insert(QStringLiteral("state"), p.state);
    o.insert(QStringLiteral("nrmp_code"), p.nrmpCode);
    o.insert(QStringLiteral("status"), core::toString(p.status));
    o.insert(QStringLiteral("policy"), core::toString(p.policy));
    o.insert(QStringLiteral("policy_note"), p.policyNote);
    o.insert(QStringLiteral("visa"), core::toString(p.visa));
    o.insert(QStringLiteral("matched_imgs"), core::toString(p.matchedImgs));
    o.insert(QStringLiteral("participates_in_match"), p.participatesInMatch);
    o.insert(QStringLiteral("signal_sent"), p.signalSent);
    o.insert(QStringLiteral("home_program"), p.homeProgram);
    o.insert(QStringLiteral("application_date"), dateOrNull(p.applicationDate));
    // Kept as strings (empty when unset), as `program list` always printed them.
    o.insert(QStringLiteral("interview_date"), p.interviewDate.toString(Qt::ISODate));
    o.insert(QStringLiteral("interview_time"), p.interviewTime.toString(QStringLiteral("HH:mm")));
    o.insert(QStringLiteral("interview_at"), momentToJson(p.interviewAt()));
    o.insert(QStringLiteral("preference_rank"), orNull(p.preferenceRank));
    o.insert(QStringLiteral("website"), p.website);
    o.insert(QStringLiteral("email_domain"), p.emailDomain);
    o.insert(QStringLiteral("notes"), p.notes);
    o.insert(QStringLiteral("min_gap_days"), orNull(p.minGapDays));
    return o;
}

void add(Context &ctx, const QStringList &words)
{
    const Args args = Args::parse(words, kProgramFields, QStringLiteral("program add"));
    if (!args.has(QStringLiteral("name")))
        throw UsageError(QStringLiteral("program add: --name is required"));
    core::Program p;
    applyFields(args, p, seasonZone(ctx));
    const qint64 id = need(core::ProgramRepository(ctx.db()).add(p));
    printCreated(ctx, QStringLiteral("program"), id, ctx.engine().checkProgram(id));
}

void edit(Context &ctx, const QStringList &words)
{
    OptionSpec spec = kProgramFields;
    spec.minPositional = spec.maxPositional = 1;
    const Args args = Args::parse(words, spec, QStringLiteral("program edit"));
    bool ok = false;
    const qint64 id = args.positionals().first().toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(QStringLiteral("program edit: \"%1\" is not a program id")
                             .arg(args.positionals().first()));
    core::ProgramRepository repo(ctx.db());
    // Only the fields named here are written: a window saving the same
    // program meanwhile keeps its other changes. The same field changed
    // there in between is set again, as asked, on the row as it is now.
    for (bool written = false; !written;) {
        const core::Program original = need(repo.get(id));
        core::Program p = original;
        applyFields(args, p, seasonZone(ctx));
        written = need(repo.save(original, p)).written();
    }
    printCreated(ctx, QStringLiteral("updated program"), id, ctx.engine().checkProgram(id));
}

void list(Context &ctx, const QStringList &words)
{
    Args::parse(words, options({}), QStringLiteral("program list"));
    const QList<core::Program> programs = need(core::ProgramRepository(ctx.db()).all());
    if (ctx.json()) {
        QJsonArray array;
        for (const core::Program &p : programs)
            array.append(programToJson(p));
        ctx.printJson({{QStringLiteral("programs"), array}});
        return;
    }
    QTextStream &out = ctx.out();
    for (const core::Program &p : programs) {
        out << qSetFieldWidth(5) << Qt::right << p.id << qSetFieldWidth(0) << Qt::left << "  "
            << p.name;
        if (!p.city.isEmpty())
            out << " (" << p.city
                << (p.state.isEmpty() ? QString() : QStringLiteral(", ") + p.state) << ")";
        out << "  " << core::toString(p.status);
        if (p.interviewDate.isValid())
            out << "  interview " << p.interviewDate.toString(Qt::ISODate);
        out << "\n";
    }
    if (programs.isEmpty())
        out << "No programs yet.\n";
    out.flush();
}

void printFacts(QTextStream &out, const core::Program &p)
{
    out << p.name << "  (program " << p.id << ")\n";
    QStringList place{p.institution, p.city, p.state};
    place.removeAll(QString());
    if (!place.isEmpty())
        out << "  " << place.join(QStringLiteral(", ")) << "\n";
    out << "  Status           " << core::toString(p.status) << "\n";
    out << "  Interview        "
        << (p.interviewDate.isValid()
                ? momentText(p.interviewAt()) +
                      (p.interviewTime.isValid() ? QString() : QStringLiteral(" (time not known)"))
                : QStringLiteral("not scheduled"))
        << "\n";
    out << "  Policy           " << core::toString(p.policy);
    if (!p.policyNote.isEmpty())
        out << " - " << p.policyNote;
    out << "\n\n";
}

void show(Context &ctx, const QStringList &words)
{
    const Args args = Args::parse(words, options({}, {}, 1, 1), QStringLiteral("program show"));
    bool ok = false;
    const qint64 id = args.positionals().first().toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(QStringLiteral("program show: \"%1\" is not a program id")
                             .arg(args.positionals().first()));
    const core::RuleEngine &engine = ctx.engine();
    const core::ProgramAllowance *allowance = engine.allowance(id);
    const auto &programs = engine.snapshot().programs;
    const auto program = std::find_if(programs.cbegin(), programs.cend(),
                                      [&](const core::Program &p) { return p.id == id; });
    if (!allowance || program == programs.cend())
        throw CommandError(QStringLiteral("program show: there is no program with id %1").arg(id));
    if (ctx.json()) {
        QJsonObject o = programToJson(*program);
        o.insert(QStringLiteral("allowance"), allowanceToJson(*allowance, engine.allowances()));
        ctx.printJson(o);
        return;
    }
    QTextStream &out = ctx.out();
    printFacts(out, *program);
    printAllowanceText(out, *allowance, engine);
    out.flush();
}

} // namespace

void runProgram(Context &ctx, const QStringList &words)
{
    QStringList rest = words;
    const QString action =
        takeAction(rest, QStringLiteral("program"),
                   {QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("list"),
                    QStringLiteral("show"), QStringLiteral("delete"), QStringLiteral("merge")});
    if (action == QLatin1String("add"))
        add(ctx, rest);
    else if (action == QLatin1String("delete"))
        deleteProgram(ctx, rest);
    else if (action == QLatin1String("merge"))
        mergePrograms(ctx, rest);
    else if (action == QLatin1String("edit"))
        edit(ctx, rest);
    else if (action == QLatin1String("show"))
        show(ctx, rest);
    else
        list(ctx, rest);
}

} // namespace rapport::cli
