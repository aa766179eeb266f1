#pragma once

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
class PhraseMatcher final
{
public:
    explicit PhraseMatcher(const RuleData &data);

    // The first "phrases" match of ruleId in normalised text whose sentence
    // no "exceptions" pattern of the same rule matches. Exceptions work per
    // sentence because negation and hedging ("one of my top choices", "we
    // will never ask you to …") sit near, not on, the phrase they cancel.
    std::optional<PhraseHit> find(const QString &ruleId, const QString &normalized) const;

    // Whether any pattern of the list ruleId.key matches text.
    bool matchesAny(const QString &ruleId, const QString &key, const QString &text) const;
    QRegularExpressionMatch firstMatch(const QString &ruleId, const QString &key,
                                       const QString &text) const;

private:
    bool sentenceExcepted(const QList<QRegularExpression> &exceptions, const QString &text,
                          qsizetype start, qsizetype end) const;

    // rule id -> list key -> compiled patterns
    QHash<QString, QHash<QString, QList<QRegularExpression>>> m_lists;
};

} // namespace rapport::core
