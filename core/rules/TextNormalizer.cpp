#include "TextNormalizer.h"

#include <QRegularExpression>

namespace rapport::core {
namespace {

// Noted while mapping characters, so that texts without them skip a pass.
struct Triggers
{
    bool hyphen = false;
    bool surrogate = false; // then the text may not be valid UTF-16
};

// Typographic variants first, in one pass, so the regexes below only ever
// see ASCII quotes, dashes and single spaces. Writes into a buffer sized
// once: the only characters that grow are the ellipsis and the numero sign.
QString mapCharacters(QStringView text, Triggers &triggers)
{
    qsizetype growth = 0;
    for (const QChar ch : text) {
        if (ch.unicode() == u'\u2026' || ch.unicode() == u'\u2116')
            growth += 2;
    }
    QString out(text.size() + growth, Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *o = begin;
    bool pendingSpace = false;
    const auto put = [&](char16_t c) {
        if (pendingSpace) {
            *o++ = QLatin1Char(' ');
            pendingSpace = false;
        }
        *o++ = QChar(c);
    };
    for (const QChar ch : text) {
        char16_t c = ch.unicode();
        if (c < 128) {
            // ASCII: QChar::isSpace() is ' ' and \t..\r here.
            if (c == u' ' || (c >= u'\t' && c <= u'\r')) {
                pendingSpace = o != begin;
                continue;
            }
            if (c >= u'A' && c <= u'Z')
                c = char16_t(c + (u'a' - u'A'));
            else if (c == u'`')
                c = u'\'';
            triggers.hyphen |= c == u'-';
            put(c);
            continue;
        }
        if (ch.isSpace() || c == u'\u200b') {
            pendingSpace = o != begin;
            continue;
        }
        triggers.surrogate |= ch.isSurrogate();
        switch (c) {
        case u'\u2018':
        case u'\u2019':
        case u'\u201a':
        case u'\u201b':
        case u'\u2032':
        case u'\u02bc':
        case u'\u00b4':
            put(u'\'');
            break;
        case u'\u201c':
        case u'\u201d':
        case u'\u201e':
        case u'\u201f':
        case u'\u2033':
        case u'\u00ab':
        case u'\u00bb':
            put(u'"');
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
            triggers.hyphen = true;
            put(u'-');
            break;
        case u'\u2026':
            put(u'.');
            put(u'.');
            put(u'.');
            break;
        case u'\u2116': // numero sign: "№ 1"
            put(u'n');
            put(u'o');
            put(u'.');
            break;
        case u'\uff03':
            put(u'#');
            break;
        default:
            put(ch.toLower().unicode());
        }
    }
    out.resize(o - begin);
    return out;
}

QRegularExpression::MatchOptions matchOptions(bool validUtf16)
{
    // The text was checked once; PCRE2 need not check it for every pattern.
    return validUtf16 ? QRegularExpression::DontCheckSubjectStringMatchOption
                      : QRegularExpression::NoMatchOption;
}

// Rebuilds text with each match of re replaced by what replacement says:
// one pass, however many alternatives the pattern has.
template <typename F>
QString replaceEach(const QString &text, bool validUtf16, const QRegularExpression &re,
                    F replacement)
{
    QString out;
    qsizetype from = 0;
    auto it = re.globalMatch(text, 0, QRegularExpression::NormalMatch, matchOptions(validUtf16));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += replacement(m);
        from = m.capturedEnd();
    }
    if (from == 0)
        return text;
    out += QStringView(text).mid(from);
    return out;
}

// Whether a character may be a \w of the rewrites' patterns (letters,
// digits and underscore, Unicode-aware): a superset, so that a "no" below
// is certain.
bool mayBeWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 128 || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
           (u >= u'0' && u <= u'9') || u == u'_';
}

bool containsAscii(QStringView text, QLatin1StringView needle)
{
    const qsizetype n = needle.size();
    const char16_t first = needle.front().unicode();
    for (qsizetype i = 0; i + n <= text.size(); ++i) {
        if (text[i].unicode() != first)
            continue;
        qsizetype k = 1;
        while (k < n && text[i + k].unicode() == needle[k].unicode())
            ++k;
        if (k == n)
            return true;
    }
    return false;
}

// Whether text[at…] starts with the ASCII string s.
bool hasAt(QStringView text, qsizetype at, QLatin1StringView s)
{
    if (at < 0 || at + s.size() > text.size())
        return false;
    for (qsizetype k = 0; k < s.size(); ++k) {
        if (text[at + k].unicode() != s[k].unicode())
            return false;
    }
    return true;
}

// Cheap tests that each rewrite's pattern cannot match: they look for what
// every match must contain, so when they say no, the pattern would find
// nothing and the text stays as it is. Most hyphens, apostrophes and digits
// of a message ("co-authored", "program's", "Step 3") rewrite nothing.

// (?<=\w)- ?(?=\w)
bool mayHyphenate(QStringView t)
{
    for (qsizetype i = 1; i < t.size(); ++i) {
        if (t[i] != QLatin1Char('-') || !mayBeWordChar(t[i - 1]))
            continue;
        if (i + 1 < t.size() && mayBeWordChar(t[i + 1]))
            return true;
        if (i + 2 < t.size() && t[i + 1] == QLatin1Char(' ') && mayBeWordChar(t[i + 2]))
            return true;
    }
    return false;
}

// \b(won't|can't|cannot|shan't)\b|(?<=\w)(n't|'ll|'re|'m|'ve|'d)\b
bool mayContract(QStringView t)
{
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i] != QLatin1Char('\''))
            continue;
        if ((i > 0 && t[i - 1] == QLatin1Char('n') && hasAt(t, i + 1, QLatin1StringView("t"))) ||
            hasAt(t, i + 1, QLatin1StringView("ll")) || hasAt(t, i + 1, QLatin1StringView("re")) ||
            hasAt(t, i + 1, QLatin1StringView("m")) || hasAt(t, i + 1, QLatin1StringView("ve")) ||
            hasAt(t, i + 1, QLatin1StringView("d")))
            return true;
    }
    return containsAscii(t, QLatin1StringView("cannot"));
}

