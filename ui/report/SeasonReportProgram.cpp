// SeasonReport: the report of one program.

#include "SeasonReport.h"

#include "DateTimeText.h"
#include "Labels.h"
#include "ReportHtml.h"

#include "rules/Allowance.h"

#include <QTimeZone>

#include <algorithm>

namespace rapport::ui {

using namespace reporthtml;

namespace {

// The NRMP's deadlines are Eastern time.
QDateTime eastern(const QDate &date, QTime time)
{
    static const QTimeZone zone(QByteArrayLiteral("America/New_York"));
    return zone.isValid() ? QDateTime(date, time, zone)
                          : QDateTime(date, time, QTimeZone(-5 * 3600));
}

struct TimelineRow
{
    QDateTime at;
    const core::Communication *communication = nullptr; // nullptr: a milestone
    QString milestone;
};

} // namespace

core::Result<ReportDocument> SeasonReport::programDocument(qint64 programId) const
{
    const core::Program *p = program(programId);
    if (!p)
        return core::fail(tr("there is no program with id %1").arg(programId));
    ReportDocument doc;
    addProgramFacts(doc, *p);
    addProgramAllowance(doc, *p);
    addProgramContacts(doc, *p);
    addProgramFindings(doc, *p);
    addProgramTimeline(doc, *p);
    return doc;
}

void SeasonReport::addProgramFacts(ReportDocument &doc, const core::Program &p) const
{
    QStringList where;
    if (!p.institution.isEmpty())
        where << p.institution;
    if (!p.city.isEmpty())
        where << (p.state.isEmpty() ? p.city : tr("%1, %2").arg(p.city, p.state));
    if (!p.nrmpCode.isEmpty())
        where << tr("NRMP %1").arg(p.nrmpCode);
    FactList facts;
    facts.add(tr("Status"), esc(labels::status(p.status)));
    QString interview = date(p.interviewDate);
    if (p.interviewDate.isValid() && p.interviewTime.isValid())
        interview = dateTime(p.interviewAt(), DateTimeText(p.interviewAt().timeZone()));
    facts.add(tr("Interview"), esc(interview));
    if (p.applicationDate.isValid())
        facts.add(tr("Applied"), esc(date(p.applicationDate)));
    facts.add(tr("Visa sponsorship"), esc(labels::visa(p.visa)));
    facts.add(tr("Has matched IMGs"), esc(labels::tristate(p.matchedImgs)));
    QString policy = esc(labels::policy(p.policy));
    if (!p.policyNote.isEmpty())
        policy += QStringLiteral(" — <i>%1</i>").arg(esc(p.policyNote));
    facts.add(tr("Communication policy"), policy);
    facts.add(tr("Preference signal"), esc(p.signalSent ? tr("Sent") : tr("Not sent")));
    if (p.preferenceRank)
        facts.add(tr("Your rank"), QString::number(*p.preferenceRank));
    if (!p.website.isEmpty())
        facts.add(tr("Website"), esc(p.website));
    if (!p.notes.isEmpty())
        facts.add(tr("Notes"), esc(p.notes).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    doc.addBlock(heading(1, p.name) +
                 paragraph(esc(where.join(QStringLiteral(" · "))), QStringLiteral("subtitle")) +
                 facts.html());
}

// What the allowance says, as the window's header does: per quota what was
// sent, what is left and when the next is allowed; what is due; what next.
void SeasonReport::addProgramAllowance(ReportDocument &doc, const core::Program &p) const
{
    const core::ProgramAllowance *a = m_allowances.program(p.id);
    if (!a)
        return;
    Table table({tr("Kind"), tr("Sent / maximum"), tr("Left"), tr("Next allowed")},
                {30, 16, 10, 44});
    for (core::Quota q : core::kAllQuotas) {
        const core::KindAllowance &k = (*a)[q];
        QString next;
        switch (k.availability) {
        case core::Availability::Now:
            next = k.reason.isEmpty() ? tr("now") : tr("now — %1").arg(k.reason);
            break;
        case core::Availability::Later:
            next = k.from.isValid() ? tr("from %1 — %2").arg(dateTime(k.from, dates()), k.reason)
                                    : tr("later — %1").arg(k.reason);
            break;
        case core::Availability::Never: next = tr("no — %1").arg(k.reason); break;
        }
        table.addRow({esc(labels::quotaTitle(q)),
                      esc(QStringLiteral("%1 / %2").arg(k.used).arg(k.maximum)),
                      QString::number(k.left()), esc(next)},
                     k.used > k.maximum ? QStringLiteral("over") : QString());
    }
    QString summary = tr("Next: %1").arg(a->next.text);
    if (a->thankYouDue)
        summary = tr("Thank-you due by %1. ").arg(dateTime(*a->thankYouDue, dates())) + summary;
    doc.addBlock(heading(2, tr("Allowance")) + paragraph(esc(summary)), true);
    doc.addTable(table);
}

void SeasonReport::addProgramContacts(ReportDocument &doc, const core::Program &p) const
{
    Table table({tr("Name"), tr("Role"), tr("Email"), tr("Phone")}, {28, 25, 32, 15});
    for (const core::Contact &c : m_snapshot.contacts) {
        if (c.programId != p.id)
            continue;
        const QString name =
            c.title.isEmpty() ? c.fullName() : c.title + QLatin1Char(' ') + c.fullName();
        table.addRow({esc(name), esc(labels::role(c.role)), esc(c.email), esc(c.phone)});
    }
    doc.addBlock(heading(2, tr("Contacts")), true);
    if (table.isEmpty())
        doc.addBlock(paragraph(esc(tr("No contacts yet.")), QStringLiteral("note")));
    else
        doc.addTable(table);
}

void SeasonReport::addProgramFindings(ReportDocument &doc, const core::Program &p) const
{
    QList<core::Finding> findings;
    for (const core::Finding &f : m_findings) {
        if (f.programId == p.id && f.severity != core::Severity::Info)
            findings << f;
    }
    // Open ones first, worst first; those already gone past after them.
    std::stable_sort(findings.begin(), findings.end(), [](const auto &a, const auto &b) {
        if (a.acknowledged != b.acknowledged)
            return !a.acknowledged;
        return core::moreSevere(a.severity, b.severity);
    });
    doc.addBlock(heading(2, tr("Findings")), true);
    if (findings.isEmpty()) {
        doc.addBlock(paragraph(esc(tr("No warnings or violations."))));
        return;
    }
    for (const QString &block : findingBlocks(findings))
        doc.addBlock(block);
}

void SeasonReport::addProgramTimeline(ReportDocument &doc, const core::Program &p) const
{
    QList<TimelineRow> rows;
    QHash<qint64, QList<core::Finding>> findingsOf;
    for (const core::Finding &f : m_findings) {
        if (f.programId == p.id && f.severity != core::Severity::Info && f.communicationId())
            findingsOf[*f.communicationId()] << f;
    }
    for (const core::Communication &c : m_snapshot.communications) {
        if (c.programId == p.id)
            rows << TimelineRow{c.at, &c, {}};
    }
    const core::Season &season = m_snapshot.season;
    const auto milestone = [&rows](const QDateTime &at, const QString &what) {
        if (at.isValid())
            rows << TimelineRow{at, nullptr, what};
    };
    if (p.applicationDate.isValid())
        milestone(dates().moment(p.applicationDate, QTime(0, 0)), tr("Applied"));
    milestone(p.interviewAt(), tr("Interview"));
    // Paper has no tooltips: an unconfirmed date says in full what to do.
    const QString estimated =
        season.datesConfirmed ? QString() : tr(" (estimated — check the NRMP calendar)");
    if (season.rankListDeadline.isValid())
        milestone(eastern(season.rankListDeadline, QTime(21, 0)),
                  tr("Rank-list deadline") + estimated);
    if (season.matchDay.isValid())
        milestone(eastern(season.matchDay, QTime(13, 0)), tr("Match Day") + estimated);
    milestone(m_now, tr("Today"));
    std::stable_sort(rows.begin(), rows.end(),
                     [](const TimelineRow &a, const TimelineRow &b) { return a.at < b.at; });

    const QString small = QStringLiteral("<br><span class=\"small\">%1</span>");
    Table table({tr("Date"), tr("What"), tr("Message")}, {15, 21, 64});
    for (const TimelineRow &row : rows) {
        if (!row.communication) {
            table.addRow({esc(date(row.at, dates())), esc(row.milestone), QString()},
                         QStringLiteral("milestone"));
            continue;
        }
        const core::Communication &c = *row.communication;
        const bool out = c.direction == core::Direction::Outgoing;
        QString what = QStringLiteral("<b>%1</b>").arg(esc(labels::kind(c.kind)));
        QString way = out ? tr("sent") : tr("received");
        if (const QString who = contactName(c.contactId); !who.isEmpty())
            way = out ? tr("sent to %1").arg(who) : tr("from %1").arg(who);
        if (c.channel != core::Channel::Email)
            way += QStringLiteral(" · ") + labels::channel(c.channel).toLower();
        what += small.arg(esc(way));
        QString message = QStringLiteral("<b>%1</b>")
                              .arg(esc(c.subject.isEmpty() ? tr("(no subject)") : c.subject));
        if (c.state == core::CommState::Draft)
            message += QStringLiteral(" <span class=\"small\">%1</span>").arg(esc(tr("draft")));
        for (const core::Finding &f : findingsOf.value(c.id))
            message += QStringLiteral("<br>") + severityTag(f) +
                       QStringLiteral(" <span class=\"small\">%1</span>").arg(esc(f.message()));
        const QString body = c.body.trimmed();
        if (!body.isEmpty())
            message += small.arg(esc(body).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        table.addRow({esc(date(c.at, dates())) + small.arg(esc(dates().time(c.at))), what, message},
                     c.state == core::CommState::Draft ? QStringLiteral("draft") : QString());
    }
    doc.addBlock(
        heading(2, tr("Timeline")) +
            paragraph(esc(tr("Every message in date order, with the season's milestones.")),
                      QStringLiteral("note")),
        true);
    doc.addTable(table);
}

} // namespace rapport::ui
