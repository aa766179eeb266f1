#include "SeasonReport.h"

#include "DateTimeText.h"
#include "Labels.h"
#include "ReportHtml.h"
#include "models/DashboardSummary.h"

#include "rules/RuleEngine.h"
#include "storage/Database.h"
#include "storage/SeasonLoader.h"

#include <QGuiApplication>
#include <QRegularExpression>

#include <algorithm>
#include <climits>

namespace rapport::ui {

using namespace reporthtml;

namespace {

bool isOpen(const core::Finding &f)
{
    return !f.acknowledged && f.severity != core::Severity::Info;
}

// "Lakeside University (Site 2)" -> "lakeside-university-site-2"
QString slug(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString out = text.toLower().replace(nonWord, QStringLiteral("-"));
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.left(60);
}

bool isGonePast(const core::Finding &f)
{
    return f.acknowledged && f.severity != core::Severity::Info;
}

// The findings that pass keep, grouped by program (0: season-wide), the
// programs in the order their first finding came.
struct Grouped
{
    QList<qint64> ids;
    QHash<qint64, QList<core::Finding>> byProgram;
};

Grouped byProgramOf(const QList<core::Finding> &findings, bool (*keep)(const core::Finding &))
{
    Grouped out;
    for (const core::Finding &f : findings) {
        if (!keep(f))
            continue;
        const qint64 id = f.programId.value_or(0);
        if (!out.byProgram.contains(id))
            out.ids << id;
        out.byProgram[id] << f;
    }
    return out;
}

} // namespace

SeasonReport::SeasonReport(const core::SeasonSnapshot &snapshot,
                           const QList<core::Finding> &findings, const core::Allowances &allowances,
                           const QDateTime &now)
    : m_snapshot(snapshot), m_findings(findings), m_allowances(allowances), m_now(now),
      m_font(QGuiApplication::font())
{
    indexSnapshot();
}

void SeasonReport::indexSnapshot()
{
    const core::SeasonSnapshot &snapshot = m_snapshot;
    for (int i = 0; i < snapshot.programs.size(); ++i)
        m_programIndex.insert(snapshot.programs.at(i).id, i);
    for (int i = 0; i < snapshot.contacts.size(); ++i)
        m_contactIndex.insert(snapshot.contacts.at(i).id, i);
    for (int i = 0; i < snapshot.communications.size(); ++i)
        m_communicationIndex.insert(snapshot.communications.at(i).id, i);
}

core::Status SeasonReport::readBodies(const QString &databasePath)
{
    auto db = core::Database::open(databasePath);
    if (!db)
        return db.error();
    return core::readBodies(*db.value(), m_snapshot);
}

const core::Communication *SeasonReport::communication(qint64 id) const
{
    const auto it = m_communicationIndex.constFind(id);
    return it == m_communicationIndex.constEnd() ? nullptr : &m_snapshot.communications.at(*it);
}

DateTimeText SeasonReport::dates() const
{
    return DateTimeText::forSeason(m_snapshot.season);
}

const core::Program *SeasonReport::program(qint64 id) const
{
    const auto it = m_programIndex.constFind(id);
    return it == m_programIndex.constEnd() ? nullptr : &m_snapshot.programs.at(*it);
}

QString SeasonReport::programName(qint64 id) const
{
    const core::Program *p = program(id);
    return p ? p->name : tr("The whole season");
}

QString SeasonReport::contactName(const std::optional<qint64> &id) const
{
    if (!id)
        return {};
    const auto it = m_contactIndex.constFind(*id);
    return it == m_contactIndex.constEnd() ? QString() : m_snapshot.contacts.at(*it).formalName();
}

PageDecoration SeasonReport::decoration(const QString &what) const
{
    PageDecoration d;
    const QString name = m_snapshot.profile.name.trimmed();
    d.headerLeft = name.isEmpty() ? tr("Rapport") : name;
    d.headerMid = what;
    d.headerRight = date(m_now, dates());
    d.title = what;
    d.font = m_font;
    return d;
}

QString SeasonReport::suggestedSeasonFileName() const
{
    return QStringLiteral("season-report-%1.pdf").arg(m_now.date().toString(Qt::ISODate));
}

QString SeasonReport::suggestedProgramFileName(qint64 programId) const
{
    const core::Program *p = program(programId);
    const QString name = p ? slug(p->name) : QStringLiteral("program");
    return QStringLiteral("%1-%2.pdf").arg(name, m_now.date().toString(Qt::ISODate));
}

PdfPages SeasonReport::seasonPdf() const
{
    const QString season = m_snapshot.season.name.trimmed();
    return PdfPages(
        seasonDocument(),
        decoration(season.isEmpty() ? tr("Season report") : tr("Season report · %1").arg(season)));
}

core::Result<PdfPages> SeasonReport::programPdf(qint64 programId) const
{
    auto doc = programDocument(programId);
    if (!doc)
        return doc.error();
    return PdfPages(std::move(*doc), decoration(tr("Program report")));
}

core::Result<int> SeasonReport::writeSeasonPdf(const QString &path,
                                               const PdfProgress &progress) const
{
    return seasonPdf().write(path, progress);
}

core::Result<int> SeasonReport::writeProgramPdf(qint64 programId, const QString &path,
                                                const PdfProgress &progress) const
{
    const auto pdf = programPdf(programId);
    if (!pdf)
        return pdf.error();
    return pdf->write(path, progress);
}

QString SeasonReport::seasonHtml() const
{
    return seasonDocument().html();
}

core::Result<QString> SeasonReport::programHtml(qint64 programId) const
{
    auto doc = programDocument(programId);
    if (!doc)
        return doc.error();
    return doc->html();
}

ReportDocument SeasonReport::seasonDocument() const
{
    ReportDocument doc;
    addTitle(doc);
    addSummary(doc);
    addStatuses(doc);
    addFindings(doc);
    addTopChoice(doc);
    addLog(doc);
    return doc;
}

void SeasonReport::addTitle(ReportDocument &doc) const
{
    const core::ApplicantProfile &me = m_snapshot.profile;
    const QString season = m_snapshot.season.name.trimmed();
    QStringList who;
    if (!me.name.trimmed().isEmpty())
        who << esc(me.degree.isEmpty() ? me.name : tr("%1, %2").arg(me.name, me.degree));
    if (!me.medicalSchool.isEmpty())
        who << esc(me.country.isEmpty() ? me.medicalSchool
                                        : tr("%1 (%2)").arg(me.medicalSchool, me.country));
    if (!me.aamcId.isEmpty())
        who << esc(tr("AAMC ID %1").arg(me.aamcId));
    doc.addBlock(
        heading(1, season.isEmpty() ? tr("Season report") : tr("Season report: %1").arg(season)) +
        paragraph(who.join(QStringLiteral(" · ")), QStringLiteral("subtitle")));
}

void SeasonReport::addSummary(ReportDocument &doc) const
{
    int sent = 0, received = 0, drafts = 0;
    for (const core::Communication &c : m_snapshot.communications) {
        if (c.state == core::CommState::Draft)
            ++drafts;
        else
            ++(c.direction == core::Direction::Outgoing ? sent : received);
    }
    int violations = 0, warnings = 0, pastViolations = 0, pastWarnings = 0;
    for (const core::Finding &f : m_findings) {
        if (isOpen(f))
            ++(f.severity == core::Severity::Violation ? violations : warnings);
        if (isGonePast(f))
            ++(f.severity == core::Severity::Violation ? pastViolations : pastWarnings);
    }
    int interviewed = 0, scheduled = 0;
    for (const core::Program &p : m_snapshot.programs) {
        if (!p.interviewDate.isValid())
            continue;
        ++(p.interviewDate <= m_now.date() ? interviewed : scheduled);
    }
    const auto daysLeft = [this](const QDate &d) {
        if (!d.isValid())
            return QStringLiteral("—");
        const qint64 days = m_now.date().daysTo(d);
        const QString when = days < 0    ? tr("passed")
                             : days == 0 ? tr("today")
                                         : tr("in %n days", nullptr, int(days));
        return esc(tr("%1 (%2)").arg(date(d), when));
    };

    FactList facts;
    facts.add(tr("As of"), esc(date(m_now, dates())));
    facts.add(tr("Programs"), esc(tr("%n programs", nullptr, int(m_snapshot.programs.size()))));
    facts.add(tr("Interviews"),
              esc(tr("%1 done, %2 still to come").arg(interviewed).arg(scheduled)));
    QString messages = tr("%1 sent, %2 received").arg(sent).arg(received);
    if (drafts > 0)
        messages += tr(", %n drafts", nullptr, drafts);
    facts.add(tr("Messages"), esc(messages));
    QString open = esc(tr("none"));
    if (violations + warnings > 0) {
        QStringList parts;
        if (violations)
            parts << coloured(esc(tr("%n violations", nullptr, violations)),
                              labels::severityColor(core::Severity::Violation).name());
        if (warnings)
            parts << coloured(esc(tr("%n warnings", nullptr, warnings)),
                              labels::severityColor(core::Severity::Warning).name());
        open = parts.join(QStringLiteral(", "));
    }
    facts.add(tr("Open findings"), open);
    if (pastViolations + pastWarnings > 0) {
        QStringList parts;
        if (pastViolations)
            parts << tr("%n violations", nullptr, pastViolations);
        if (pastWarnings)
            parts << tr("%n warnings", nullptr, pastWarnings);
        facts.add(tr("Gone past knowingly"),
                  esc(tr("%1, acknowledged").arg(parts.join(tr(" and ")))));
    }
    // Paper has no tooltips: an unconfirmed date says in full what to do.
    const auto milestone = [&](const QDate &d) {
        QString text = daysLeft(d);
        if (d.isValid() && !m_snapshot.season.datesConfirmed)
            text += esc(tr(", estimated — check the NRMP calendar"));
        return text;
    };
    facts.add(tr("Rank-list deadline"), milestone(m_snapshot.season.rankListDeadline));
    facts.add(tr("Match Day"), milestone(m_snapshot.season.matchDay));
    doc.addBlock(heading(2, tr("Summary")), true);
    doc.addBlock(facts.html());
}

void SeasonReport::addStatuses(ReportDocument &doc) const
{
    QHash<qint64, QPair<int, int>> traffic; // sent, received
    for (const core::Communication &c : m_snapshot.communications) {
        if (c.state == core::CommState::Sent)
            ++(c.direction == core::Direction::Outgoing ? traffic[c.programId].first
                                                        : traffic[c.programId].second);
    }
    QHash<qint64, QPair<int, int>> open; // violations, warnings
    for (const core::Finding &f : m_findings) {
        if (isOpen(f) && f.programId)
            ++(f.severity == core::Severity::Violation ? open[*f.programId].first
                                                       : open[*f.programId].second);
    }
    doc.addBlock(heading(2, tr("Programs by status")) +
                     paragraph(esc(tr("★ a preference signal was sent. Findings: the warnings and "
                                      "violations not gone past. Rank: your preference order.")),
                               QStringLiteral("note")),
                 true);
    for (const auto &[status, label] : labels::all<core::ProgramStatus>()) {
        QList<const core::Program *> programs;
        for (const core::Program &p : m_snapshot.programs) {
            if (p.status == status)
                programs << &p;
        }
        if (programs.isEmpty())
            continue;
        std::sort(programs.begin(), programs.end(), [](const auto *a, const auto *b) {
            const int ra = a->preferenceRank.value_or(INT_MAX);
            const int rb = b->preferenceRank.value_or(INT_MAX);
            return ra != rb ? ra < rb : a->name.localeAwareCompare(b->name) < 0;
        });
        Table table({tr("Program"), tr("Location"), tr("Interview"), tr("Sent / received"),
                     tr("Findings"), tr("Rank")},
                    {38, 17, 14, 12, 11, 8});
        for (const core::Program *p : programs) {
            QString name = esc(p->name);
            if (p->signalSent)
                name += QStringLiteral(" <span class=\"accent\">★</span>");
            const QString where =
                p->state.isEmpty() ? p->city : tr("%1, %2").arg(p->city, p->state);
            const auto t = traffic.value(p->id);
            const auto n = open.value(p->id);
            const QString findings =
                n.first + n.second == 0
                    ? QStringLiteral("—")
                    : coloured(QString::number(n.first + n.second),
                               labels::severityColor(n.first ? core::Severity::Violation
                                                             : core::Severity::Warning)
                                   .name());
            table.addRow(
                {name, esc(where), esc(date(p->interviewDate)),
                 QStringLiteral("%1 / %2").arg(t.first).arg(t.second), findings,
                 p->preferenceRank ? QString::number(*p->preferenceRank) : QStringLiteral("—")});
        }
        doc.addBlock(heading(3, tr("%1 · %2").arg(label).arg(programs.size())), true);
        doc.addTable(table);
    }
}

QStringList SeasonReport::findingBlocks(const QList<core::Finding> &findings) const
{
    QStringList rules;
    for (const core::Finding &f : findings) {
        if (!rules.contains(f.rule))
            rules << f.rule;
    }
    QStringList blocks;
    for (const QString &rule : rules) {
        QString html;
        QString guidance;
        for (const core::Finding &f : findings) {
            if (f.rule != rule)
                continue;
            QString line = severityTag(f) + QStringLiteral(" &nbsp;") + esc(f.message());
            QStringList about;
            if (const auto id = f.communicationId()) {
                if (const core::Communication *c = communication(*id))
                    about << tr("“%1”, %2")
                                 .arg(c->subject.isEmpty() ? tr("(no subject)") : c->subject,
                                      date(c->at, dates()));
            }
            if (f.acknowledged) {
                QString past =
                    f.acknowledgedAt.isValid()
                        ? tr("gone past knowingly on %1").arg(date(f.acknowledgedAt, dates()))
                        : tr("gone past knowingly");
                if (!f.acknowledgedReason.trimmed().isEmpty())
                    past += tr(": “%1”").arg(f.acknowledgedReason.trimmed());
                about << past;
            }
            if (!about.isEmpty())
                line += QStringLiteral(" <span class=\"small\">— %1</span>")
                            .arg(esc(about.join(QStringLiteral("; "))));
            html += paragraph(line, QStringLiteral("finding"));
            guidance = f.guidance;
        }
        if (!guidance.isEmpty())
            html += paragraph(esc(guidance), QStringLiteral("guidance"));
        blocks << html;
    }
    return blocks;
}

void SeasonReport::addFindings(ReportDocument &doc) const
{
    // Worst first: programs with violations, then by the number of findings.
    auto [ids, byProgram] = byProgramOf(m_findings, isOpen);
    if (ids.isEmpty()) {
        const bool anyPast = std::any_of(m_findings.cbegin(), m_findings.cend(), isGonePast);
        doc.addBlock(heading(2, tr("Open findings")), true);
        doc.addBlock(paragraph(esc(anyPast ? tr("No open warnings or violations; those you went "
                                                "past knowingly follow.")
                                           : tr("No warnings or violations: every message so "
                                                "far is within the limits."))));
        addAcknowledged(doc);
        return;
    }
    doc.addBlock(heading(2, tr("Open findings")) +
                     paragraph(esc(tr("Each with the guidance it rests on. Those you chose to go "
                                      "past follow, under “Gone past knowingly”.")),
                               QStringLiteral("note")),
                 true);
    const auto violations = [&byProgram](qint64 id) {
        const auto &list = byProgram[id];
        return std::count_if(list.begin(), list.end(), [](const core::Finding &f) {
            return f.severity == core::Severity::Violation;
        });
    };
    std::stable_sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        const auto va = violations(a), vb = violations(b);
        return va != vb ? va > vb : byProgram[a].size() > byProgram[b].size();
    });
    for (const qint64 id : ids) {
        doc.addBlock(heading(3, programName(id)), true);
        for (const QString &block : findingBlocks(byProgram[id]))
            doc.addBlock(block);
    }
    addAcknowledged(doc);
}

