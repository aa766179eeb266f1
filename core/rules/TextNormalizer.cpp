#include "TextNormalizer.h"

#include <QRegularExpression>

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

// Rebuilds text with each match of re replaced by what replacement says:
// one pass, however many alternatives the pattern has.
template <typename F>
QString replaceEach(const QString &text, const QRegularExpression &re, F replacement)
{
    QString out;
    qsizetype from = 0;
    auto it = re.globalMatch(text);
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

QRegularExpression pattern(const char *re)
{
    return QRegularExpression(QString::fromLatin1(re),
                              QRegularExpression::UseUnicodePropertiesOption);
}

// "top-choice", "first-choice" and "top-\nchoice" (already "top- choice").
QString splitHyphens(const QString &text)
{
    static const QRegularExpression re = pattern(R"((?<=\w)- ?(?=\w))");
    return replaceEach(text, re,
                       [](const QRegularExpressionMatch &) { return QStringLiteral(" "); });
}

QString expandContractions(const QString &text)
{
    static const QRegularExpression re =
        pattern(R"(\b(won't|can't|cannot|shan't)\b|(?<=\w)(n't|'ll|'re|'m|'ve|'d)\b)");
    return replaceEach(text, re, [](const QRegularExpressionMatch &m) -> QString {
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
QString spellRanks(const QString &text)
{
    static const QRegularExpression re = pattern(
        R"((?:#|\bno\.?|\bnum\.?) ?([123])\b(?![.,]\d)|\bnumber ?(1|2|3|one|two|three)\b(?![.,]\d))"
        R"(|\b([123])(?:st|nd|rd)\b)");
    return replaceEach(text, re, [](const QRegularExpressionMatch &m) -> QString {
        QString n = m.captured(1) + m.captured(2) + m.captured(3);
        if (n == QLatin1String("1") || n == QLatin1String("one"))
            return QStringLiteral("first");
        if (n == QLatin1String("2") || n == QLatin1String("two"))
            return QStringLiteral("second");
        return QStringLiteral("third");
    });
}

bool mayHoldRank(const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('#') || c.isDigit())
            return true;
    }
    return text.contains(QLatin1String("number"));
}

} // namespace

QString TextNormalizer::normalize(QStringView text)
{
    // Each rewrite runs only when its trigger characters occur: most lines
    // need none of them, and setSnapshot() normalises every stored body.
    QString out = mapCharacters(text);
    if (out.contains(QLatin1Char('-')))
        out = splitHyphens(out);
    if (out.contains(QLatin1Char('\'')) || out.contains(QLatin1String("cannot")))
        out = expandContractions(out);
    if (mayHoldRank(out))
        out = spellRanks(out);
    if (out.contains(QLatin1String("  "))) {
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
