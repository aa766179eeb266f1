#include "AllowanceOutput.h"
#include "Commands.h"
#include "Context.h"

#include "rules/RuleEngine.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace rapport::cli {
namespace {

// How far ahead the text's "Next steps" looks for a message that becomes
// allowed: a display horizon, not a rule.
constexpr int kSoonDays = 7;

struct Summary
{
    QMap<QString, int> programsByStatus;
    int outgoing = 0;
    int incoming = 0;
    int drafts = 0;
    QMap<core::Severity, int> openBySeverity;
    int acknowledged = 0;
    QList<QPair<QString, int>> attention; // program, open warnings + violations
};

QHash<qint64, QString> namesOf(const core::SeasonSnapshot &s)
{
    QHash<qint64, QString> names;
    for (const core::Program &p : s.programs)
        names.insert(p.id, p.name);
    return names;
}

Summary summarise(const core::RuleEngine &engine)
{
    const core::SeasonSnapshot &s = engine.snapshot();
    const QHash<qint64, QString> names = namesOf(s);
    Summary sum;
    for (const core::Program &p : s.programs)
        sum.programsByStatus[core::toString(p.status)] += 1;
    for (const core::Communication &c : s.communications) {
        if (c.state == core::CommState::Draft)
            ++sum.drafts;
        else if (c.direction == core::Direction::Outgoing)
            ++sum.outgoing;
        else
            ++sum.incoming;
    }
    QHash<QString, int> perProgram;
    for (const core::Finding &f : engine.checkSeason()) {
        if (f.acknowledged) {
            ++sum.acknowledged;
            continue;
        }
        sum.openBySeverity[f.severity] += 1;
        if (f.severity != core::Severity::Info && f.programId)
            perProgram[names.value(*f.programId)] += 1;
    }
    for (auto it = perProgram.cbegin(); it != perProgram.cend(); ++it)
        sum.attention.append({it.key(), it.value()});
    std::sort(sum.attention.begin(), sum.attention.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return sum;
}

QString dueText(const QDateTime &due, const QDateTime &now)
{
    const qint64 hours = now.secsTo(due) / 3600;
    if (hours < 0)
        return QStringLiteral("overdue");
    if (hours < 48)
        return QStringLiteral("in %1 h").arg(hours);
    return QStringLiteral("in %1 days").arg(now.daysTo(due));
}

// The season's top choice as the allowance sees it: every program told,
// in order, the first `maximum` of them holding it.
QJsonObject topChoiceToJson(const core::RuleEngine &engine)
{
    const core::Allowances &all = engine.allowances();
    QJsonArray told;
    QJsonValue holder(QJsonValue::Null);
    for (const core::TopChoiceOrder::Told &t : all.topChoice().told) {
        const core::ProgramAllowance *a = all.program(t.programId);
        const core::Communication *c = findCommunication(engine.snapshot(), t.communicationId);
        const QJsonObject o{{QStringLiteral("program_id"), t.programId},
                            {QStringLiteral("name"), programName(engine, t.programId)},
                            {QStringLiteral("at"), momentToJson(t.at)},
                            {QStringLiteral("communication_id"), t.communicationId},
                            {QStringLiteral("kind"), c ? core::toString(c->kind) : QString()},
                            {QStringLiteral("holder"), a && a->holdsTopChoice}};
        told.append(o);
        if (holder.isNull() && all.topChoiceHolder() == t.programId)
            holder = o;
    }
    const core::ProgramAllowance *any =
        all.programs().isEmpty() ? nullptr : &all.programs().first();
    return {{QStringLiteral("maximum"),
             any ? QJsonValue((*any)[core::Quota::TopChoice].maximum) : QJsonValue()},
            {QStringLiteral("holder"), holder},
            {QStringLiteral("told"), told}};
}

QJsonObject usedToJson(const core::KindAllowance &k)
{
    return {{QStringLiteral("used"), k.used},
            {QStringLiteral("maximum"), k.maximum},
            {QStringLiteral("left"), k.left()}};
}

QJsonArray allowancesToJson(const core::RuleEngine &engine)
{
    const QHash<qint64, QString> names = namesOf(engine.snapshot());
    QJsonArray out;
    for (const core::ProgramAllowance &a : engine.allowances().programs()) {
        QJsonObject o{{QStringLiteral("program_id"), a.programId},
                      {QStringLiteral("name"), names.value(a.programId)}};
        for (core::Quota q :
             {core::Quota::PreInterview, core::Quota::ThankYou, core::Quota::PostInterview})
            o.insert(core::quotaName(q), usedToJson(a[q]));
        QJsonObject next = nextToJson(a.next);
        next.remove(QStringLiteral("text"));
        o.insert(QStringLiteral("next"), next);
        out.append(o);
    }
    return out;
}

QJsonArray thankYouDueToJson(const core::RuleEngine &engine)
{
    const QHash<qint64, QString> names = namesOf(engine.snapshot());
    QJsonArray out;
    for (const core::ProgramAllowance &a : engine.allowances().programs()) {
        if (a.thankYouDue)
            out.append(QJsonObject{{QStringLiteral("program_id"), a.programId},
                                   {QStringLiteral("name"), names.value(a.programId)},
                                   {QStringLiteral("due"), momentToJson(*a.thankYouDue)}});
    }
    return out;
}

void printJson(Context &ctx, const core::RuleEngine &engine, const Summary &sum)
{
    const core::SeasonSnapshot &s = engine.snapshot();
    QJsonObject status;
    for (auto it = sum.programsByStatus.cbegin(); it != sum.programsByStatus.cend(); ++it)
        status.insert(it.key(), it.value());
    QJsonArray reminders;
    for (const core::Reminder &r : engine.reminders())
        reminders.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("title"), r.title},
                                     {QStringLiteral("due"), momentToJson(r.due)}});
    QJsonObject findings;
    for (core::Severity sev :
         {core::Severity::Info, core::Severity::Warning, core::Severity::Violation})
        findings.insert(core::toString(sev), sum.openBySeverity.value(sev));
    findings.insert(QStringLiteral("acknowledged"), sum.acknowledged);
    ctx.printJson({{QStringLiteral("season"), s.season.name},
                   {QStringLiteral("programs"), static_cast<int>(s.programs.size())},
                   {QStringLiteral("programs_by_status"), status},
                   {QStringLiteral("communications"), static_cast<int>(s.communications.size())},
                   {QStringLiteral("outgoing"), sum.outgoing},
                   {QStringLiteral("incoming"), sum.incoming},
                   {QStringLiteral("drafts"), sum.drafts},
                   {QStringLiteral("findings"), findings},
                   {QStringLiteral("top_choice"), topChoiceToJson(engine)},
                   {QStringLiteral("thank_you_due"), thankYouDueToJson(engine)},
                   {QStringLiteral("allowances"), allowancesToJson(engine)},
                   {QStringLiteral("reminders"), reminders}});
}

