#include "TextNormalizer.h"

#include <QRegularExpression>

namespace rapport::core {
namespace {

// Typographic variants first, in one pass, so the regexes below only ever
// see ASCII quotes, dashes and single spaces. Writes into a buffer of the
// text's size; only the ellipsis and the numero sign grow, rarely.
QString mapCharacters(QStringView text, bool &surrogates)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *begin = out.data();
    QChar *o = begin;
    bool pendingSpace = false;
    const auto put = [&](char16_t c) {
        if (pendingSpace) {
            *o++ = QLatin1Char(' ');
            pendingSpace = false;
        }
        *o++ = QChar(c);
    };
    // Before the first growing character: room for the rest of the text
    // with all of its growth.
    bool grown = false;
    const auto grow = [&](qsizetype at) {
        if (grown)
            return;
        grown = true;
        qsizetype growing = 0;
        for (qsizetype k = at; k < text.size(); ++k)
            growing += text[k].unicode() == u'\u2026' || text[k].unicode() == u'\u2116';
        const qsizetype used = o - begin;
        out.resize(used + 1 + (text.size() - at) + 2 * growing);
        begin = out.data();
        o = begin + used;
    };
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QChar ch = text[at];
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
            put(c);
            continue;
        }
        if (ch.isSpace() || c == u'\u200b') {
            pendingSpace = o != begin;
            continue;
        }
        surrogates |= ch.isSurrogate();
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
            put(u'-');
            break;
        case u'\u2026':
            grow(at);
            put(u'.');
            put(u'.');
            put(u'.');
            break;
        case u'\u2116': // numero sign: "№ 1"
            grow(at);
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
// one pass, however many alternatives the pattern has. The text has no
// double spaces, nor does any replacement, so one can only appear where a
// replacement meets the text: doubleSpace notes that.
template <typename F>
QString replaceEach(const QString &text, bool validUtf16, bool &doubleSpace,
                    const QRegularExpression &re, F replacement)
{
    QString out;
    qsizetype from = 0;
    const auto space = QLatin1Char(' ');
    auto it = re.globalMatch(text, 0, QRegularExpression::NormalMatch, matchOptions(validUtf16));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        const QString r = replacement(m);
        from = m.capturedEnd();
        if (!r.isEmpty() && ((!out.isEmpty() && out.back() == space && r.front() == space) ||
                             (r.back() == space && from < text.size() && text.at(from) == space)))
            doubleSpace = true;
        out += r;
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
    for (qsizetype i = t.indexOf(QLatin1Char('-'), 1); i >= 0;
         i = t.indexOf(QLatin1Char('-'), i + 1)) {
        if (!mayBeWordChar(t[i - 1]))
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
    for (qsizetype i = t.indexOf(QLatin1Char('\'')); i >= 0;
         i = t.indexOf(QLatin1Char('\''), i + 1)) {
        if ((i > 0 && t[i - 1] == QLatin1Char('n') && hasAt(t, i + 1, QLatin1StringView("t"))) ||
            hasAt(t, i + 1, QLatin1StringView("ll")) || hasAt(t, i + 1, QLatin1StringView("re")) ||
            hasAt(t, i + 1, QLatin1StringView("m")) || hasAt(t, i + 1, QLatin1StringView("ve")) ||
            hasAt(t, i + 1, QLatin1StringView("d")))
            return true;
    }
    return t.contains(u"cannot");
}

// (?:#|\bno\.?|\bnum\.?) ?([123])\b(?![.,]\d) | \bnumber ?(…)\b… | \b([123])(?:st|nd|rd)\b
bool mayHoldRank(QStringView t)
{
    for (const QChar d : {QLatin1Char('1'), QLatin1Char('2'), QLatin1Char('3')}) {
        for (qsizetype i = t.indexOf(d); i >= 0; i = t.indexOf(d, i + 1)) {
            if (hasAt(t, i + 1, QLatin1StringView("st")) ||
                hasAt(t, i + 1, QLatin1StringView("nd")) ||
                hasAt(t, i + 1, QLatin1StringView("rd")))
                return true;
            qsizetype j = i - 1; // back over " ?", then "#", or "\.?" and "no" / "num"
            if (j >= 0 && t[j] == QLatin1Char(' '))
                --j;
            if (j >= 0 && t[j] == QLatin1Char('#'))
                return true;
            if (j >= 0 && t[j] == QLatin1Char('.'))
                --j;
            if (hasAt(t, j - 1, QLatin1StringView("no")) ||
                hasAt(t, j - 2, QLatin1StringView("num")))
                return true;
        }
    }
    return t.contains(u"number");
}

QRegularExpression pattern(const char *re)
{
    return QRegularExpression(QString::fromLatin1(re),
                              QRegularExpression::UseUnicodePropertiesOption);
}

// "top-choice", "first-choice" and "top-\nchoice" (already "top- choice").
QString splitHyphens(const QString &text, bool validUtf16, bool &doubleSpace)
{
    static const QRegularExpression re = pattern(R"((?<=\w)- ?(?=\w))");
    return replaceEach(text, validUtf16, doubleSpace, re,
                       [](const QRegularExpressionMatch &) { return QStringLiteral(" "); });
}

QString expandContractions(const QString &text, bool validUtf16, bool &doubleSpace)
{
    static const QRegularExpression re =
        pattern(R"(\b(won't|can't|cannot|shan't)\b|(?<=\w)(n't|'ll|'re|'m|'ve|'d)\b)");
    return replaceEach(text, validUtf16, doubleSpace, re,
                       [](const QRegularExpressionMatch &m) -> QString {
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
QString spellRanks(const QString &text, bool validUtf16, bool &doubleSpace)
{
    static const QRegularExpression re = pattern(
        R"((?:#|\bno\.?|\bnum\.?) ?([123])\b(?![.,]\d)|\bnumber ?(1|2|3|one|two|three)\b(?![.,]\d))"
        R"(|\b([123])(?:st|nd|rd)\b)");
    return replaceEach(text, validUtf16, doubleSpace, re,
                       [](const QRegularExpressionMatch &m) -> QString {
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
    bool surrogates = false;
    QString out = mapCharacters(text, surrogates);
    // The mapping keeps surrogates as they are: the output is valid UTF-16
    // exactly when the input is.
    const bool valid = !surrogates || text.isValidUtf16();
    // The mapping leaves single spaces only; a rewrite notes if it did not.
    bool doubleSpace = false;
    if (mayHyphenate(out))
        out = splitHyphens(out, valid, doubleSpace);
    if (mayContract(out))
        out = expandContractions(out, valid, doubleSpace);
    if (mayHoldRank(out))
        out = spellRanks(out, valid, doubleSpace);
    if (doubleSpace) {
        static const QRegularExpression spaces(QStringLiteral(" {2,}"));
        out.replace(spaces, QStringLiteral(" "));
    }
    return out.trimmed();
}

namespace {

// Calls f with each word of normalised text: a run of letters, digits and
// apostrophes that starts with a letter or digit, without trailing
// apostrophes.
template <typename F> void forEachWord(QStringView normalized, F f)
{
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
            f(word);
            start = -1;
        }
    }
}

} // namespace

QStringList TextNormalizer::words(QStringView normalized)
{
    QStringList out;
    forEachWord(normalized, [&](QStringView word) { out << word.toString(); });
    return out;
}

TextNormalizer::WordList TextNormalizer::wordList(QStringView normalized)
{
    WordList out;
    out.joined.reserve(normalized.size());
    forEachWord(normalized, [&](QStringView word) {
        if (!out.starts.empty())
            out.joined += QLatin1Char(' ');
        out.starts.push_back(out.joined.size());
        out.joined += word;
    });
    return out;
}

} // namespace rapport::core
