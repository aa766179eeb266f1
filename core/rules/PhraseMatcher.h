#pragma once

#include "rules/LiteralFilter.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace rapport::core {

class RuleData;

// Where a phrase rule matched, in normalised text.
struct PhraseHit
{
    QString text;
    qsizetype start = 0;
};

// Every regex list of the rule data, compiled once (PCRE2 JIT) when an
// engine is built, so a keystroke costs only the matching itself.
//
// Each pattern also knows the literals a match must contain (LiteralFilter):
// one pass over a text finds which of them it holds, and a pattern whose
// literals are missing is not run at all. Most patterns of most messages
// are settled that way, which is what keeps checking a season's thousands
// of bodies against some hundred patterns cheap.
class PhraseMatcher final
{
public:
    explicit PhraseMatcher(const RuleData &data);

    // A text prepared once for any number of rules: which required
    // literals it holds, and whether it is valid UTF-16 (PCRE2 then skips
    // re-checking it for every pattern).
    struct Scan
    {
        LiteralScanner::Hits hits;
        bool validUtf16 = false;
    };
    Scan scan(QStringView text) const;

    // The first "phrases" match of ruleId in normalised text whose sentence
    // no "exceptions" pattern of the same rule matches. Exceptions work per
    // sentence because negation and hedging ("one of my top choices", "we
    // will never ask you to …") sit near, not on, the phrase they cancel.
    std::optional<PhraseHit> find(const QString &ruleId, const QString &normalized) const;
    // The same, with the text's scan(): for several rules over one text.
    std::optional<PhraseHit> find(const QString &ruleId, const QString &normalized,
                                  const Scan &scan) const;

    // Whether any pattern of the list ruleId.key matches text.
    bool matchesAny(const QString &ruleId, const QString &key, const QString &text) const;
    QRegularExpressionMatch firstMatch(const QString &ruleId, const QString &key,
                                       const QString &text) const;

private:
    struct Pattern
    {
        QRegularExpression re;
        LiteralRequirement needs; // literals any match contains
    };
    using Patterns = QList<Pattern>;

    const Patterns *list(const QString &ruleId, const QString &key) const;
    bool sentenceExcepted(const Patterns &exceptions, const Scan &scan, const QString &text,
                          qsizetype start, qsizetype end) const;

    // rule id -> list key -> compiled patterns
    QHash<QString, QHash<QString, Patterns>> m_lists;
    LiteralScanner m_literals;
};

} // namespace rapport::core
