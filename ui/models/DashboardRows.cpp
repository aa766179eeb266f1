#include "DashboardRows.h"

#include "DateTimeText.h"
#include "Icons.h"
#include "Labels.h"

#include <QCoreApplication>

#include <algorithm>

namespace rapport::ui::dashboardRows {
namespace {

using core::Severity;

// lupdate files tr() here under the namespace's name.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("rapport::ui::dashboardRows", text, comment, n);
}

// The summary gives each moment in the season's zone already.
QString dateTime(const QDateTime &at)
{
    return DateTimeText(at.timeZone()).dateTime(at, DateTimeText::Context::Header);
}

// The row's title already names the program: say "the program" instead.
QString aboutProgram(QString message, const QString &programName)
{
    if (programName.isEmpty())
        return message;
    message.replace(programName, tr("the program"));
    if (!message.isEmpty())
        message[0] = message.at(0).toUpper();
    return message;
}

template <typename Item>
QList<DashboardRow> rowsOf(const QList<Item> &items, DashboardRow (*make)(const Item &))
{
    QList<DashboardRow> rows;
    rows.reserve(items.size());
    for (const Item &item : items)
        rows << make(item);
    return rows;
}

QString bulleted(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines)
        out << QStringLiteral("• ") + line;
    return out.join(QLatin1Char('\n'));
}

} // namespace

QString timeLeft(qint64 secondsLeft)
{
    const qint64 magnitude = secondsLeft < 0 ? -secondsLeft : secondsLeft;
    const int hours = static_cast<int>(magnitude / 3600);
    const int minutes = static_cast<int>((magnitude % 3600) / 60);
    if (secondsLeft >= 0) {
        return hours > 0 ? tr("due in %n h", nullptr, hours)
                         : tr("due in %n min", nullptr, std::max(minutes, 1));
    }
    return hours > 0 ? tr("overdue by %n h", nullptr, hours)
                     : tr("overdue by %n min", nullptr, std::max(minutes, 1));
}

QString daysLeft(qint64 days)
{
    if (days <= 0)
        return tr("today");
    if (days == 1)
        return tr("tomorrow");
    return tr("in %n days", nullptr, static_cast<int>(days));
}

QString shortDate(const QDate &date)
{
    return DateTimeText::forDates().date(date, DateTimeText::Context::Cell);
}

QString longDate(const QDate &date)
{
    return DateTimeText::forDates().date(date, DateTimeText::Context::Tooltip);
}

namespace {

QString violationsAndWarnings(int violations, int warnings)
{
    const QString v = tr("%n violations", nullptr, violations);
    const QString w = tr("%n warnings", nullptr, warnings);
    if (violations > 0 && warnings > 0)
        return tr("%1 and %2").arg(v, w);
    return violations > 0 ? v : w;
}

} // namespace

QString overview(const DashboardSummary &summary)
{
    QStringList parts;
    if (!summary.seasonName.isEmpty())
        parts << summary.seasonName;
    parts << tr("%n programs", nullptr, summary.programCount);
    const int violations = summary.openViolations();
    const int warnings = summary.openWarnings();
    const int pastViolations = summary.acknowledgedCount(Severity::Violation);
    const int pastWarnings = summary.acknowledgedCount(Severity::Warning);
    // A limit passed knowingly is still passed: never "no warnings" then.
    QString findings = violations + warnings == 0
                           ? (pastViolations + pastWarnings == 0 ? tr("no warnings or violations")
                                                                 : tr("none open"))
                           : tr("%1 open").arg(violationsAndWarnings(violations, warnings));
    if (pastViolations + pastWarnings > 0)
        findings +=
            tr(", %1 gone past knowingly").arg(violationsAndWarnings(pastViolations, pastWarnings));
    parts << findings;
    const int attention = static_cast<int>(summary.thankYous.size() + summary.flagged.size()) +
                          summary.topChoicesOverLimit();
    parts << (attention == 0 ? tr("nothing urgent")
                             : tr("%n things need your attention", nullptr, attention));
    return parts.join(QStringLiteral("  ·  "));
}

QString findingsEmptyText(const DashboardSummary &summary)
{
    const int past = static_cast<int>(summary.acknowledged.size());
    if (past == 0)
        return tr("No violations or warnings. Every message so far is within the limits.");
    return tr("No open violations or warnings. %n you went past knowingly "
              "are listed under “Gone past knowingly”.",
              nullptr, past);
}

DashboardRow thankYou(const DashboardSummary::ThankYouDue &t)
{
    DashboardRow row;
    row.title = t.programName;
    row.subtitle =
        tr("Interview %1 · window closes %2").arg(dateTime(t.interviewAt), dateTime(t.due));
    row.trailing = timeLeft(t.secondsLeft);
    row.trailingColor =
        labels::severityColor(t.secondsLeft < 0                   ? Severity::Violation
                              : t.secondsLeft < qint64(24) * 3600 ? Severity::Warning
                                                                  : Severity::Info);
    row.icon = themeIcon(QStringLiteral("mail-message-new"));
    row.action = tr("Write thank-you");
    row.toolTip = tr("Thank the people you met within %n hours of the interview: notes to "
                     "different interviewers count as one round.",
                     nullptr, t.windowHours);
    row.programId = t.programId;
    return row;
}

QList<DashboardRow> thankYous(const DashboardSummary &summary)
{
    return rowsOf(summary.thankYous, thankYou);
}

