#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

#include <vector>

namespace rapport::core {

// What a text must contain for a regular expression to match it: every
// clause is a list of lower-case ASCII strings of which at least one occurs
// in any text the expression matches (case-insensitively). No clauses:
// nothing is known, the expression has to run.
//
// Worked out from the pattern itself, conservatively: a literal counts only
// where the match cannot avoid it (not under ?, * or {0,…}, not in a
// lookaround, every branch of an alternation contributing one), and a
// construct the reader does not know (backreferences, inline options,
// \Q…\E, \x…, verbs) makes the whole pattern "nothing known".
// Clauses that a word of one or two letters satisfies ("my", "i ") are
// left out: nearly every text holds them.
using LiteralClause = QStringList;
QList<LiteralClause> requiredLiterals(const QString &pattern);

// Which of a set of literals occur in a text, found in one pass over it
// (Aho-Corasick over ASCII, case-insensitive like the phrase patterns).
class LiteralScanner final
{
public:
    // The literals found in one text, by id; `all` when the text has a
    // character that caseless matching equates with an ASCII letter (the
    // long s, the Kelvin sign), where a plain scan could miss a match.
    struct Hits
    {
        QVarLengthArray<quint64, 16> bits; // in place for up to 1,024 literals
        bool all = false;
        bool surrogates = false; // the text may have UTF-16 surrogates

        bool has(int id) const
        {
            if (all)
                return true;
            const auto word = static_cast<std::size_t>(id) / 64;
            return word < static_cast<std::size_t>(bits.size()) &&
                   (bits[static_cast<qsizetype>(word)] >> (static_cast<unsigned>(id) % 64) & 1u);
        }
    };

    // The id of a literal (lower-case ASCII). Only its first kPrefix
    // characters are looked for: a text holding the literal holds them too,
    // and short prefixes keep the automaton small enough to stay in cache.
    // Literals with the same prefix share an id.
    int add(const QString &literal);
    static constexpr qsizetype kPrefix = 6;
    // Builds the automaton; call after the last add().
    void build();

    Hits scan(QStringView text) const;

private:
    template <typename State> Hits scan(QStringView text, const std::vector<State> &next) const;

    QHash<QString, int> m_ids;
    QStringList m_literals;
    std::vector<quint8> m_class; // ASCII code -> character class (0: in no literal)
    int m_classes = 1;           // number of classes, including 0
    // state * m_classes + class -> next state, its top bit set when that
    // state ends some literal; 16 bits wide while the states fit.
    std::vector<quint16> m_next16;
    std::vector<quint32> m_next32;
    // The literals ending at each state: m_foundIds[m_foundFrom[s] .. m_foundFrom[s + 1]).
    std::vector<quint32> m_foundFrom;
    std::vector<quint32> m_foundIds;
};

// A compiled requirement: the clauses as literal ids of one scanner.
struct LiteralRequirement
{
    std::vector<std::vector<int>> clauses;

    bool satisfiedBy(const LiteralScanner::Hits &hits) const
    {
        if (hits.all)
            return true;
        for (const std::vector<int> &clause : clauses) {
            bool any = false;
            for (const int id : clause) {
                if (hits.has(id)) {
                    any = true;
                    break;
                }
            }
            if (!any)
                return false;
        }
        return true;
    }
};

} // namespace rapport::core
