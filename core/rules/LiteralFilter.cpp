#include "LiteralFilter.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <type_traits>

namespace rapport::core {
namespace {

using Cnf = QList<LiteralClause>; // every clause holds

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

char16_t asciiLower(char16_t u)
{
    return u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
}

// The clause that filters best: its shortest literal longest, then the
// fewest literals.
LiteralClause bestClause(const Cnf &cnf)
{
    const auto shortest = [](const LiteralClause &c) {
        qsizetype n = std::numeric_limits<qsizetype>::max();
        for (const QString &s : c)
            n = std::min(n, s.size());
        return n;
    };
    const LiteralClause *best = nullptr;
    for (const LiteralClause &c : cnf) {
        if (!best || shortest(c) > shortest(*best) ||
            (shortest(c) == shortest(*best) && c.size() < best->size()))
            best = &c;
    }
    return best ? *best : LiteralClause{};
}

// A reader of the PCRE2 syntax the rule data uses, just far enough to tell
// which literals a match must contain. Anything it does not know sets
// m_failed, and the pattern then promises nothing.
class Reader
{
public:
    explicit Reader(const QString &pattern) : m_s(pattern) {}

    QList<LiteralClause> run()
    {
        Cnf cnf = alternation();
        if (m_failed || m_i != m_s.size())
            return {};
        return cnf;
    }

private:
    QChar at(qsizetype i) const { return i < m_s.size() ? m_s.at(i) : QChar(); }

    // {n}, {n,}, {n,m} (and {,m}, a quantifier in newer PCRE2): the length
    // of the quantifier at m_i, or 0 when the brace is a literal.
    qsizetype braceLength() const
    {
        qsizetype j = m_i + 1;
        bool digits = false;
        while (at(j).isDigit() && at(j).unicode() < 128) {
            ++j;
            digits = true;
        }
        if (at(j) == QLatin1Char(',')) {
            ++j;
            while (at(j).isDigit() && at(j).unicode() < 128) {
                ++j;
                digits = true;
            }
        }
        return digits && at(j) == QLatin1Char('}') ? j + 1 - m_i : 0;
    }

    bool atQuantifier() const
    {
        const QChar c = at(m_i);
        return c == QLatin1Char('?') || c == QLatin1Char('*') || c == QLatin1Char('+') ||
               (c == QLatin1Char('{') && braceLength() > 0);
    }

    // Whether the quantifier at m_i lets its atom occur zero times (a brace
    // that is not a quantifier counts as optional, to be safe).
    bool quantifierAllowsZero() const
    {
        const QChar c = at(m_i);
        if (c == QLatin1Char('?') || c == QLatin1Char('*'))
            return true;
        if (c != QLatin1Char('{'))
            return false;
        if (braceLength() == 0)
            return true;
        qsizetype j = m_i + 1;
        while (at(j) == QLatin1Char('0'))
            ++j;
        return !(at(j).unicode() >= u'1' && at(j).unicode() <= u'9');
    }

    // The least number of times the quantifier at m_i repeats its atom.
    qsizetype quantifierMinimum() const
    {
        const QChar c = at(m_i);
        if (c == QLatin1Char('+'))
            return 1;
        if (c != QLatin1Char('{') || braceLength() == 0)
            return 0;
        qsizetype n = 0;
        for (qsizetype j = m_i + 1; at(j).unicode() >= u'0' && at(j).unicode() <= u'9'; ++j)
            n = std::min<qsizetype>(n * 10 + (at(j).unicode() - u'0'), 1000);
        return n;
    }

    void skipQuantifier()
    {
        if (!atQuantifier())
            return;
        m_i += at(m_i) == QLatin1Char('{') ? braceLength() : 1;
        if (at(m_i) == QLatin1Char('?') || at(m_i) == QLatin1Char('+'))
            ++m_i; // lazy or possessive
    }

