#include "DashboardSummary.h"

#include "DateTimeText.h"
#include "FindingText.h"

#include "domain/SeasonSnapshot.h"
#include "rules/Allowance.h"

#include <QHash>

#include <algorithm>

namespace rapport::ui {
namespace {

using core::Severity;

struct Index
{
    QHash<qint64, const core::Program *> programs;
    QHash<qint64, const core::Contact *> contacts;
    QHash<qint64, const core::Communication *> communications;

    explicit Index(const core::SeasonSnapshot &s)
    {
        programs.reserve(s.programs.size());
        for (const core::Program &p : s.programs)
            programs.insert(p.id, &p);
        contacts.reserve(s.contacts.size());
        for (const core::Contact &c : s.contacts)
            contacts.insert(c.id, &c);
        communications.reserve(s.communications.size());
        for (const core::Communication &c : s.communications)
            communications.insert(c.id, &c);
    }

    QString programName(qint64 id) const
    {
        const core::Program *p = programs.value(id);
        return p ? p->name : QString();
    }
};

void collectThankYous(DashboardSummary &out, const Index &index, const core::Allowances &allowances,
                      const QDateTime &now)
{
    for (const core::ProgramAllowance &a : allowances.programs()) {
        if (!a.thankYouDue)
            continue;
        DashboardSummary::ThankYouDue due;
        due.programId = a.programId;
        due.programName = index.programName(a.programId);
        due.interviewAt = a.interviewAt;
        due.due = *a.thankYouDue;
        due.secondsLeft = now.secsTo(due.due);
        due.windowHours = static_cast<int>(a.interviewAt.secsTo(due.due) / 3600);
        out.thankYous << due;
    }
    std::stable_sort(out.thankYous.begin(), out.thankYous.end(),
                     [](const auto &a, const auto &b) { return a.secondsLeft < b.secondsLeft; });
}

void collectFindings(DashboardSummary &out, const Index &index,
                     const QList<core::Finding> &findings)
{
    QHash<qint64, int> rowOf;
    QHash<qint64, QList<qsizetype>> byProgram;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const core::Finding &f = findings.at(i);
        // A program's misconduct is not the applicant's violation: those
        // messages are listed as flagged instead.
        if (f.acknowledged || f.severity == Severity::Info || findingText::isProgramConduct(f))
            continue;
        const qint64 id = f.programId.value_or(0);
        auto it = rowOf.constFind(id);
        if (it == rowOf.constEnd()) {
            it = rowOf.insert(id, static_cast<int>(out.findings.size()));
            DashboardSummary::ProgramFindings row;
            row.programId = id;
            row.programName = index.programName(id);
            out.findings << row;
        }
        auto &row = out.findings[*it];
        (f.severity == Severity::Violation ? row.violations : row.warnings) += 1;
        byProgram[id] << i;
    }
    // Grown one program at a time: at 100x its spare room was 0.3 MB.
    out.findings.squeeze();
    for (auto &row : out.findings) {
        row.open = byProgram.value(row.programId);
        std::stable_sort(row.open.begin(), row.open.end(), [&findings](qsizetype a, qsizetype b) {
            return core::moreSevere(findings.at(a).severity, findings.at(b).severity);
        });
        row.seasonFindings = findings;
    }
    std::stable_sort(out.findings.begin(), out.findings.end(), [](const auto &a, const auto &b) {
        if (a.violations != b.violations)
            return a.violations > b.violations;
        if (a.warnings != b.warnings)
            return a.warnings > b.warnings;
        return a.programName.localeAwareCompare(b.programName) < 0;
    });
}

void collectAcknowledged(DashboardSummary &out, const Index &index,
                         const QList<core::Finding> &findings)
{
    for (const core::Finding &f : findings) {
        if (!f.acknowledged || f.severity == Severity::Info)
            continue;
        DashboardSummary::Acknowledged row;
        row.programId = f.programId.value_or(0);
        row.communicationId = f.communicationId().value_or(0);
        row.programName = index.programName(row.programId);
        row.rule = f.rule;
        row.severity = f.severity;
        row.message = f.message();
        row.acknowledgedAt = f.acknowledgedAt;
        row.reason = f.acknowledgedReason.trimmed();
        out.acknowledged << row;
    }
    std::stable_sort(
        out.acknowledged.begin(), out.acknowledged.end(),
        [](const auto &a, const auto &b) { return a.acknowledgedAt > b.acknowledgedAt; });
}

void collectFlagged(DashboardSummary &out, const Index &index, const QList<core::Finding> &findings)
{
    QHash<qint64, int> rowOf;
    for (const core::Finding &f : findings) {
        if (f.acknowledged || !findingText::isProgramConduct(f))
            continue;
        const auto commId = f.communicationId();
        const core::Communication *c = commId ? index.communications.value(*commId) : nullptr;
        if (!c || c->direction != core::Direction::Incoming)
            continue;
        auto it = rowOf.constFind(c->id);
        if (it == rowOf.constEnd()) {
            it = rowOf.insert(c->id, static_cast<int>(out.flagged.size()));
            DashboardSummary::FlaggedMessage row;
            row.communicationId = c->id;
            row.programId = c->programId;
            row.contactId = c->contactId.value_or(0);
            row.programName = index.programName(c->programId);
            if (const core::Contact *contact = index.contacts.value(row.contactId))
                row.contactName = contact->formalName();
            row.subject = c->subject;
            row.at = c->at;
            row.worst = f.severity;
            out.flagged << row;
        }
        auto &row = out.flagged[*it];
        if (core::moreSevere(f.severity, row.worst))
            row.worst = f.severity;
        row.messages << f.message();
    }
    std::stable_sort(out.flagged.begin(), out.flagged.end(), [](const auto &a, const auto &b) {
        if (a.worst != b.worst)
            return core::moreSevere(a.worst, b.worst);
        return a.at > b.at;
    });
}

// The rows show their moments as wall-clock times of the season's zone.
void showInZone(DashboardSummary &out, const DateTimeText &when)
{
    for (auto &t : out.thankYous) {
        t.interviewAt = when.local(t.interviewAt);
        t.due = when.local(t.due);
    }
    for (auto &a : out.acknowledged)
        a.acknowledgedAt = when.local(a.acknowledgedAt);
    for (auto &m : out.flagged)
        m.at = when.local(m.at);
    for (auto &t : out.topChoices)
        t.at = when.local(t.at);
}

// The allowance says who was told and in what order; the first message's
// kind says whether it was a letter of intent.
void collectTopChoices(DashboardSummary &out, const Index &index,
                       const core::Allowances &allowances)
{
    for (const core::TopChoiceOrder::Told &t : allowances.topChoice().told) {
        DashboardSummary::TopChoice row;
        row.programId = t.programId;
        row.communicationId = t.communicationId;
        row.programName = index.programName(t.programId);
        row.at = t.at;
        const core::Communication *c = index.communications.value(t.communicationId);
        row.letterOfIntent = c && c->kind == core::Kind::LetterOfIntent;
        const core::ProgramAllowance *a = allowances.program(t.programId);
        row.overLimit = a && !a->holdsTopChoice;
        out.topChoices << row;
    }
}

void collectWeeks(DashboardSummary &out, const core::SeasonSnapshot &s)
{
    QDate first = s.season.applicationsOpen;
    QDate last = s.season.matchDay;
    if (!first.isValid() || !last.isValid() || first > last) {
        first = last = QDate();
        for (const core::Communication &c : s.communications) {
            const QDate d = c.at.date();
            if (!first.isValid() || d < first)
                first = d;
            if (!last.isValid() || d > last)
                last = d;
        }
    }
    if (!first.isValid())
        return;
    const QDate start = DashboardSummary::weekOf(first);
    const qint64 weekCount = start.daysTo(last) / 7 + 1;
    out.weeks.reserve(weekCount);
    for (qint64 i = 0; i < weekCount; ++i)
        out.weeks << DashboardSummary::WeekCount{start.addDays(i * 7), 0, 0};
    for (const core::Communication &c : s.communications) {
        const QDate d = c.at.date();
        if (c.state != core::CommState::Sent || d < first || d > last)
            continue;
        auto &week = out.weeks[start.daysTo(d) / 7];
        (c.direction == core::Direction::Outgoing ? week.outgoing : week.incoming) += 1;
        ++out.messagesInRange;
    }
}

void collectComingUp(DashboardSummary &out, const core::SeasonSnapshot &s)
{
    using Type = DashboardSummary::Milestone::Type;
    const QDate today = out.today;
    QList<DashboardSummary::Milestone> interviews;
    for (const core::Program &p : s.programs) {
        if (!p.interviewDate.isValid() || p.interviewDate < today ||
            p.status == core::ProgramStatus::Withdrawn || p.status == core::ProgramStatus::Rejected)
            continue;
        interviews << DashboardSummary::Milestone{Type::Interview, p.interviewDate,
                                                  today.daysTo(p.interviewDate), p.id, p.name};
    }
    std::stable_sort(interviews.begin(), interviews.end(),
                     [](const auto &a, const auto &b) { return a.date < b.date; });
    out.comingUp = interviews.mid(0, DashboardSummary::kUpcomingInterviews);
    const bool estimated = !s.season.datesConfirmed;
    if (s.season.rankListDeadline.isValid() && s.season.rankListDeadline >= today) {
        out.comingUp << DashboardSummary::Milestone{Type::RankListDeadline,
                                                    s.season.rankListDeadline,
                                                    today.daysTo(s.season.rankListDeadline),
                                                    0,
                                                    {},
                                                    estimated};
    }
    if (s.season.matchDay.isValid() && s.season.matchDay >= today) {
        out.comingUp << DashboardSummary::Milestone{
            Type::MatchDay, s.season.matchDay, today.daysTo(s.season.matchDay), 0, {}, estimated};
    }
    std::stable_sort(out.comingUp.begin(), out.comingUp.end(),
                     [](const auto &a, const auto &b) { return a.date < b.date; });
}

} // namespace

