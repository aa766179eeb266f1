#include "Sentences.h"

namespace rapport::core {
namespace {

bool isEnd(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
           c == u'\u2026';
}

bool isCloser(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char(')') ||
           c == u'\u201d' || c == u'\u2019';
}

bool isBullet(QChar c)
{
    return c == QLatin1Char('-') || c == QLatin1Char('*') || c == u'\u2022' || c == u'\u2023' ||
           c == u'\u25e6' || c == u'\u2043' || c == u'\u2013';
}

// "1." / "2)" / "10." at pos, followed by a space: a list item's number.
qsizetype listNumberEnd(QStringView t, qsizetype pos)
{
    qsizetype i = pos;
    while (i < t.size() && i - pos < 2 && t[i].isDigit())
        ++i;
    if (i == pos || i >= t.size() || (t[i] != QLatin1Char('.') && t[i] != QLatin1Char(')')))
        return -1;
    if (i + 1 < t.size() && !t[i + 1].isSpace())
        return -1;
    return i + 1;
}

bool startsListItem(QStringView line)
{
    const QStringView s = line.trimmed();
    if (s.isEmpty())
        return false;
    if (isBullet(s.front()) && (s.size() == 1 || s[1].isSpace()))
        return true;
    return listNumberEnd(s, 0) > 0;
}

// The word that ends just before a period at dot, lower-cased.
QString wordBefore(QStringView t, qsizetype dot)
{
    qsizetype b = dot;
    while (b > 0 && (t[b - 1].isLetter() || t[b - 1] == QLatin1Char('.')))
        --b;
    QString w = t.mid(b, dot - b).toString().toLower();
    w.remove(QLatin1Char('.'));
    return w;
}

bool isCalendarWord(const QString &w)
{
    static const QStringList words = {
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
        QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december"),
        QStringLiteral("jan"),     QStringLiteral("feb"),      QStringLiteral("mar"),
        QStringLiteral("apr"),     QStringLiteral("jun"),      QStringLiteral("jul"),
        QStringLiteral("aug"),     QStringLiteral("sep"),      QStringLiteral("sept"),
        QStringLiteral("oct"),     QStringLiteral("nov"),      QStringLiteral("dec"),
        QStringLiteral("the"),     QStringLiteral("on"),       QStringLiteral("by"),
        QStringLiteral("until"),   QStringLiteral("at"),       QStringLiteral("from"),
        QStringLiteral("to"),      QStringLiteral("and"),      QStringLiteral("or"),
        QStringLiteral("about"),   QStringLiteral("than"),     QStringLiteral("of"),
        QStringLiteral("in"),      QStringLiteral("is"),       QStringLiteral("was"),
        QStringLiteral("be"),      QStringLiteral("are"),      QStringLiteral("were")};
    return words.contains(w);
}

// A line ending in "my", "the" or "to" goes on on the next line.
bool endsInFunctionWord(QStringView line)
{
    qsizetype b = line.size();
    while (b > 0 && line[b - 1].isLetter())
        --b;
    const QString w = line.mid(b).toString().toLower();
    static const QStringList words = {
        QStringLiteral("a"),    QStringLiteral("an"),   QStringLiteral("the"),
        QStringLiteral("my"),   QStringLiteral("your"), QStringLiteral("our"),
        QStringLiteral("to"),   QStringLiteral("of"),   QStringLiteral("in"),
        QStringLiteral("on"),   QStringLiteral("at"),   QStringLiteral("for"),
        QStringLiteral("with"), QStringLiteral("and"),  QStringLiteral("or"),
        QStringLiteral("but"),  QStringLiteral("is"),   QStringLiteral("are"),
        QStringLiteral("be"),   QStringLiteral("as"),   QStringLiteral("that"),
        QStringLiteral("if"),   QStringLiteral("will"), QStringLiteral("would"),
        QStringLiteral("by"),   QStringLiteral("from"), QStringLiteral("than")};
    return words.contains(w);
}

class Splitter
{
public:
    Splitter(QStringView text, TextField field, const QStringList &abbreviations)
        : m_t(text), m_field(field), m_abbreviations(abbreviations)
    {}

    QList<SentenceSpan> run()
    {
        const qsizetype n = m_t.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = m_t[i];
            if (c == QLatin1Char('\n')) {
                if (lineEndsSentence(i))
                    cut(i);
                continue;
            }
            if (isEnd(c)) {
                qsizetype j = i;
                while (j + 1 < n && (isEnd(m_t[j + 1]) || isCloser(m_t[j + 1])))
                    ++j;
                if ((j + 1 >= n || m_t[j + 1].isSpace()) && endsHere(i, j)) {
                    cut(j + 1);
                    i = j;
                }
                continue;
            }
            // "… Stanford 2. Iowa 3. Michigan": each number starts an item.
            if (c.isDigit() && i > 0 && m_t[i - 1].isSpace() && hasText(m_start, i) &&
                inlineItem(i) && !previousIsNumberWord(i)) {
                // "1. Stanford 2. Iowa", not "your top 10. Thank you": a list
                // starts at 1 and counts up from the last item.
                const int item = itemNumber(i);
                if (item == 1 || (m_lastItem >= 1 && item > m_lastItem)) {
                    cut(i);
                    m_lastItem = item;
                }
            } else if (c.isDigit() && !hasText(m_start, i) && listNumberEnd(m_t, i) > 0) {
                m_lastItem = itemNumber(i); // an item opening a sentence or a line
            }
        }
        cut(n);
        return m_out;
    }

private:
    // A period after "Dr", "St", an initial or a list number does not end
    // the sentence; "!" and "?" always do.
    bool endsHere(qsizetype first, qsizetype last) const
    {
        if (m_t[first] != QLatin1Char('.') || last > first)
            return true;
        const QString w = wordBefore(m_t, first);
        if (w.size() == 1 && first > 0 && m_t[first - 1].isUpper())
            return false; // an initial: "J. Smith"
        if (!w.isEmpty() && m_abbreviations.contains(w))
            return false;
        if (w.isEmpty() && first > 0 && m_t[first - 1].isDigit()) {
            // "1." opening an item: the item goes on.
            qsizetype b = first;
            while (b > 0 && m_t[b - 1].isDigit())
                --b;
            if (!hasText(m_start, b))
                return false;
        }
        return true;
    }

