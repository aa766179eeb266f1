#include "QuotaRules.h"

#include "rules/RuleContext.h"
#include "rules/RuleText.h"
#include "rules/TextNormalizer.h"

#include <QSet>

namespace rapport::core {
namespace {

const QString kPre = QStringLiteral("quota.pre_interview");
const QString kThankYou = QStringLiteral("quota.thank_you");
const QString kPost = QStringLiteral("quota.post_interview");
const QString kTopChoice = QStringLiteral("quota.top_choice");
const QString kSignals = QStringLiteral("quota.signals");
const QString kHome = QStringLiteral("signals.home_program");
const QString kMaximum = QStringLiteral("maximum");
const QString kRecommended = QStringLiteral("recommended");

// "3rd pre-interview email to X; the maximum is 2", and the info nudge past
// the recommended count where the rule data defines that level.
void countQuota(const RuleContext &ctx, const Subject &s, const QString &rule, const QString &noun,
                QList<Finding> &out)
{
    const QList<Kind> kinds = ctx.data.kinds(rule);
    if (!kinds.contains(s.entry.kind))
        return;
    QList<qint64> earlier;
    for (const Entry *h : s.history) {
        if (h->direction == Direction::Outgoing && kinds.contains(h->kind))
            earlier << h->id;
    }
    const int count = static_cast<int>(earlier.size()) + 1;
    const qint64 pid = s.program.program->id;
    const int maximum = quotaLimit(ctx, pid, rule, kMaximum);
    const int recommended = quotaLimit(ctx, pid, rule, kRecommended);
    if (count > maximum) {
        out << makeFinding(ctx, s, rule, QStringLiteral("severity"),
                           RuleText::tr("%1 %2 to %3; the maximum is %4")
                               .arg(RuleText::ordinal(count), noun, s.programName())
                               .arg(maximum),
                           earlier);
    } else if (count > recommended &&
               ctx.data.rule(rule).contains(QStringLiteral("severity_recommended"))) {
        out << makeFinding(ctx, s, rule, QStringLiteral("severity_recommended"),
                           RuleText::tr("%1 %2 to %3; %4 is recommended (the maximum is %5)")
                               .arg(RuleText::ordinal(count), noun, s.programName())
                               .arg(recommended)
                               .arg(maximum),
                           earlier);
    }
}

// One thank-you "message" may be several notes on the same day (the PD and
// each interviewer), so the quota counts days, not notes.
void checkThankYou(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    const QList<Kind> kinds = ctx.data.kinds(kThankYou);
    if (!kinds.contains(s.entry.kind))
        return;
    QList<QDate> days;
    QList<qint64> earlier;
    for (const Entry *h : s.history) {
        if (h->direction != Direction::Outgoing || !kinds.contains(h->kind))
            continue;
        earlier << h->id;
        if (!days.contains(h->at.date()))
            days << h->at.date();
    }
    if (days.contains(s.entry.at.date()))
        return;
    const int dayCount = static_cast<int>(days.size()) + 1;
    const int maximum = quotaLimit(ctx, s.program.program->id, kThankYou, kMaximum);
    if (dayCount <= maximum)
        return;
    QStringList dates;
    for (const QDate &d : std::as_const(days))
        dates << d.toString(Qt::ISODate);
    out << makeFinding(
        ctx, s, kThankYou, QStringLiteral("severity"),
        RuleText::tr("Thank-you to %1 on a %2 day (earlier: %3); the maximum is %4 "
                     "(notes on the same day count once)")
            .arg(s.programName(), RuleText::ordinal(dayCount), dates.join(QStringLiteral(", ")))
            .arg(maximum),
        earlier);
}

void checkTopChoice(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    const bool isTopChoice =
        s.entry.topChoiceClaim || ctx.data.kinds(kTopChoice).contains(s.entry.kind);
    if (!isTopChoice)
        return;
    // Programs in the order they were first told, each with that first entry.
    QList<qint64> programs;
    QList<const Entry *> firsts;
    for (const Entry *e : ctx.index.topChoiceEntries()) {
        if (!e->isBefore(s.entry))
            break;
        if (e->id == s.excludeId || programs.contains(e->programId))
            continue;
        programs << e->programId;
        firsts << e;
    }
    const qint64 pid = s.program.program->id;
    qsizetype rank = programs.indexOf(pid);
    rank = rank < 0 ? programs.size() + 1 : rank + 1;
    const int maximum = quotaLimit(ctx, pid, kTopChoice, kMaximum);
    if (rank <= maximum)
        return;
    QStringList before;
    QList<qint64> related;
    for (qsizetype i = 0; i < rank - 1; ++i) {
        const ProgramInfo *info = ctx.index.program(programs.at(i));
        before
            << RuleText::tr("%1 on %2").arg(info->program->name, RuleText::date(firsts.at(i)->at));
        related << firsts.at(i)->id;
    }
    out << makeFinding(ctx, s, kTopChoice, QStringLiteral("severity"),
                       RuleText::tr("%1 is the %2 program told it is your top choice (before: %3); "
                                    "the maximum is %4")
                           .arg(s.programName(), RuleText::ordinal(static_cast<int>(rank)),
                                before.join(QStringLiteral("; ")))
                           .arg(maximum),
                       related);
}

bool isHomeProgram(const RuleContext &ctx, const Program &p)
{
    if (p.homeProgram)
        return true;
    const QString home = TextNormalizer::normalize(ctx.snapshot.profile.homeProgramName);
    return !home.isEmpty() && (TextNormalizer::normalize(p.name) == home ||
                               TextNormalizer::normalize(p.institution) == home);
}

} // namespace

void QuotaRules::check(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    if (s.entry.direction != Direction::Outgoing)
        return;
    countQuota(ctx, s, kPre, RuleText::tr("pre-interview email"), out);
    checkThankYou(ctx, s, out);
    countQuota(ctx, s, kPost, RuleText::tr("post-interview update"), out);
    checkTopChoice(ctx, s, out);
}

void QuotaRules::checkSeason(const RuleContext &ctx, QList<Finding> &out)
{
    int signalled = 0;
    for (const ProgramInfo &info : ctx.index.programs()) {
        if (!info.program->signalSent)
            continue;
        ++signalled;
        if (isHomeProgram(ctx, *info.program)) {
            out << makeFinding(ctx, info.program->id, kHome, QStringLiteral("severity"),
                               RuleText::tr("A preference signal is marked for your home program, "
                                            "%1")
                                   .arg(info.program->name));
        }
    }
    const int allowed = ctx.snapshot.season.signalCount;
    if (signalled > allowed) {
        const QString season = ctx.snapshot.season.name.isEmpty() ? RuleText::tr("this season")
                                                                  : ctx.snapshot.season.name;
        out << makeFinding(ctx, std::nullopt, kSignals, QStringLiteral("severity"),
                           RuleText::tr("%1 programs are marked as sent a preference signal; %2 "
                                        "allows %3")
                               .arg(signalled)
                               .arg(season)
                               .arg(allowed));
    }
}

} // namespace rapport::core