QStringList DashboardSummary::ProgramFindings::messages() const
{
    QStringList out;
    out.reserve(open.size());
    for (const qsizetype i : open)
        out << seasonFindings.at(i).message();
    return out;
}

QDate DashboardSummary::weekOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

int DashboardSummary::openViolations() const
{
    int n = 0;
    for (const ProgramFindings &f : findings)
        n += f.violations;
    return n;
}

int DashboardSummary::openWarnings() const
{
    int n = 0;
    for (const ProgramFindings &f : findings)
        n += f.warnings;
    return n;
}

int DashboardSummary::acknowledgedCount(core::Severity severity) const
{
    return static_cast<int>(
        std::count_if(acknowledged.cbegin(), acknowledged.cend(),
                      [severity](const Acknowledged &a) { return a.severity == severity; }));
}

int DashboardSummary::topChoicesOverLimit() const
{
    return static_cast<int>(std::count_if(topChoices.cbegin(), topChoices.cend(),
                                          [](const TopChoice &t) { return t.overLimit; }));
}

DashboardSummary DashboardSummary::build(const core::SeasonSnapshot &snapshot,
                                         const QList<core::Finding> &findings,
                                         const core::Allowances &allowances, const QDateTime &now)
{
    DashboardSummary out;
    const DateTimeText when = DateTimeText::forSeason(snapshot.season);
    out.today = when.local(now).date();
    out.programCount = static_cast<int>(snapshot.programs.size());
    out.applicantName = snapshot.profile.name;
    out.seasonName = snapshot.season.name;
    const Index index(snapshot);
    collectThankYous(out, index, allowances, now);
    collectFindings(out, index, findings);
    collectAcknowledged(out, index, findings);
    collectFlagged(out, index, findings);
    collectTopChoices(out, index, allowances);
    showInZone(out, when);
    for (const QString &name : core::enumNames<core::ProgramStatus>())
        out.statuses << StatusCount{*core::parseEnum<core::ProgramStatus>(name), 0};
    for (const core::Program &p : snapshot.programs)
        out.statuses[static_cast<int>(p.status)].count += 1;
    collectWeeks(out, snapshot);
    collectComingUp(out, snapshot);
    return out;
}

} // namespace rapport::ui