DashboardRow programFindings(const DashboardSummary::ProgramFindings &f)
{
    DashboardRow row;
    row.title = f.programId ? f.programName : tr("Whole season");
    const QStringList messages = f.messages();
    row.subtitle = aboutProgram(messages.value(0), f.programName);
    if (messages.size() > 1)
        row.subtitle += tr(" (and %n more)", nullptr, static_cast<int>(messages.size() - 1));
    if (f.violations > 0)
        row.badges << DashboardBadge{tr("%n violations", nullptr, f.violations),
                                     labels::severityColor(Severity::Violation)};
    if (f.warnings > 0)
        row.badges << DashboardBadge{tr("%n warnings", nullptr, f.warnings),
                                     labels::severityColor(Severity::Warning)};
    row.icon = severityIcon(f.violations > 0 ? Severity::Violation : Severity::Warning);
    row.toolTip = bulleted(messages);
    row.programId = f.programId;
    return row;
}

QList<DashboardRow> findings(const DashboardSummary &summary)
{
    return rowsOf(summary.findings, programFindings);
}

DashboardRow acknowledgement(const DashboardSummary::Acknowledged &a)
{
    DashboardRow row;
    row.title = a.programId ? a.programName : tr("Whole season");
    // The user's own reason first: short, and what they will want to recall.
    const QString message = aboutProgram(a.message, a.programName);
    row.subtitle = a.reason.isEmpty() ? message : tr("“%1” · %2").arg(a.reason, message);
    row.badges << DashboardBadge{labels::severity(a.severity).toLower(),
                                 labels::severityColor(a.severity)};
    // Stored in UTC: the summary gives it in the season's zone.
    const QDateTime &at = a.acknowledgedAt;
    row.trailing = DateTimeText(at.timeZone()).date(at, DateTimeText::Context::Compact);
    row.icon = themeIcon(QStringLiteral("flag"));
    QStringList tip{a.message};
    tip << (at.isValid() ? tr("You chose to go past it on %1.").arg(dateTime(at))
                         : tr("You chose to go past it."));
    tip << (a.reason.isEmpty() ? tr("No reason given.") : tr("Your reason: %1").arg(a.reason));
    row.toolTip = tip.join(QLatin1Char('\n'));
    row.programId = a.programId;
    row.communicationId = a.communicationId;
    return row;
}

QList<DashboardRow> acknowledged(const DashboardSummary &summary)
{
    return rowsOf(summary.acknowledged, acknowledgement);
}

DashboardRow flaggedMessage(const DashboardSummary::FlaggedMessage &m)
{
    DashboardRow row;
    row.title = m.programName;
    row.subtitle = aboutProgram(m.messages.value(0), m.programName);
    row.trailing = DateTimeText(m.at.timeZone()).date(m.at, DateTimeText::Context::Compact);
    row.icon = severityIcon(m.worst);
    row.action = tr("Reply safely");
    QString from =
        m.contactName.isEmpty() ? QString() : tr("From %1").arg(m.contactName) + QLatin1Char('\n');
    row.toolTip = tr("“%1”").arg(m.subject) + QLatin1Char('\n') + from + dateTime(m.at) +
                  QStringLiteral("\n\n") + bulleted(m.messages);
    row.programId = m.programId;
    row.contactId = m.contactId;
    row.communicationId = m.communicationId;
    return row;
}

QList<DashboardRow> flagged(const DashboardSummary &summary)
{
    return rowsOf(summary.flagged, flaggedMessage);
}

DashboardRow topChoice(const DashboardSummary::TopChoice &t)
{
    DashboardRow row;
    row.title = t.programName;
    row.subtitle =
        (t.letterOfIntent ? tr("Letter of intent, sent %1") : tr("Top-choice sentence, sent %1"))
            .arg(shortDate(t.at.date()));
    row.icon = themeIcon(QStringLiteral("starred"));
    if (t.overLimit) {
        row.trailing = tr("one too many");
        row.trailingColor = labels::severityColor(Severity::Violation);
    }
    row.programId = t.programId;
    row.communicationId = t.communicationId;
    return row;
}

QList<DashboardRow> topChoices(const DashboardSummary &summary)
{
    return rowsOf(summary.topChoices, topChoice);
}

QList<DashboardRow> statuses(const DashboardSummary &summary)
{
    int most = 0;
    for (const auto &s : summary.statuses)
        most = std::max(most, s.count);
    QList<DashboardRow> rows;
    for (const auto &s : summary.statuses) {
        if (s.count == 0)
            continue;
        DashboardRow row;
        row.title = labels::status(s.status);
        row.trailing = QString::number(s.count);
        row.bar = most > 0 ? double(s.count) / most : 0.0;
        row.toolTip = tr("%n programs", nullptr, s.count);
        rows << row;
    }
    return rows;
}

DashboardRow milestone(const DashboardSummary::Milestone &m)
{
    using Type = DashboardSummary::Milestone::Type;
    DashboardRow row;
    switch (m.type) {
    case Type::RankListDeadline: row.title = tr("Rank-list deadline"); break;
    case Type::MatchDay: row.title = tr("Match Day"); break;
    case Type::Interview: row.title = m.programName; break;
    }
    row.subtitle =
        m.type == Type::Interview ? tr("Interview · %1").arg(longDate(m.date)) : longDate(m.date);
    if (m.estimated) {
        row.subtitle = tr("%1 (estimated)").arg(row.subtitle);
        row.toolTip = tr("Estimated date — check the NRMP calendar, then confirm it in "
                         "Settings › Season.");
    }
    row.trailing = daysLeft(m.daysLeft);
    if (m.daysLeft <= 7)
        row.trailingColor = labels::severityColor(Severity::Warning);
    row.icon = themeIcon(QStringLiteral("view-calendar"));
    row.programId = m.programId;
    return row;
}

QList<DashboardRow> comingUp(const DashboardSummary &summary)
{
    return rowsOf(summary.comingUp, milestone);
}

} // namespace rapport::ui::dashboardRows
