#include "PhraseMatcher.h"

#include "rules/RuleData.h"

namespace rapport::core {
namespace {

bool isSentenceEnd(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
           c == QLatin1Char(';');
}

QString snippet(const QString &text)
{
    constexpr qsizetype kMax = 80;
    return text.size() <= kMax ? text : text.left(kMax - 1) + QChar(0x2026);
}

} // namespace

PhraseMatcher::PhraseMatcher(const RuleData &data)
{
    // Case-insensitive although the text is lower-cased: a user who types
    // "Dear" into a settings list should not be silently ignored.
    const auto options =
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    for (const QString &id : data.ruleIds()) {
        for (const QString &key : RuleData::regexKeys()) {
            const QStringList patterns = data.phrases(id, key);
            if (patterns.isEmpty())
                continue;
            QList<QRegularExpression> &list = m_lists[id][key];
            for (const QString &pattern : patterns) {
                QRegularExpression re(pattern, options);
                if (!re.isValid())
                    continue; // RuleData rejects these on load; be safe anyway.
                re.optimize();
                list << re;
            }
        }
    }
}

std::optional<PhraseHit> PhraseMatcher::find(const QString &ruleId, const QString &normalized) const
{
    const auto rule = m_lists.constFind(ruleId);
    if (rule == m_lists.constEnd())
        return std::nullopt;
    const QList<QRegularExpression> phrases = rule->value(QStringLiteral("phrases"));
    const QList<QRegularExpression> exceptions = rule->value(QStringLiteral("exceptions"));
    std::optional<PhraseHit> best;
    for (const QRegularExpression &re : phrases) {
        auto it = re.globalMatch(normalized);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() == 0)
                continue;
            if (sentenceExcepted(exceptions, normalized, m.capturedStart(), m.capturedEnd()))
                continue;
            // Report the earliest hit so the message quotes what a reader sees first.
            if (!best || m.capturedStart() < best->start)
                best = PhraseHit{snippet(m.captured()), m.capturedStart()};
            break;
        }
    }
    return best;
}

bool PhraseMatcher::sentenceExcepted(const QList<QRegularExpression> &exceptions,
                                     const QString &text, qsizetype start, qsizetype end) const
{
    if (exceptions.isEmpty())
        return false;
    qsizetype from = start;
    while (from > 0 && !isSentenceEnd(text.at(from - 1)))
        --from;
    qsizetype to = end;
    while (to < text.size() && !isSentenceEnd(text.at(to)))
        ++to;
    const QString sentence = text.mid(from, to - from);
    for (const QRegularExpression &re : exceptions) {
        if (re.match(sentence).hasMatch())
            return true;
    }
    return false;
}

bool PhraseMatcher::matchesAny(const QString &ruleId, const QString &key, const QString &text) const
{
    return firstMatch(ruleId, key, text).hasMatch();
}

QRegularExpressionMatch PhraseMatcher::firstMatch(const QString &ruleId, const QString &key,
                                                  const QString &text) const
{
    const auto rule = m_lists.constFind(ruleId);
    if (rule == m_lists.constEnd())
        return {};
    const auto list = rule->constFind(key);
    if (list == rule->constEnd())
        return {};
    for (const QRegularExpression &re : *list) {
        QRegularExpressionMatch m = re.match(text);
        if (m.hasMatch())
            return m;
    }
    return {};
}

} // namespace rapport::core
