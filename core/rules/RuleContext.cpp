#include "RuleContext.h"

#include "rules/RuleText.h"

#include <QTimeZone>

namespace rapport::core {

Finding makeFinding(const RuleContext &ctx, const Subject &s, const QString &rule,
                    const QString &level, const QString &message, const QList<qint64> &related)
{
    Finding f = makeFinding(ctx, s.program.program->id, rule, level, message);
    if (!s.entry.isDraft)
        f.communicationIds = QList<qint64>{s.entry.id} + related;
    return f;
}

Finding makeWordingFinding(const RuleContext &ctx, const Subject &s, const WordingHit &hit,
                           const QString &message)
{
    Finding f = makeFinding(ctx, s, hit.rule, QStringLiteral("severity"), message);
    const auto &sentence = s.entry.wording->sentences.at(hit.sentence);
    Finding::Wording w{sentence.text, sentence.span, {}, hit.detectedBy()};
    for (const WordingHit &other : s.entry.wording->hits) {
        if (other.rule == hit.rule && other.sentence != hit.sentence)
            w.moreSpans << s.entry.wording->sentences.at(other.sentence).span;
    }
    f.wording = std::make_shared<const Finding::Wording>(std::move(w));
    return f;
}

Finding makeFinding(const RuleContext &ctx, std::optional<qint64> programId, const QString &rule,
                    const QString &level, const QString &message)
{
    Finding f;
    f.rule = rule;
    f.severity = ctx.data.severity(rule, level);
    f.setMessage(message);
    f.guidance = ctx.data.guidance(rule);
    f.programId = programId;
    return f;
}

int quotaLimit(const RuleContext &ctx, qint64 programId, const QString &rule, const QString &key)
{
    const QString quota = ctx.data.text(rule, QStringLiteral("quota"));
    const QuotaLimit limit = ctx.snapshot.quota.effective(programId, quota);
    const std::optional<int> stored =
        key == QLatin1String("recommended") ? limit.recommended : limit.maximum;
    return stored.value_or(ctx.data.number(rule, key, 0));
}

std::optional<int> interviewPhase(const Program &program, const QDateTime &at)
{
    if (!program.interviewDate.isValid())
        return std::nullopt;
    if (!program.interviewTime.isValid()) {
        const QDate day = at.toTimeZone(QTimeZone(program.interviewOffsetSecs)).date();
        return day < program.interviewDate ? -1 : day > program.interviewDate ? 1 : 0;
    }
    return at < program.interviewAt() ? -1 : 1;
}

QString daysBetween(const QDateTime &from, const QDateTime &to)
{
    const qint64 secs = from.secsTo(to);
    if (secs < 86400) {
        const qint64 hours = secs / 3600;
        return RuleText::tr("%1 h").arg(hours);
    }
    const qint64 days = secs / 86400;
    return RuleText::tr("%n days", nullptr, int(days));
}

} // namespace rapport::core