void SeasonReport::addAcknowledged(ReportDocument &doc) const
{
    auto [ids, byProgram] = byProgramOf(m_findings, isGonePast);
    if (ids.isEmpty())
        return;
    // A limit passed knowingly is still passed: the report says so.
    doc.addBlock(heading(2, tr("Gone past knowingly")) +
                     paragraph(esc(tr("Warnings and violations you chose to go past when you "
                                      "logged the message, with the date and your reason.")),
                               QStringLiteral("note")),
                 true);
    for (const qint64 id : ids) {
        doc.addBlock(heading(3, programName(id)), true);
        for (const QString &block : findingBlocks(byProgram[id]))
            doc.addBlock(block);
    }
}

void SeasonReport::addTopChoice(ReportDocument &doc) const
{
    const DashboardSummary summary =
        DashboardSummary::build(m_snapshot, m_findings, m_allowances, m_now);
    doc.addBlock(heading(2, tr("Top-choice letter")), true);
    if (summary.topChoices.isEmpty()) {
        doc.addBlock(paragraph(esc(tr("Not sent yet. Tell one program only, once, that it is "
                                      "your first choice, and mean it."))));
        return;
    }
    Table table({tr("Program"), tr("Sent"), tr("How")}, {50, 22, 28});
    for (const DashboardSummary::TopChoice &t : summary.topChoices) {
        QString how = esc(t.letterOfIntent ? tr("Letter of intent")
                                           : tr("A top-choice sentence in another message"));
        if (t.overLimit)
            how += QStringLiteral("<br>") +
                   coloured(esc(tr("one too many")),
                            labels::severityColor(core::Severity::Violation).name());
        table.addRow({esc(t.programName), esc(dateTime(t.at, dates())), how});
    }
    if (summary.topChoicesOverLimit() > 0)
        doc.addBlock(paragraph(coloured(esc(tr("More than one program was told it is your first "
                                               "choice.")),
                                        labels::severityColor(core::Severity::Violation).name())),
                     true);
    doc.addTable(table);
}