    void skipClass()
    {
        ++m_i; // '['
        if (at(m_i) == QLatin1Char('^'))
            ++m_i;
        if (at(m_i) == QLatin1Char(']'))
            ++m_i; // a leading ']' is literal
        while (m_i < m_s.size()) {
            const QChar c = m_s.at(m_i);
            if (c == QLatin1Char('\\')) {
                m_i += 2;
            } else if (c == QLatin1Char('[') && at(m_i + 1) == QLatin1Char(':')) {
                const qsizetype end = m_s.indexOf(QLatin1String(":]"), m_i + 2);
                if (end < 0) {
                    m_failed = true;
                    return;
                }
                m_i = end + 2;
            } else if (c == QLatin1Char(']')) {
                ++m_i;
                return;
            } else {
                ++m_i;
            }
        }
        m_failed = true; // unterminated
    }

    Cnf alternation()
    {
        QList<Cnf> branches{sequence()};
        while (!m_failed && at(m_i) == QLatin1Char('|')) {
            ++m_i;
            branches << sequence();
        }
        if (m_failed)
            return {};
        if (branches.size() == 1)
            return branches.first();
        // One of the branches matches: one clause of each, joined.
        LiteralClause joined;
        for (const Cnf &branch : std::as_const(branches)) {
            if (branch.isEmpty())
                return {};
            for (const QString &s : bestClause(branch)) {
                if (!joined.contains(s))
                    joined << s;
            }
        }
        return {joined};
    }

    Cnf sequence()
    {
        Cnf cnf;
        QString run; // consecutive literal characters
        const auto flush = [&] {
            if (!run.isEmpty())
                cnf << LiteralClause{run};
            run.clear();
        };
        while (!m_failed && m_i < m_s.size()) {
            const QChar c = m_s.at(m_i);
            if (c == QLatin1Char('|') || c == QLatin1Char(')'))
                break;
            if (c == QLatin1Char('\\')) {
                const QChar e = at(m_i + 1);
                if (e.isNull()) {
                    m_failed = true;
                } else if (!isAsciiAlnum(e)) {
                    // An escaped punctuation character is itself.
                    if (e.unicode() < 128) {
                        run += QChar(asciiLower(e.unicode()));
                    } else {
                        flush();
                    }
                    m_i += 2;
                } else {
                    flush();
                    switch (e.unicode()) {
                    case u'b':
                    case u'B':
                    case u'A':
                    case u'z':
                    case u'Z':
                    case u'G':
                    case u'K':
                        m_i += 2; // zero-width
                        break;
                    case u'd':
                    case u'D':
                    case u'w':
                    case u'W':
                    case u's':
                    case u'S':
                    case u'h':
                    case u'H':
                    case u'v':
                    case u'V':
                    case u'R':
                    case u'N':
                    case u'X':
                    case u'C':
                        m_i += 2;
                        skipQuantifier();
                        break;
                    case u'p':
                    case u'P':
                        m_i += 2;
                        if (at(m_i) == QLatin1Char('{')) {
                            const qsizetype end = m_s.indexOf(QLatin1Char('}'), m_i);
                            if (end < 0)
                                m_failed = true;
                            m_i = end + 1;
                        } else {
                            ++m_i;
                        }
                        skipQuantifier();
                        break;
                    default:
                        // Backreferences, \x, \Q…\E, control escapes…
                        m_failed = true;
                    }
                }
            } else if (c == QLatin1Char('[')) {
                flush();
                skipClass();
                skipQuantifier();
            } else if (c == QLatin1Char('(')) {
                flush();
                group(cnf);
            } else if (c == QLatin1Char('.')) {
                flush();
                ++m_i;
                skipQuantifier();
            } else if (c == QLatin1Char('^') || c == QLatin1Char('$')) {
                flush();
                ++m_i;
            } else if (c == QLatin1Char('?') || c == QLatin1Char('*') || c == QLatin1Char('+') ||
                       c == QLatin1Char('{')) {
                // A quantifier of the literal before it (or a brace that
                // may be one): the run ends before that character, which
                // is certain only as many times as the quantifier's minimum.
                QChar repeated;
                if (!run.isEmpty()) {
                    repeated = run.back();
                    run.chop(1);
                }
                flush();
                const qsizetype least = atQuantifier() ? quantifierMinimum() : 0;
                if (!repeated.isNull() && least > 0)
                    cnf << LiteralClause{QString(std::min<qsizetype>(least, 16), repeated)};
                if (atQuantifier())
                    skipQuantifier();
                else
                    ++m_i;
            } else if (c.unicode() < 128) {
                run += QChar(asciiLower(c.unicode()));
                ++m_i;
            } else {
                flush(); // not ASCII: caseless matching is not a plain compare
                ++m_i;
            }
        }
        flush();
        return cnf;
    }

