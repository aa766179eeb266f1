#include "Commands.h"
#include "Context.h"

#include "rules/RuleEngine.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace rapport::cli {
namespace {

struct Summary
{
    QMap<QString, int> programsByStatus;
    int outgoing = 0;
    int incoming = 0;
    int drafts = 0;
    QMap<core::Severity, int> openBySeverity;
    int acknowledged = 0;
    QList<QPair<QString, QDateTime>> topChoice; // program, when
    QList<core::Reminder> reminders;
    QList<QPair<QString, int>> attention; // program, open warnings + violations
};

Summary summarise(const core::RuleEngine &engine)
{
    const core::SeasonSnapshot &s = engine.snapshot();
    Summary sum;
    QHash<qint64, QString> names;
    for (const core::Program &p : s.programs) {
        sum.programsByStatus[core::toString(p.status)] += 1;
        names.insert(p.id, p.name);
    }
    for (const core::Communication &c : s.communications) {
        if (c.state == core::CommState::Draft)
            ++sum.drafts;
        else if (c.direction == core::Direction::Outgoing)
            ++sum.outgoing;
        else
            ++sum.incoming;
        if (c.state == core::CommState::Sent && c.direction == core::Direction::Outgoing &&
            c.kind == core::Kind::LetterOfIntent)
            sum.topChoice.append({names.value(c.programId), c.at});
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
    sum.reminders = engine.reminders();
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

} // namespace

void runStats(Context &ctx, const QStringList &words)
{
    Args::parse(words, options({}), QStringLiteral("stats"));
    core::RuleEngine &engine = ctx.engine();
    const Summary sum = summarise(engine);
    const core::SeasonSnapshot &s = engine.snapshot();
    const QDateTime now = ctx.clock().now();

    if (ctx.json()) {
        QJsonObject status;
        for (auto it = sum.programsByStatus.cbegin(); it != sum.programsByStatus.cend(); ++it)
            status.insert(it.key(), it.value());
        QJsonArray top;
        for (const auto &[name, at] : sum.topChoice)
            top.append(QJsonObject{{QStringLiteral("program"), name},
                                   {QStringLiteral("at"), at.toString(Qt::ISODate)}});
        QJsonArray reminders;
        for (const core::Reminder &r : sum.reminders)
            reminders.append(QJsonObject{{QStringLiteral("id"), r.id},
                                         {QStringLiteral("title"), r.title},
                                         {QStringLiteral("due"), r.due.toString(Qt::ISODate)}});
        QJsonObject findings;
        for (core::Severity sev :
             {core::Severity::Info, core::Severity::Warning, core::Severity::Violation})
            findings.insert(core::toString(sev), sum.openBySeverity.value(sev));
        findings.insert(QStringLiteral("acknowledged"), sum.acknowledged);
        ctx.printJson(
            {{QStringLiteral("season"), s.season.name},
             {QStringLiteral("programs"), static_cast<int>(s.programs.size())},
             {QStringLiteral("programs_by_status"), status},
             {QStringLiteral("communications"), static_cast<int>(s.communications.size())},
             {QStringLiteral("outgoing"), sum.outgoing},
             {QStringLiteral("incoming"), sum.incoming},
             {QStringLiteral("drafts"), sum.drafts},
             {QStringLiteral("findings"), findings},
             {QStringLiteral("top_choice_letters"), top},
             {QStringLiteral("reminders"), reminders}});
        return;
    }

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
    out << "Top-choice letter: ";
    if (sum.topChoice.isEmpty())
        out << "none sent\n";
    for (int i = 0; i < sum.topChoice.size(); ++i)
        out << (i ? "                   " : "") << sum.topChoice[i].first << " on "
            << sum.topChoice[i].second.date().toString(Qt::ISODate)
            << (sum.topChoice.size() > 1 ? "  <- more than one program\n" : "\n");

    out << "\nDue and coming:\n";
    if (sum.reminders.isEmpty())
        out << "  nothing due\n";
    for (const core::Reminder &r : sum.reminders)
        out << "  " << r.due.date().toString(Qt::ISODate) << "  " << r.title << "  ("
            << dueText(r.due, now) << ")\n";

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
