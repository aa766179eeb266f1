#include "TimingRules.h"

#include "rules/QuotaTally.h"
#include "rules/RuleContext.h"
#include "rules/RuleText.h"

#include <QSet>

namespace rapport::core {
namespace {

const QString kWindow = QStringLiteral("timing.thank_you_window");
const QString kGap = QStringLiteral("timing.min_gap");
const QString kSpread = QStringLiteral("spread.many_contacts");

void checkThankYouWindow(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    if (!ctx.data.kinds(kWindow).contains(s.entry.kind))
        return;
    const QDateTime interview = s.program.program->interviewAt();
    if (!interview.isValid())
        return;
    const int hours = ctx.data.number(kWindow, QStringLiteral("hours"), 72);
    const qint64 secs = interview.secsTo(s.entry.at);
    if (secs <= qint64(hours) * 3600)
        return;
    out << makeFinding(ctx, s, kWindow, QStringLiteral("severity"),
                       RuleText::tr("Thank-you to %1 sent %2 h after the interview (%3); the "
                                    "window is %4 h")
                           .arg(s.programName())
                           .arg(secs / 3600)
                           .arg(RuleText::dateTime(interview))
                           .arg(hours));
}

// Exempt kinds never trigger the rule; ignored kinds (logistics, replies,
// visa questions) do not count as "the previous message" either, while a
// thank-you does: an update two days after the thank-you is still too soon.
// The tally knows which message the gap runs from.
void checkMinGap(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    QuotaTally tally(ctx, *s.program.program);
    if (!tally.gapApplies(s.entry.kind))
        return;
    for (const Entry *h : s.history)
        tally.add(*h);
    const Entry *previous = tally.gapPrevious();
    if (!previous)
        return;
    const int days = tally.minGapDays();
    if (previous->at.addDays(days) <= s.entry.at)
        return;
    out << makeFinding(ctx, s, kGap, QStringLiteral("severity"),
                       RuleText::tr("Only %1 after the previous message to %2 (%3, %4); keep at "
                                    "least %5 days between messages")
                           .arg(daysBetween(previous->at, s.entry.at), s.programName(),
                                RuleText::date(previous->at), RuleText::kind(previous->kind))
                           .arg(days),
                       {previous->id});
}

void checkSpread(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    const QList<Kind> exempt = ctx.data.kinds(kSpread, QStringLiteral("exempt_kinds"));
    if (!s.entry.contactId || exempt.contains(s.entry.kind))
        return;
    const int days = ctx.data.number(kSpread, QStringLiteral("days"), 7);
    QSet<qint64> people;
    QStringList names;
    QList<qint64> related;
    for (const Entry *h : s.history) {
        if (h->direction != Direction::Outgoing || !h->contactId ||
            *h->contactId == *s.entry.contactId || exempt.contains(h->kind) ||
            h->at.secsTo(s.entry.at) >= qint64(days) * 86400)
            continue;
        related << h->id;
        if (!people.contains(*h->contactId)) {
            people.insert(*h->contactId);
            names << RuleText::tr("%1 on %2")
                         .arg(RuleText::person(ctx.index.contact(h->contactId)),
                              RuleText::date(h->at));
        }
    }
    if (people.isEmpty())
        return;
    out << makeFinding(ctx, s, kSpread, QStringLiteral("severity"),
                       RuleText::tr("%1 people at %2 written to within %3 days: %4, and now %5")
                           .arg(people.size() + 1)
                           .arg(s.programName())
                           .arg(days)
                           .arg(names.join(QStringLiteral(", ")), RuleText::person(s.contact)),
                       related);
}

} // namespace

void TimingRules::check(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    if (s.entry.direction != Direction::Outgoing)
        return;
    checkThankYouWindow(ctx, s, out);
    checkMinGap(ctx, s, out);
    checkSpread(ctx, s, out);
}

Finding TimingRules::thankYouReminder(const RuleContext &ctx, const Program &program,
                                      const QDateTime &due)
{
    return makeFinding(
        ctx, program.id, kWindow, QStringLiteral("severity_reminder"),
        RuleText::tr("Thank-you to %1 is due by %2").arg(program.name, RuleText::dateTime(due)));
}

} // namespace rapport::core