// (?:#|\bno\.?|\bnum\.?) ?([123])\b(?![.,]\d) | \bnumber ?(…)\b… | \b([123])(?:st|nd|rd)\b
bool mayHoldRank(QStringView t)
{
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char16_t d = t[i].unicode();
        if (d != u'1' && d != u'2' && d != u'3')
            continue;
        if (hasAt(t, i + 1, QLatin1StringView("st")) || hasAt(t, i + 1, QLatin1StringView("nd")) ||
            hasAt(t, i + 1, QLatin1StringView("rd")))
            return true;
        qsizetype j = i - 1; // back over " ?", then "#", or "\.?" and "no" / "num"
        if (j >= 0 && t[j] == QLatin1Char(' '))
            --j;
        if (j >= 0 && t[j] == QLatin1Char('#'))
            return true;
        if (j >= 0 && t[j] == QLatin1Char('.'))
            --j;
        if (hasAt(t, j - 1, QLatin1StringView("no")) || hasAt(t, j - 2, QLatin1StringView("num")))
            return true;
    }
    return containsAscii(t, QLatin1StringView("number"));
}

bool hasDoubleSpace(QStringView t)
{
    for (qsizetype i = 1; i < t.size(); ++i) {
        if (t[i] == QLatin1Char(' ') && t[i - 1] == QLatin1Char(' '))
            return true;
    }
    return false;
}

QRegularExpression pattern(const char *re)
{
    return QRegularExpression(QString::fromLatin1(re),
                              QRegularExpression::UseUnicodePropertiesOption);
}

// "top-choice", "first-choice" and "top-\nchoice" (already "top- choice").
QString splitHyphens(const QString &text, bool validUtf16)
{
    static const QRegularExpression re = pattern(R"((?<=\w)- ?(?=\w))");
    return replaceEach(text, validUtf16, re,
                       [](const QRegularExpressionMatch &) { return QStringLiteral(" "); });
}

QString expandContractions(const QString &text, bool validUtf16)
{
    static const QRegularExpression re =
        pattern(R"(\b(won't|can't|cannot|shan't)\b|(?<=\w)(n't|'ll|'re|'m|'ve|'d)\b)");
    return replaceEach(text, validUtf16, re, [](const QRegularExpressionMatch &m) -> QString {
        const QString whole = m.captured(1);
        if (whole == QLatin1String("won't"))
            return QStringLiteral("will not");
        if (whole == QLatin1String("shan't"))
            return QStringLiteral("shall not");
        if (!whole.isEmpty())
            return QStringLiteral("can not");
        const QString suffix = m.captured(2);
        if (suffix == QLatin1String("n't"))
            return QStringLiteral(" not");
        if (suffix == QLatin1String("'ll"))
            return QStringLiteral(" will");
        if (suffix == QLatin1String("'re"))
            return QStringLiteral(" are");
        if (suffix == QLatin1String("'m"))
            return QStringLiteral(" am");
        if (suffix == QLatin1String("'ve"))
            return QStringLiteral(" have");
        return QStringLiteral(" would");
    });
}

// "#1", "# 1", "No. 1", "no 1", "num. 1", "number one", "1st" -> "first"
// (and 2, 3). "no one" and "no two" are ordinary English, so only digits
// follow "no"; "1.5" and "#12345" are left alone.
QString spellRanks(const QString &text, bool validUtf16)
{
    static const QRegularExpression re = pattern(
        R"((?:#|\bno\.?|\bnum\.?) ?([123])\b(?![.,]\d)|\bnumber ?(1|2|3|one|two|three)\b(?![.,]\d))"
        R"(|\b([123])(?:st|nd|rd)\b)");
    return replaceEach(text, validUtf16, re, [](const QRegularExpressionMatch &m) -> QString {
        QString n = m.captured(1) + m.captured(2) + m.captured(3);
        if (n == QLatin1String("1") || n == QLatin1String("one"))
            return QStringLiteral("first");
        if (n == QLatin1String("2") || n == QLatin1String("two"))
            return QStringLiteral("second");
        return QStringLiteral("third");
    });
}

} // namespace

QString TextNormalizer::normalize(QStringView text)
{
    // Each rewrite runs only when its pattern could match: most lines need
    // none of them, and setSnapshot() normalises every stored body.
    Triggers triggers;
    QString out = mapCharacters(text, triggers);
    // The mapping keeps surrogates as they are: the output is valid UTF-16
    // exactly when the input is.
    const bool valid = !triggers.surrogate || text.isValidUtf16();
    if (triggers.hyphen && mayHyphenate(out))
        out = splitHyphens(out, valid);
    if (mayContract(out))
        out = expandContractions(out, valid);
    if (mayHoldRank(out))
        out = spellRanks(out, valid);
    if (hasDoubleSpace(out)) {
        static const QRegularExpression spaces(QStringLiteral(" {2,}"));
        out.replace(spaces, QStringLiteral(" "));
    }
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
