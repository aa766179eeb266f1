#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

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
        std::vector<quint64> bits;
        bool all = false;
        bool surrogates = false; // the text may have UTF-16 surrogates

        bool has(int id) const
        {
            if (all)
                return true;
            const auto word = static_cast<std::size_t>(id) / 64;
            return word < bits.size() && (bits[word] >> (static_cast<unsigned>(id) % 64) & 1u);
        }
    };

    // The id of a literal (lower-case ASCII), the same for the same text.
    int add(const QString &literal);
    // Builds the automaton; call after the last add().
    void build();

    Hits scan(QStringView text) const;

private:
    static constexpr quint32 kEnds = 0x80000000u; // the target state ends a literal

    QHash<QString, int> m_ids;
    QStringList m_literals;
    std::vector<quint8> m_class;           // ASCII code -> character class (0: in no literal)
    int m_classes = 1;                     // number of classes, including 0
    std::vector<qint32> m_next;            // state * m_classes + class -> state (| kEnds)
    std::vector<std::vector<int>> m_found; // state -> literals ending there
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
