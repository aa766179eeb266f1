#include "DashboardSummary.h"

#include "domain/SeasonSnapshot.h"
#include "rules/RuleEngine.h"

#include <QHash>

#include <algorithm>

namespace rapport::ui {
namespace {

using core::Severity;

const QString kThankYouPrefix = QStringLiteral("thank_you:");

bool isIncomingRule(const QString &rule)
{
    return rule.startsWith(QLatin1String("incoming.")) ||
           rule == QLatin1String("match.outside_contract");
}

bool isTopChoiceRule(const QString &rule)
{
    return rule == QLatin1String("content.top_choice_claim") ||
           rule == QLatin1String("quota.top_choice");
}

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

void collectThankYous(DashboardSummary &out, const Index &index,
                      const QList<core::Reminder> &reminders, const QDateTime &now)
{
    for (const core::Reminder &r : reminders) {
        if (!r.id.startsWith(kThankYouPrefix))
            continue;
        DashboardSummary::ThankYouDue due;
        due.programId = r.programId.value_or(r.id.mid(kThankYouPrefix.size()).toLongLong());
        if (const core::Program *p = index.programs.value(due.programId)) {
            due.programName = p->name;
            due.interviewAt = p->interviewAt();
        }
        due.due = r.due;
        due.secondsLeft = now.secsTo(r.due);
        out.thankYous << due;
    }
    std::stable_sort(out.thankYous.begin(), out.thankYous.end(),
                     [](const auto &a, const auto &b) { return a.secondsLeft < b.secondsLeft; });
}

void collectFindings(DashboardSummary &out, const Index &index,
                     const QList<core::Finding> &findings)
{
    QHash<qint64, int> rowOf;
    QHash<qint64, QList<const core::Finding *>> byProgram;
    for (const core::Finding &f : findings) {
        if (f.acknowledged || f.severity == Severity::Info)
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
        byProgram[id] << &f;
    }
    for (auto &row : out.findings) {
        auto list = byProgram.value(row.programId);
        std::stable_sort(list.begin(), list.end(),
                         [](const core::Finding *a, const core::Finding *b) {
                             return core::moreSevere(a->severity, b->severity);
                         });
        for (const core::Finding *f : list)
            row.messages << f->message;
    }
    std::stable_sort(out.findings.begin(), out.findings.end(), [](const auto &a, const auto &b) {
        if (a.violations != b.violations)
            return a.violations > b.violations;
        if (a.warnings != b.warnings)
            return a.warnings > b.warnings;
        return a.programName.localeAwareCompare(b.programName) < 0;
    });
}

void collectFlagged(DashboardSummary &out, const Index &index, const QList<core::Finding> &findings)
{
    QHash<qint64, int> rowOf;
    for (const core::Finding &f : findings) {
        if (f.acknowledged || !isIncomingRule(f.rule))
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
        row.messages << f.message;
    }
    std::stable_sort(out.flagged.begin(), out.flagged.end(), [](const auto &a, const auto &b) {
        if (a.worst != b.worst)
            return core::moreSevere(a.worst, b.worst);
        return a.at > b.at;
    });
}

void collectTopChoices(DashboardSummary &out, const Index &index, const core::SeasonSnapshot &s,
                       const QList<core::Finding> &findings)
{
    QHash<qint64, int> rowOf;
    auto add = [&](const core::Communication &c) {
        if (c.direction != core::Direction::Outgoing || c.state != core::CommState::Sent)
            return;
        const bool loi = c.kind == core::Kind::LetterOfIntent;
        auto it = rowOf.constFind(c.programId);
        if (it != rowOf.constEnd()) {
            auto &row = out.topChoices[*it];
            if (c.at < row.at) {
                row.at = c.at;
                row.communicationId = c.id;
            }
            row.letterOfIntent = row.letterOfIntent || loi;
            return;
        }
        rowOf.insert(c.programId, static_cast<int>(out.topChoices.size()));
        out.topChoices << DashboardSummary::TopChoice{c.programId, c.id,
                                                      index.programName(c.programId), c.at, loi};
    };
    for (const core::Communication &c : s.communications) {
        if (c.kind == core::Kind::LetterOfIntent)
            add(c);
    }
    for (const core::Finding &f : findings) {
        if (!isTopChoiceRule(f.rule))
            continue;
        for (qint64 id : f.communicationIds) {
            if (const core::Communication *c = index.communications.value(id))
                add(*c);
        }
    }
    std::stable_sort(out.topChoices.begin(), out.topChoices.end(),
                     [](const auto &a, const auto &b) { return a.at < b.at; });
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

QDate DashboardSummary::weekOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

DashboardSummary DashboardSummary::build(const core::SeasonSnapshot &snapshot,
                                         const QList<core::Finding> &findings,
                                         const QList<core::Reminder> &reminders,
                                         const QDateTime &now)
{
    DashboardSummary out;
    out.today = now.date();
    out.programCount = static_cast<int>(snapshot.programs.size());
    out.applicantName = snapshot.profile.name;
    out.seasonName = snapshot.season.name;
    const Index index(snapshot);
    collectThankYous(out, index, reminders, now);
    collectFindings(out, index, findings);
    collectFlagged(out, index, findings);
    collectTopChoices(out, index, snapshot, findings);
    for (const QString &name : core::enumNames<core::ProgramStatus>())
        out.statuses << StatusCount{*core::parseEnum<core::ProgramStatus>(name), 0};
    for (const core::Program &p : snapshot.programs)
        out.statuses[static_cast<int>(p.status)].count += 1;
    collectWeeks(out, snapshot);
    collectComingUp(out, snapshot);
    return out;
}

} // namespace rapport::ui