    // "2. Iowa" / "3) Michigan": a number, a period or parenthesis, a space
    // and a capital; not "January 28. Second" (see previousIsNumberWord).
    bool inlineItem(qsizetype i) const
    {
        const qsizetype end = listNumberEnd(m_t, i);
        if (end < 0 || end >= m_t.size() || (i >= 2 && m_t[i - 2].isDigit()))
            return false;
        qsizetype k = end;
        while (k < m_t.size() && m_t[k] == QLatin1Char(' '))
            ++k;
        return k > end && k < m_t.size() && m_t[k].isUpper();
    }

    int itemNumber(qsizetype i) const
    {
        int n = 0;
        for (qsizetype k = i; k < m_t.size() && m_t[k].isDigit() && k - i < 3; ++k)
            n = n * 10 + m_t[k].digitValue();
        return n;
    }

    bool previousIsNumberWord(qsizetype i) const
    {
        // "Step 2. " or "PGY 1." are not list items.
        qsizetype e = i - 1;
        while (e > 0 && m_t[e - 1].isSpace())
            --e;
        if (e > 0 && m_t[e - 1] == QLatin1Char('.'))
            --e; // "Jan. 28"
        qsizetype b = e;
        while (b > 0 && m_t[b - 1].isLetter())
            --b;
        const QString w = m_t.mid(b, e - b).toString().toLower();
        return w == QLatin1String("step") || w == QLatin1String("pgy") ||
               w == QLatin1String("level") || w == QLatin1String("phase") ||
               w == QLatin1String("room") || w == QLatin1String("suite") ||
               w == QLatin1String("floor") || w == QLatin1String("page") ||
               w == QLatin1String("no") || w == QLatin1String("number") ||
               w == QLatin1String("year") || w == QLatin1String("part") || isCalendarWord(w);
    }

    bool lineEndsSentence(qsizetype nl) const
    {
        qsizetype ls = nl;
        while (ls > 0 && m_t[ls - 1] != QLatin1Char('\n'))
            --ls;
        const QStringView line = m_t.mid(ls, nl - ls).trimmed();
        qsizetype ne = nl + 1;
        while (ne < m_t.size() && m_t[ne] != QLatin1Char('\n'))
            ++ne;
        const QStringView next = m_t.mid(nl + 1, ne - nl - 1);
        if (line.isEmpty() || next.trimmed().isEmpty())
            return true;
        // A closing bracket or quote ends a sentence only after an end mark.
        QStringView bare = line;
        while (bare.size() > 1 && isCloser(bare.back()))
            bare.chop(1);
        const QChar last = bare.back();
        if (last == QLatin1Char('.') && bare.size() == line.size()) {
            // "… with Dr." then "Lopez about …": the period was an abbreviation's.
            const qsizetype dot = (line.data() - m_t.data()) + line.size() - 1;
            return endsHere(dot, dot);
        }
        if (isEnd(last) || last == QLatin1Char(':') || last == QLatin1Char(';') ||
            last == QLatin1Char(','))
            return last != QLatin1Char(',') || line.size() < 60;
        // A wrapped paragraph goes on in lower case; a short line before a
        // capital is a greeting, a signature line or a list item.
        const QStringView nextTrimmed = next.trimmed();
        if (startsListItem(next) || startsListItem(line))
            return true;
        // Only a capital (or a quote before one) can open the next sentence,
        // and "… Westfield is my" / "#1 choice" is one sentence.
        const QChar first = nextTrimmed.front();
        if (!first.isUpper() && first != QLatin1Char('"') && first != u'\u201c')
            return false;
        if (endsInFunctionWord(line))
            return false;
        return line.size() < 50;
    }

    bool hasText(qsizetype from, qsizetype to) const
    {
        for (qsizetype k = from; k < to; ++k) {
            if (m_t[k].isLetterOrNumber())
                return true;
        }
        return false;
    }

    void cut(qsizetype end)
    {
        qsizetype s = m_start;
        qsizetype e = end;
        while (s < e && m_t[s].isSpace())
            ++s;
        while (e > s && m_t[e - 1].isSpace())
            --e;
        if (hasText(s, e))
            m_out.append(SentenceSpan{m_field, s, e - s});
        m_start = end;
    }

    QStringView m_t;
    TextField m_field;
    const QStringList &m_abbreviations;
    qsizetype m_start = 0;
    int m_lastItem = 0; // the last list item's number seen
    QList<SentenceSpan> m_out;
};

} // namespace

QList<SentenceSpan> Sentences::split(QStringView text, TextField field,
                                     const QStringList &abbreviations)
{
    return Splitter(text, field, abbreviations).run();
}

} // namespace rapport::core