    void group(Cnf &cnf)
    {
        bool lookaround = false;
        if (at(m_i + 1) == QLatin1Char('*')) {
            m_failed = true; // verbs
            return;
        }
        if (at(m_i + 1) == QLatin1Char('?')) {
            const QChar a = at(m_i + 2);
            const QChar b = at(m_i + 3);
            if (a == QLatin1Char(':')) {
                m_i += 3;
            } else if (a == QLatin1Char('=') || a == QLatin1Char('!')) {
                lookaround = true;
                m_i += 3;
            } else if (a == QLatin1Char('<') && (b == QLatin1Char('=') || b == QLatin1Char('!'))) {
                lookaround = true;
                m_i += 4;
            } else if (a == QLatin1Char('<') || (a == QLatin1Char('P') && b == QLatin1Char('<')) ||
                       a == QLatin1Char('\'')) {
                const QChar close = a == QLatin1Char('\'') ? QLatin1Char('\'') : QLatin1Char('>');
                const qsizetype end = m_s.indexOf(close, m_i + (a == QLatin1Char('P') ? 4 : 3));
                if (end < 0) {
                    m_failed = true;
                    return;
                }
                m_i = end + 1;
            } else {
                m_failed = true; // inline options, atomic groups, recursion…
                return;
            }
        } else {
            ++m_i;
        }
        const Cnf inner = alternation();
        if (m_failed)
            return;
        if (at(m_i) != QLatin1Char(')')) {
            m_failed = true;
            return;
        }
        ++m_i;
        const bool optional = quantifierAllowsZero();
        skipQuantifier();
        if (!lookaround && !optional)
            cnf += inner;
    }