void printTopChoice(QTextStream &out, const core::RuleEngine &engine)
{
    const core::Allowances &all = engine.allowances();
    const QList<core::TopChoiceOrder::Told> &told = all.topChoice().told;
    out << "Top choice: ";
    if (told.isEmpty())
        out << "no program told yet\n";
    for (qsizetype i = 0; i < told.size(); ++i) {
        const core::ProgramAllowance *a = all.program(told[i].programId);
        out << (i ? "            " : "") << programName(engine, told[i].programId) << " on "
            << told[i].at.date().toString(Qt::ISODate) << " by "
            << toldBy(engine, told[i].communicationId);
        if (a && !a->holdsTopChoice) {
            const int maximum = (*a)[core::Quota::TopChoice].maximum;
            out << (maximum == 1 ? QStringLiteral("  <- more than one program")
                                 : QStringLiteral("  <- more than %1 programs").arg(maximum));
        }
        out << "\n";
    }
}

// Thank-you notes due, and messages that become allowed within kSoonDays,
// soonest first.
void printNextSteps(QTextStream &out, const core::RuleEngine &engine, const QDateTime &now)
{
    QList<const core::ProgramAllowance *> soon;
    int allowedNow = 0;
    for (const core::ProgramAllowance &a : engine.allowances().programs()) {
        const core::NextStep &n = a.next;
        if (n.type == core::NextStep::Type::Allowed)
            ++allowedNow;
        if (n.type == core::NextStep::Type::Due ||
            (n.type == core::NextStep::Type::Waiting && n.at.isValid() &&
             n.at <= now.addDays(kSoonDays)))
            soon << &a;
    }
    const QHash<qint64, QString> names = namesOf(engine.snapshot());
    std::stable_sort(soon.begin(), soon.end(),
                     [](const auto *a, const auto *b) { return a->next.at < b->next.at; });
    out << "\nNext steps:\n";
    if (soon.isEmpty())
        out << "  nothing due or allowed in the next " << kSoonDays << " days\n";
    for (const core::ProgramAllowance *a : soon)
        out << "  " << momentText(a->next.at) << "  " << a->next.label << ": "
            << names.value(a->programId) << "  (" << dueText(a->next.at, now) << ")\n";
    if (allowedNow > 0)
        out << "  " << allowedNow << (allowedNow == 1 ? " program" : " programs")
            << " may be written to now; `rapport-cli program show ID` says what\n";
}

} // namespace

