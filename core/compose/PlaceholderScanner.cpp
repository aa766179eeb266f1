#include "PlaceholderScanner.h"

#include "Placeholders.h"

#include <QRegularExpression>

namespace rapport::core::placeholders {
namespace {

const QString kExample = QStringLiteral("\"{{program.name}}\"");

bool isWellFormedName(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*$)"));
    return re.match(name).hasMatch();
}

// The text as the user wrote it, short enough for a message.
QString quoted(QStringView text)
{
    constexpr qsizetype kMax = 60;
    const QString shown =
        text.size() > kMax ? QString(text.left(kMax) + u'\u2026') : text.toString();
    return u'"' + shown + u'"';
}

class LineScanner
{
public:
    LineScanner(const QString &text, qsizetype from, qsizetype to, int line, Scan &out)
        : m_text(text), m_from(from), m_to(to), m_line(line), m_out(out), m_consumed(from)
    {}

    void run()
    {
        qsizetype i = m_from;
        while (i < m_to) {
            const QChar c = m_text[i];
            const bool doubled = charAt(i + 1) == c;
            if (c == u'{' && doubled)
                i = placeholderAt(i);
            else if (c == u'}' && doubled)
                i = strayClose(i);
            else if (c == u'{')
                i = singleBrace(i);
            else
                ++i;
        }
    }

private:
    QChar charAt(qsizetype i) const { return i < m_to ? m_text[i] : QChar(); }

    qsizetype find(QStringView what, qsizetype from) const
    {
        const qsizetype at = m_text.indexOf(what, from);
        return at == -1 || at + what.size() > m_to ? -1 : at;
    }

    // Reports [start, end) and returns end, where scanning resumes.
    qsizetype report(qsizetype start, qsizetype end, const QString &message)
    {
        m_out.problems << Problem{m_line, int(start - m_from + 1), int(end - start), message};
        m_consumed = end;
        return end;
    }

    QStringView span(qsizetype start, qsizetype end) const
    {
        return QStringView(m_text).mid(start, end - start);
    }

    qsizetype placeholderAt(qsizetype open)
    {
        const qsizetype close = find(u"}}", open + 2);
        const qsizetype nextOpen = find(u"{{", open + 2);
        if (close == -1 || (nextOpen != -1 && nextOpen < close)) {
            qsizetype end = open + 2;
            while (end < m_to && m_text[end].isSpace())
                ++end;
            while (end < m_to && !m_text[end].isSpace() && m_text[end] != u'{')
                ++end;
            return report(open, end,
                          QStringLiteral("unclosed placeholder %1 (no closing \"}}\" on this line)")
                              .arg(quoted(span(open, end))));
        }
        const qsizetype end = close + 2;
        const QString written = span(open, end).toString();
        const QString name = span(open + 2, close).trimmed().toString();
        if (name.isEmpty())
            return report(open, end, QStringLiteral("empty placeholder %1").arg(quoted(written)));
        if (!isWellFormedName(name)) {
            return report(open, end,
                          QStringLiteral("malformed placeholder %1 (a name is letters, digits and "
                                         "'_' joined by dots, e.g. %2)")
                              .arg(quoted(written), kExample));
        }
        if (!isKnown(name)) {
            QString hint;
            if (name.startsWith(kFieldPrefix)) {
                hint = QStringLiteral(" (a free field is \"field.\" and a lower-case name, e.g. "
                                      "\"{{field.conversation_topic}}\")");
            } else if (const QString guess = closestKnown(name); !guess.isEmpty()) {
                hint = QStringLiteral(" (did you mean \"{{%1}}\"?)").arg(guess);
            }
            return report(open, end,
                          QStringLiteral("unknown placeholder %1%2").arg(quoted(written), hint));
        }
        m_out.tokens << Token{name, open, end - open};
        m_consumed = end;
        return end;
    }

    qsizetype strayClose(qsizetype close)
    {
        qsizetype start = close;
        while (start > m_consumed && !m_text[start - 1].isSpace())
            --start;
        return report(start, close + 2,
                      QStringLiteral("malformed placeholder %1 (\"}}\" without an opening \"{{\")")
                          .arg(quoted(span(start, close + 2))));
    }

    // "{program.name}}" and "{program.name}" are placeholders typed with one
    // brace too few; other single braces are ordinary text.
    qsizetype singleBrace(qsizetype open)
    {
        const qsizetype close = find(u"}", open + 1);
        const qsizetype nextOpen = find(u"{", open + 1);
        if (close == -1 || (nextOpen != -1 && nextOpen < close))
            return open + 1;
        const QString name = span(open + 1, close).trimmed().toString();
        if (charAt(close + 1) == u'}') {
            return report(open, close + 2,
                          QStringLiteral("malformed placeholder %1 (it opens with one brace; "
                                         "placeholders take two, e.g. %2)")
                              .arg(quoted(span(open, close + 2)), kExample));
        }
        if (!isKnown(name))
            return open + 1;
        return report(open, close + 1,
                      QStringLiteral("malformed placeholder %1 (placeholders take two braces: "
                                     "\"{{%2}}\")")
                          .arg(quoted(span(open, close + 1)), name));
    }

    const QString &m_text;
    qsizetype m_from;
    qsizetype m_to;
    int m_line;
    Scan &m_out;
    qsizetype m_consumed; // where text not yet part of a finding starts
};

} // namespace

Scan scan(const QString &text)
{
    Scan out;
    qsizetype from = 0;
    int line = 1;
    while (from <= text.size()) {
        qsizetype to = text.indexOf(u'\n', from);
        if (to == -1)
            to = text.size();
        LineScanner(text, from, to, line, out).run();
        from = to + 1;
        ++line;
    }
    return out;
}

} // namespace rapport::core::placeholders
