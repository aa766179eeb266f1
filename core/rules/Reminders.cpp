#include "Reminders.h"

#include "rules/Allowance.h"
#include "rules/RuleContext.h"
#include "rules/RuleEngine.h"
#include "rules/RuleText.h"

#include <QTimeZone>

#include <algorithm>

namespace rapport::core {
namespace {

// A milestone's moment: its date at the time and zone the rule data gives
// (the NRMP states its deadlines in US Eastern time).
QDateTime milestoneAt(const RuleContext &ctx, const QString &id, const QDate &date)
{
    QTime time =
        QTime::fromString(ctx.data.text(id, QStringLiteral("time")), QStringLiteral("HH:mm"));
    if (!time.isValid())
        time = QTime(23, 59);
    QTimeZone zone(ctx.data.text(id, QStringLiteral("time_zone")).toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    return QDateTime(date, time, zone);
}

void addMilestone(const RuleContext &ctx, const QString &id, const QDate &date,
                  QList<Reminder> &out)
{
    if (!date.isValid() || !ctx.data.hasRule(id))
        return;
    const QDateTime due = milestoneAt(ctx, id, date);
    if (due < ctx.now)
        return;
    Reminder r;
    r.id = id.section(QLatin1Char('.'), 1);
    r.title = ctx.data.title(id);
    r.description = ctx.data.text(id, QStringLiteral("description"));
    // Computed dates until the applicant checks them: the title stays short
    // (a calendar shows one line), the description says what to do.
    if (!ctx.snapshot.season.datesConfirmed) {
        r.title = RuleText::tr("%1 (estimated)").arg(r.title);
        const QString estimated = RuleText::tr("Estimated date — check the NRMP calendar.");
        r.description = r.description.isEmpty()
                            ? estimated
                            : r.description + QStringLiteral("\n\n") + estimated;
    }
    r.due = due;
    out << r;
}

} // namespace

QList<Reminder> Reminders::open(const RuleContext &ctx, const Allowances &allowances)
{
    QList<Reminder> out;
    for (const ProgramInfo &info : ctx.index.programs()) {
        const ProgramAllowance *a = allowances.program(info.program->id);
        const auto due = a ? a->thankYouDue : std::nullopt;
        if (!due)
            continue;
        Reminder r;
        r.id = QStringLiteral("thank_you:%1").arg(info.program->id);
        r.title = RuleText::tr("Thank-you to %1").arg(info.program->name);
        r.description =
            RuleText::tr("Interview on %1; send one thank-you (to the program director "
                         "and/or each interviewer, one round) by %2")
                .arg(RuleText::dateTime(info.program->interviewAt()), RuleText::dateTime(*due));
        r.due = *due;
        r.programId = info.program->id;
        out << r;
    }
    addMilestone(ctx, QStringLiteral("milestone.rank_list_deadline"),
                 ctx.snapshot.season.rankListDeadline, out);
    addMilestone(ctx, QStringLiteral("milestone.match_day"), ctx.snapshot.season.matchDay, out);
    std::stable_sort(out.begin(), out.end(),
                     [](const Reminder &a, const Reminder &b) { return a.due < b.due; });
    return out;
}

} // namespace rapport::core