    const QString &m_s;
    qsizetype m_i = 0;
    bool m_failed = false;
};

} // namespace

QList<LiteralClause> requiredLiterals(const QString &pattern)
{
    // A clause that a word of one or two letters satisfies ("my", "i ",
    // "no") holds in nearly every text: it filters nothing, and every
    // occurrence would cost the scanner a hit. Leaving it out promises less,
    // never more.
    const auto common = [](const QString &literal) {
        if (literal.size() > 2)
            return false;
        for (const QChar c : literal) {
            if (!c.isLetter() && c != QLatin1Char(' '))
                return false;
        }
        return true;
    };
    QList<LiteralClause> out;
    for (const LiteralClause &clause : Reader(pattern).run()) {
        if (std::none_of(clause.begin(), clause.end(), common))
            out << clause;
    }
    return out;
}

int LiteralScanner::add(const QString &literal)
{
    const QString prefix = literal.left(kPrefix);
    const auto it = m_ids.constFind(prefix);
    if (it != m_ids.constEnd())
        return *it;
    const int id = static_cast<int>(m_literals.size());
    m_ids.insert(prefix, id);
    m_literals << prefix;
    return id;
}

void LiteralScanner::build()
{
    // Characters that occur in some literal get a class each; all others
    // share class 0, which leads back to the root.
    m_class.assign(128, 0);
    m_classes = 1;
    for (const QString &literal : std::as_const(m_literals)) {
        for (const QChar c : literal) {
            const char16_t u = asciiLower(c.unicode());
            if (u < 128 && m_class[u] == 0)
                m_class[u] = static_cast<quint8>(m_classes++);
        }
    }
    for (char16_t u = u'A'; u <= u'Z'; ++u)
        m_class[u] = m_class[asciiLower(u)];

    // The trie, then failure links breadth first, folded into a full
    // transition table.
    const auto classes = static_cast<std::size_t>(m_classes);
    std::vector<qint32> transitions(classes, -1);
    std::vector<std::vector<int>> found(1);
    for (qsizetype id = 0; id < m_literals.size(); ++id) {
        std::size_t state = 0;
        for (const QChar c : m_literals.at(id)) {
            const std::size_t cls = m_class[asciiLower(c.unicode()) & 0x7f];
            if (transitions[state * classes + cls] < 0) {
                transitions[state * classes + cls] = static_cast<qint32>(found.size());
                found.emplace_back();
                transitions.resize(transitions.size() + classes, -1);
            }
            state = static_cast<std::size_t>(transitions[state * classes + cls]);
        }
        found[state].push_back(static_cast<int>(id));
    }
    std::vector<qint32> fail(found.size(), 0);
    std::deque<std::size_t> queue;
    for (std::size_t cls = 0; cls < classes; ++cls) {
        qint32 &next = transitions[cls];
        if (next < 0 || cls == 0) {
            next = 0;
        } else {
            fail[static_cast<std::size_t>(next)] = 0;
            queue.push_back(static_cast<std::size_t>(next));
        }
    }
    while (!queue.empty()) {
        const std::size_t state = queue.front();
        queue.pop_front();
        const auto f = static_cast<std::size_t>(fail[state]);
        for (const int id : found[f])
            found[state].push_back(id);
        for (std::size_t cls = 0; cls < classes; ++cls) {
            qint32 &next = transitions[state * classes + cls];
            if (cls == 0) {
                next = 0;
            } else if (next < 0) {
                next = transitions[f * classes + cls];
            } else {
                fail[static_cast<std::size_t>(next)] = transitions[f * classes + cls];
                queue.push_back(static_cast<std::size_t>(next));
            }
        }
    }
    m_foundFrom.assign(found.size() + 1, 0);
    m_foundIds.clear();
    for (std::size_t state = 0; state < found.size(); ++state) {
        m_foundIds.insert(m_foundIds.end(), found[state].begin(), found[state].end());
        m_foundFrom[state + 1] = static_cast<quint32>(m_foundIds.size());
    }
    // Scanning needs to know only whether a state ends some literal: mark
    // those targets with the top bit.
    const auto mark = [&](auto &table, auto ends) {
        using State = typename std::decay_t<decltype(table)>::value_type;
        table.resize(transitions.size());
        for (std::size_t k = 0; k < transitions.size(); ++k) {
            const auto to = static_cast<std::size_t>(transitions[k]);
            table[k] = static_cast<State>(to | (found[to].empty() ? 0u : ends));
        }
    };
    m_next16.clear();
    m_next32.clear();
    if (found.size() < 0x8000u)
        mark(m_next16, 0x8000u);
    else
        mark(m_next32, 0x80000000u);
}

LiteralScanner::Hits LiteralScanner::scan(QStringView text) const
{
    return m_next16.empty() ? scan(text, m_next32) : scan(text, m_next16);
}

template <typename State>
LiteralScanner::Hits LiteralScanner::scan(QStringView text, const std::vector<State> &table) const
{
    constexpr State ends = State(1) << (sizeof(State) * 8 - 1);
    Hits hits;
    if (table.empty())
        return hits;
    hits.bits.resize((m_literals.size() + 63) / 64);
    std::fill(hits.bits.begin(), hits.bits.end(), 0);
    const auto classes = static_cast<std::size_t>(m_classes);
    const quint8 *const classOf = m_class.data();
    const State *const next = table.data();
    std::size_t state = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        std::size_t cls = 0;
        if (u < 128) {
            cls = classOf[u];
        } else if (u == 0x017f || u == 0x212a) {
            // Caselessly an "s" and a "k". The rest is not scanned, so
            // surrogates there are not ruled out either.
            hits.all = true;
            hits.surrogates = true;
            return hits;
        } else if (QChar::isSurrogate(u)) {
            hits.surrogates = true;
        }
        const State to = next[state * classes + cls];
        state = to & State(~ends);
        if (to & ends) {
            for (quint32 k = m_foundFrom[state]; k < m_foundFrom[state + 1]; ++k) {
                const quint32 id = m_foundIds[k];
                hits.bits[id / 64] |= quint64(1) << (id % 64);
            }
        }
    }
    return hits;
}

} // namespace rapport::core
