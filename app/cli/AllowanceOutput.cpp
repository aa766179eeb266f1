#include "AllowanceOutput.h"

#include "rules/RuleEngine.h"
#include "rules/RuleText.h"

#include <QJsonArray>

namespace rapport::cli {
namespace {

QString quotaTitle(core::Quota q)
{
    switch (q) {
    case core::Quota::PreInterview: return QStringLiteral("Pre-interview");
    case core::Quota::ThankYou: return QStringLiteral("Thank-you");
    case core::Quota::PostInterview: return QStringLiteral("Post-interview");
    case core::Quota::TopChoice: return QStringLiteral("Top choice");
    }
    return {};
}

QString availabilityText(const core::KindAllowance &k)
{
    QString when;
    switch (k.availability) {
    case core::Availability::Now: when = QStringLiteral("now"); break;
    case core::Availability::Later:
        when = k.from.isValid() ? QStringLiteral("from %1").arg(momentText(k.from))
                                : QStringLiteral("later");
        break;
    case core::Availability::Never: when = QStringLiteral("never"); break;
    }
    return k.reason.isEmpty() ? when : QStringLiteral("%1 - %2").arg(when, k.reason);
}

// The first column of the text block: a label padded to one width.
QString cell(const QString &label)
{
    return QStringLiteral("  %1").arg(label, -17);
}

QString topChoiceText(const core::ProgramAllowance &a, const core::RuleEngine &engine)
{
    const core::Allowances &all = engine.allowances();
    const auto holder = all.topChoiceHolder();
    if (a.toldTopChoice) {
        const QString told = QStringLiteral("yes, on %1 by %2")
                                 .arg(momentText(a.topChoiceAt), toldBy(engine, a.topChoiceId));
        if (a.holdsTopChoice)
            return told + QStringLiteral("; holds the season's top choice");
        return told + QStringLiteral("; %1 (program %2) was told first")
                          .arg(programName(engine, holder.value_or(0)))
                          .arg(holder.value_or(0));
    }
    if (!holder)
        return QStringLiteral("no; no program told yet");
    return QStringLiteral("no; held by %1 (program %2)")
        .arg(programName(engine, *holder))
        .arg(*holder);
}

} // namespace

const core::Communication *findCommunication(const core::SeasonSnapshot &s, qint64 id)
{
    for (const core::Communication &c : s.communications) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QJsonValue momentToJson(const QDateTime &at)
{
    if (!at.isValid())
        return QJsonValue(QJsonValue::Null);
    // The explicit offset keeps a local-time moment unambiguous.
    return at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate);
}

QString momentText(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonObject kindToJson(const core::KindAllowance &k)
{
    QJsonArray counted;
    for (const core::CountedMessage &c : k.counted)
        counted.append(c.id);
    return {{QStringLiteral("used"), k.used},
            {QStringLiteral("recommended"), k.recommended},
            {QStringLiteral("maximum"), k.maximum},
            {QStringLiteral("left"), k.left()},
            {QStringLiteral("counted"), counted},
            {QStringLiteral("availability"), core::toString(k.availability)},
            {QStringLiteral("next_allowed"), k.availability == core::Availability::Now
                                                 ? QJsonValue(QJsonValue::Null)
                                                 : momentToJson(k.from)},
            {QStringLiteral("reason"), k.reason}};
}

QJsonObject nextToJson(const core::NextStep &n)
{
    return {{QStringLiteral("type"), core::toString(n.type)},
            {QStringLiteral("quota"),
             n.quota ? QJsonValue(core::quotaName(*n.quota)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("at"), momentToJson(n.at)},
            {QStringLiteral("label"), n.label},
            {QStringLiteral("text"), n.text}};
}

QJsonObject allowanceToJson(const core::ProgramAllowance &a, const core::Allowances &all)
{
    QJsonObject o;
    for (core::Quota q : core::kAllQuotas)
        o.insert(core::quotaName(q), kindToJson(a[q]));
    QJsonObject top = kindToJson(a[core::Quota::TopChoice]);
    top.insert(QStringLiteral("told"), a.toldTopChoice);
    top.insert(QStringLiteral("told_at"), momentToJson(a.topChoiceAt));
    top.insert(QStringLiteral("holder"), a.holdsTopChoice);
    const auto holder = all.topChoiceHolder();
    top.insert(QStringLiteral("holder_program_id"),
               holder ? QJsonValue(*holder) : QJsonValue(QJsonValue::Null));
    o.insert(core::quotaName(core::Quota::TopChoice), top);
    o.insert(QStringLiteral("thank_you_due"),
             a.thankYouDue ? momentToJson(*a.thankYouDue) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("gap_until"), momentToJson(a.gapUntil));
    o.insert(QStringLiteral("next"), nextToJson(a.next));
    return o;
}

QString toldBy(const core::RuleEngine &engine, qint64 communicationId)
{
    const core::Communication *c = findCommunication(engine.snapshot(), communicationId);
    if (!c)
        return QStringLiteral("entry %1").arg(communicationId);
    const QString kind = core::RuleText::kind(c->kind);
    if (engine.data().kinds(core::quotaRule(core::Quota::TopChoice)).contains(c->kind))
        return QStringLiteral("a %1 (entry %2)").arg(kind).arg(c->id);
    return QStringLiteral("a sentence in a %1 (entry %2)").arg(kind).arg(c->id);
}

QString programName(const core::RuleEngine &engine, qint64 programId)
{
    for (const core::Program &p : engine.snapshot().programs) {
        if (p.id == programId)
            return p.name;
    }
    return QStringLiteral("program %1").arg(programId);
}

void printAllowanceText(QTextStream &out, const core::ProgramAllowance &a,
                        const core::RuleEngine &engine)
{
    out << "Allowance (as of " << momentText(engine.allowances().computedAt()) << ")\n";
    for (core::Quota q : core::kAllQuotas) {
        const core::KindAllowance &k = a[q];
        out << cell(quotaTitle(q)) << k.used << "/" << k.maximum << " used";
        if (q == core::Quota::TopChoice)
            out << " this season";
        out << ", " << k.left() << " left";
        if (k.recommended < k.maximum)
            out << ", " << k.recommended << " recommended";
        out << "\n" << cell(QString()) << "next: " << availabilityText(k) << "\n";
    }
    out << cell(QStringLiteral("Thank-you due"))
        << (a.thankYouDue ? QStringLiteral("by %1").arg(momentText(*a.thankYouDue))
                          : QStringLiteral("nothing due"))
        << "\n";
    out << cell(QStringLiteral("Top choice told")) << topChoiceText(a, engine) << "\n";
    out << cell(QStringLiteral("Next step")) << core::toString(a.next.type) << " - " << a.next.text
        << "\n";
}

} // namespace rapport::cli
