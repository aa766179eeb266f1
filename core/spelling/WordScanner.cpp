#include "WordScanner.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>

namespace rapport::core::spelling {
namespace {

constexpr QChar kTypographicApostrophe = u'\u2019';

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == kTypographicApostrophe;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Stretches no word may be taken from. Each alternative is anchored on
// something a sentence never has: "{{", "@", "://", "www." or a lower-case
// domain such as "uhospital.edu" (so "ended.Then" still gets checked).
const QRegularExpression &skipped()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\{\{.*?(?:\}\}|$))"
                       R"(|[^\s<>()\[\]"]*@[^\s<>()\[\]"]+)"
                       R"(|\b(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.|mailto:)[^\s<>"]+)"
                       R"(|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b(?:/[^\s<>"]*)?)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

bool hasDigit(QStringView text)
{
    for (QChar c : text) {
        if (c.isDigit())
            return true;
    }
    return false;
}

// Runs of word characters joined by single apostrophes or hyphens; a
// trailing apostrophe ("programs'") stays outside the word.
void collect(QStringView line, qsizetype from, qsizetype to, QList<TextRange> &out)
{
    qsizetype i = from;
    while (i < to) {
        if (!isWordChar(line[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < to) {
            if (isWordChar(line[i])) {
                ++i;
            } else if ((isApostrophe(line[i]) || line[i] == u'-') && i + 1 < to &&
                       isWordChar(line[i + 1])) {
                i += 2;
            } else {
                break;
            }
        }
        // Each hyphen part stands alone for the digit and length tests, so
        // "PGY-1" is still checked as "PGY".
        const QStringView word = line.sliced(start, i - start);
        qsizetype runFrom = -1;
        qsizetype runTo = -1;
        const auto flush = [&] {
            if (runFrom != -1)
                out.append({start + runFrom, runTo - runFrom});
            runFrom = -1;
        };
        for (const TextRange &part : hyphenParts(word)) {
            const QStringView text = word.sliced(part.start, part.length);
            if (hasDigit(text) || text.size() < 2) {
                flush();
                continue;
            }
            if (runFrom == -1)
                runFrom = part.start;
            runTo = part.end();
        }
        flush();
    }
}

} // namespace

QList<TextRange> words(QStringView line)
{
    QList<TextRange> out;
    // Every skipped stretch needs one of these; names (the season's, many
    // thousands) rarely have any, and the expression is the slow part.
    const bool plain = std::none_of(line.begin(), line.end(), [](QChar c) {
        return c == u'{' || c == u'@' || c == u'.' || c == u':';
    });
    if (plain) {
        collect(line, 0, line.size(), out);
        return out;
    }
    qsizetype from = 0;
    auto it = skipped().globalMatch(line);
    while (it.hasNext()) {
        const auto match = it.next();
        collect(line, from, match.capturedStart(), out);
        from = match.capturedEnd();
    }
    collect(line, from, line.size(), out);
    return out;
}

QList<TextRange> hyphenParts(QStringView word)
{
    QList<TextRange> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= word.size(); ++i) {
        if (i == word.size() || word[i] == u'-') {
            if (i > start)
                parts.append({start, i - start});
            start = i + 1;
        }
    }
    return parts;
}

QString normalized(QStringView word)
{
    QString out = word.toString();
    out.replace(kTypographicApostrophe, u'\'');
    return out;
}

} // namespace rapport::core::spelling