void runStats(Context &ctx, const QStringList &words)
{
    Args::parse(words, options({}), QStringLiteral("stats"));
    const core::RuleEngine &engine = ctx.engine();
    const Summary sum = summarise(engine);
    if (ctx.json()) {
        printJson(ctx, engine, sum);
        return;
    }
    const core::SeasonSnapshot &s = engine.snapshot();
    const QDateTime now = ctx.clock().now();
    QTextStream &out = ctx.out();
    out << "Rapport - " << s.season.name << "  (" << QFileInfo(ctx.databasePath()).fileName()
        << ")\n\n";
    out << "Programs: " << s.programs.size();
    QStringList parts;
    for (auto it = sum.programsByStatus.cbegin(); it != sum.programsByStatus.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    if (!parts.isEmpty())
        out << "  (" << parts.join(QStringLiteral(", ")) << ")";
    out << "\nCommunications: " << s.communications.size() << "  (outgoing " << sum.outgoing
        << ", incoming " << sum.incoming << ", drafts " << sum.drafts << ")\n";
    out << "Open findings: " << sum.openBySeverity.value(core::Severity::Violation)
        << " violations, " << sum.openBySeverity.value(core::Severity::Warning) << " warnings, "
        << sum.openBySeverity.value(core::Severity::Info) << " info  (" << sum.acknowledged
        << " acknowledged)\n";
    printTopChoice(out, engine);
    printNextSteps(out, engine, now);

    // Thank-you reminders are among the next steps; the season's dates follow.
    out << "\nSeason dates:\n";
    int milestones = 0;
    for (const core::Reminder &r : engine.reminders()) {
        if (r.programId)
            continue;
        ++milestones;
        out << "  " << r.due.date().toString(Qt::ISODate) << "  " << r.title << "  ("
            << dueText(r.due, now) << ")\n";
    }
    if (milestones == 0)
        out << "  none ahead\n";

    out << "\nNeeds attention (open warnings and violations):\n";
    if (sum.attention.isEmpty())
        out << "  nothing\n";
    for (int i = 0; i < std::min<qsizetype>(sum.attention.size(), 8); ++i)
        out << "  " << qSetFieldWidth(3) << Qt::right << sum.attention[i].second
            << qSetFieldWidth(0) << Qt::left << "  " << sum.attention[i].first << "\n";
    out << "\nRun `rapport-cli check` for every finding with the guidance behind it.\n";
    out.flush();
}

} // namespace rapport::cli