void SeasonReport::addLog(ReportDocument &doc) const
{
    QHash<qint64, const core::Finding *> worst;
    for (const core::Finding &f : m_findings) {
        if (f.severity == core::Severity::Info)
            continue;
        if (const auto id = f.communicationId()) {
            if (!worst.contains(*id) || core::moreSevere(f.severity, worst.value(*id)->severity))
                worst.insert(*id, &f);
        }
    }
    Table table({tr("Date"), tr("Program"), tr("Kind"), tr("Subject")}, {13, 37, 19, 31});
    const QString small = QStringLiteral("<br><span class=\"small\">%1</span>");
    for (const core::Communication &c : m_snapshot.communications) {
        QString when = esc(date(c.at, dates())) + small.arg(esc(dates().time(c.at)));
        QString program = esc(programName(c.programId));
        if (const QString who = contactName(c.contactId); !who.isEmpty())
            program += small.arg(esc(who));
        const QString way = c.direction == core::Direction::Outgoing ? tr("sent") : tr("received");
        QString kind =
            esc(labels::kind(c.kind)) +
            small.arg(esc(c.channel == core::Channel::Email
                              ? way
                              : tr("%1, %2").arg(way, labels::channel(c.channel).toLower())));
        QString subject = esc(c.subject.isEmpty() ? tr("(no subject)") : c.subject);
        if (c.state == core::CommState::Draft)
            subject += QStringLiteral(" <span class=\"small\">%1</span>").arg(esc(tr("draft")));
        if (worst.contains(c.id))
            subject += QStringLiteral("<br>") + severityTag(*worst.value(c.id));
        table.addRow({when, program, kind, subject},
                     c.state == core::CommState::Draft ? QStringLiteral("draft") : QString());
    }
    const int n = int(m_snapshot.communications.size());
    doc.newPage();
    doc.addBlock(heading(2, tr("Log")) +
                     paragraph(esc(tr("%n entries, in date order; drafts in grey.", nullptr, n)),
                               QStringLiteral("note")),
                 true);
    if (n > 0)
        doc.addTable(table);
}

} // namespace rapport::ui
