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

QRegularExpression::MatchOptions matchOptions(bool validUtf16)
{
    return validUtf16 ? QRegularExpression::DontCheckSubjectStringMatchOption
                      : QRegularExpression::NoMatchOption;
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
            Patterns &list = m_lists[id][key];
            for (const QString &pattern : patterns) {
                QRegularExpression re(pattern, options);
                if (!re.isValid())
                    continue; // RuleData rejects these on load; be safe anyway.
                re.optimize();
                Pattern p{re, {}};
                for (const LiteralClause &clause : requiredLiterals(pattern)) {
                    std::vector<int> ids;
                    for (const QString &literal : clause)
                        ids.push_back(m_literals.add(literal));
                    p.needs.clauses.push_back(std::move(ids));
                }
                list << p;
            }
        }
    }
    m_literals.build();
}

PhraseMatcher::Scan PhraseMatcher::scan(QStringView text) const
{
    LiteralScanner::Hits hits = m_literals.scan(text);
    const bool valid = !hits.surrogates || text.isValidUtf16();
    return Scan{std::move(hits), valid};
}

const PhraseMatcher::Patterns *PhraseMatcher::list(const QString &ruleId, const QString &key) const
{
    const auto rule = m_lists.constFind(ruleId);
    if (rule == m_lists.constEnd())
        return nullptr;
    const auto list = rule->constFind(key);
    return list == rule->constEnd() ? nullptr : &*list;
}

std::optional<PhraseHit> PhraseMatcher::find(const QString &ruleId, const QString &normalized) const
{
    if (!list(ruleId, QStringLiteral("phrases")))
        return std::nullopt;
    return find(ruleId, normalized, scan(normalized));
}

std::optional<PhraseHit> PhraseMatcher::find(const QString &ruleId, const QString &normalized,
                                             const Scan &scan) const
{
    const Patterns *phrases = list(ruleId, QStringLiteral("phrases"));
    if (!phrases)
        return std::nullopt;
    static const Patterns none;
    const Patterns *exceptions = list(ruleId, QStringLiteral("exceptions"));
    if (!exceptions)
        exceptions = &none;
    std::optional<PhraseHit> best;
    for (const Pattern &p : *phrases) {
        if (!p.needs.satisfiedBy(scan.hits))
            continue; // cannot match: a literal it needs is missing
        auto it = p.re.globalMatch(normalized, 0, QRegularExpression::NormalMatch,
                                   matchOptions(scan.validUtf16));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() == 0)
                continue;
            if (sentenceExcepted(*exceptions, scan, normalized, m.capturedStart(), m.capturedEnd()))
                continue;
            // Report the earliest hit so the message quotes what a reader sees first.
            if (!best || m.capturedStart() < best->start)
                best = PhraseHit{snippet(m.captured()), m.capturedStart()};
            break;
        }
    }
    return best;
}

bool PhraseMatcher::sentenceExcepted(const Patterns &exceptions, const Scan &scan,
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
    for (const Pattern &p : exceptions) {
        // The sentence is part of the text: what the text lacks, it lacks.
        if (p.needs.satisfiedBy(scan.hits) && p.re.match(sentence).hasMatch())
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
    const Patterns *patterns = list(ruleId, key);
    if (!patterns)
        return {};
    const Scan s = scan(text);
    for (const Pattern &p : *patterns) {
        if (!p.needs.satisfiedBy(s.hits))
            continue;
        QRegularExpressionMatch m =
            p.re.match(text, 0, QRegularExpression::NormalMatch, matchOptions(s.validUtf16));
        if (m.hasMatch())
            return m;
    }
    return {};
}

} // namespace rapport::core
