#include "QuotaRules.h"

#include "rules/Allowance.h"
#include "rules/RuleContext.h"
#include "rules/RuleText.h"
#include "rules/TextNormalizer.h"

#include <QSet>

namespace rapport::core {
namespace {

const QString kTopChoice = QStringLiteral("quota.top_choice");
const QString kSignals = QStringLiteral("quota.signals");
const QString kHome = QStringLiteral("signals.home_program");
const QString kMaximum = QStringLiteral("maximum");
const QString kRecommended = QStringLiteral("recommended");

// The entry counted against its program's history by the one tally:
// "3rd pre-interview email to X; the maximum is 2", the info nudge past the
// recommended count where the rule data defines that level, and thank-you
// rounds (notes to different interviewers within the window are one round).
void checkProgramQuota(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    QuotaTally tally(ctx, *s.program.program);
    for (const Entry *h : s.history)
        tally.add(*h);
    const QuotaTally::Step step = tally.peek(s.entry);
    if (!step.quota || step.joinsRound)
        return;
    const QString rule = quotaRule(*step.quota);
    const qint64 pid = s.program.program->id;
    const int maximum = quotaLimit(ctx, pid, rule, kMaximum);
    const int recommended = quotaLimit(ctx, pid, rule, kRecommended);
    if (*step.quota == Quota::ThankYou) {
        if (step.count <= maximum)
            return;
        QStringList dates;
        for (const CountedMessage &c : tally.counted(Quota::ThankYou))
            dates << RuleText::date(c.at);
        out << makeFinding(ctx, s, rule, QStringLiteral("severity"),
                           RuleText::tr("%1 thank-you round to %2 (earlier: %3); the maximum is "
                                        "%4 (notes to different interviewers within the window "
                                        "are one round)")
                               .arg(RuleText::ordinal(step.count), s.programName(),
                                    dates.join(QStringLiteral(", ")))
                               .arg(maximum),
                           idsOf(step.earlier));
        return;
    }
    const QString noun = *step.quota == Quota::PreInterview ? RuleText::tr("pre-interview email")
                                                            : RuleText::tr("post-interview update");
    if (step.count > maximum) {
        out << makeFinding(ctx, s, rule, QStringLiteral("severity"),
                           RuleText::tr("%1 %2 to %3; the maximum is %4")
                               .arg(RuleText::ordinal(step.count), noun, s.programName())
                               .arg(maximum),
                           idsOf(step.earlier));
    } else if (step.count > recommended &&
               ctx.data.rule(rule).contains(QStringLiteral("severity_recommended"))) {
        out << makeFinding(ctx, s, rule, QStringLiteral("severity_recommended"),
                           RuleText::tr("%1 %2 to %3; %4 is recommended (the maximum is %5)")
                               .arg(RuleText::ordinal(step.count), noun, s.programName())
                               .arg(recommended)
                               .arg(maximum),
                           idsOf(step.earlier));
    }
}

void checkTopChoice(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    const bool isTopChoice =
        s.entry.topChoiceClaim || ctx.data.kinds(kTopChoice).contains(s.entry.kind);
    if (!isTopChoice)
        return;
    const TopChoiceOrder order = TopChoiceOrder::of(ctx, &s.entry, s.excludeId);
    const qint64 pid = s.program.program->id;
    qsizetype rank = order.indexOf(pid);
    rank = rank < 0 ? order.told.size() + 1 : rank + 1;
    const int maximum = quotaLimit(ctx, pid, kTopChoice, kMaximum);
    if (rank <= maximum)
        return;
    // The first few are the ones that matter; a hundred names would make
    // the finding unreadable (and at 100x a season, megabytes).
    constexpr qsizetype kNamed = 3;
    const qsizetype told = rank - 1;
    const qsizetype named = told <= kNamed + 1 ? told : kNamed;
    QStringList before;
    QList<qint64> related;
    for (qsizetype i = 0; i < told; ++i) {
        const TopChoiceOrder::Told &t = order.told.at(i);
        related << t.communicationId;
        if (i < named) {
            const ProgramInfo *info = ctx.index.program(t.programId);
            before << RuleText::tr("%1 on %2").arg(info->program->name, RuleText::date(t.at));
        }
    }
    if (named < told)
        before << RuleText::tr("and %1 more").arg(told - named);
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
    checkProgramQuota(ctx, s, out);
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
