#include "TextNormalizer.h"

#include <QRegularExpression>

#include <array>

namespace rapport::core {
namespace {

// Typographic variants first, in one pass, so the regexes below only ever
// see ASCII quotes, dashes and single spaces.
QString mapCharacters(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (ch.isSpace() || c == u'\u200b') {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        switch (c) {
        case u'\u2018':
        case u'\u2019':
        case u'\u201a':
        case u'\u201b':
        case u'\u2032':
        case u'\u02bc':
        case u'`':
        case u'\u00b4':
            out += QLatin1Char('\'');
            break;
        case u'\u201c':
        case u'\u201d':
        case u'\u201e':
        case u'\u201f':
        case u'\u2033':
        case u'\u00ab':
        case u'\u00bb':
            out += QLatin1Char('"');
            break;
        case u'\u2010':
        case u'\u2011':
        case u'\u2012':
        case u'\u2013':
        case u'\u2014':
        case u'\u2015':
        case u'\u2212':
        case u'\ufe63':
        case u'\uff0d':
            out += QLatin1Char('-');
            break;
        case u'\u2026':
            out += QLatin1String("...");
            break;
        case u'\u2116': // numero sign: "№ 1"
            out += QLatin1String("no.");
            break;
        case u'\uff03':
            out += QLatin1Char('#');
            break;
        default:
            out += ch.toLower();
        }
    }
    return out;
}

struct Rewrite
{
    QRegularExpression pattern;
    QString replacement;
};

Rewrite rewrite(const char *pattern, const char *replacement)
{
    return {QRegularExpression(QString::fromLatin1(pattern),
                               QRegularExpression::UseUnicodePropertiesOption),
            QString::fromLatin1(replacement)};
}

const std::array<Rewrite, 17> &rewrites()
{
    // Order matters: hyphenated line breaks before hyphens, contractions
    // before the rank words (so "we're #1" becomes "we are first").
    static const std::array<Rewrite, 17> table = {
        rewrite(R"((\w)- (\w))", "\\1 \\2"), // "top-\nchoice" after whitespace folding
        rewrite(R"((?<=\w)-(?=\w))", " "),   // "top-choice", "first-choice"
        rewrite(R"(\bwon't\b)", "will not"),
        rewrite(R"(\bcan't\b|\bcannot\b)", "can not"),
        rewrite(R"(\bshan't\b)", "shall not"),
        rewrite(R"((\w)n't\b)", "\\1 not"),
        rewrite(R"((\w)'ll\b)", "\\1 will"),
        rewrite(R"((\w)'re\b)", "\\1 are"),
        rewrite(R"(\bi'm\b)", "i am"),
        rewrite(R"((\w)'ve\b)", "\\1 have"),
        rewrite(R"((\w)'d\b)", "\\1 would"),
        // "no one" and "no two" are ordinary English: only digits after "no".
        rewrite(R"((?:#|\bno\.?|\bnum\.?) ?1\b(?![.,]\d)|\bnumber ?(?:1|one)\b(?![.,]\d))",
                "first"),
        rewrite(R"((?:#|\bno\.?|\bnum\.?) ?2\b(?![.,]\d)|\bnumber ?(?:2|two)\b(?![.,]\d))",
                "second"),
        rewrite(R"((?:#|\bno\.?|\bnum\.?) ?3\b(?![.,]\d)|\bnumber ?(?:3|three)\b(?![.,]\d))",
                "third"),
        rewrite(R"(\b1st\b)", "first"),
        rewrite(R"(\b2nd\b)", "second"),
        rewrite(R"(\b3rd\b)", "third"),
    };
    return table;
}

} // namespace

QString TextNormalizer::normalize(QStringView text)
{
    QString out = mapCharacters(text);
    for (const Rewrite &r : rewrites())
        out.replace(r.pattern, r.replacement);
    // A rewrite can leave a double space ("no. 1" at a line start); fold again.
    static const QRegularExpression spaces(QStringLiteral(" {2,}"));
    out.replace(spaces, QStringLiteral(" "));
    return out.trimmed();
}

QStringList TextNormalizer::words(QStringView normalized)
{
    QStringList out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= normalized.size(); ++i) {
        const bool inWord =
            i < normalized.size() && (normalized[i].isLetterOrNumber() ||
                                      (normalized[i] == QLatin1Char('\'') && start >= 0));
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            QStringView word = normalized.mid(start, i - start);
            while (word.endsWith(QLatin1Char('\'')))
                word.chop(1);
            out << word.toString();
            start = -1;
        }
    }
    return out;
}

} // namespace rapport::core
