#include "HtmlText.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace rapport::core {
namespace {

using RE = QRegularExpression;

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> t;
        // HTML's Latin-1 names, in code point order from U+00A0.
        const QString latin1 = QStringLiteral(
            "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr "
            "deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 "
            "frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc "
            "Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash "
            "Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring "
            "aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve "
            "oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml");
        char32_t code = 0xA0;
        for (const QString &name : latin1.split(QLatin1Char(' ')))
            t.insert(name, code++);
        const std::pair<const char *, char32_t> others[] = {
            {"amp", '&'},      {"lt", '<'},        {"gt", '>'},        {"quot", '"'},
            {"apos", '\''},    {"ndash", 0x2013},  {"mdash", 0x2014},  {"hellip", 0x2026},
            {"lsquo", 0x2018}, {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"ldquo", 0x201C},
            {"rdquo", 0x201D}, {"bdquo", 0x201E},  {"bull", 0x2022},   {"euro", 0x20AC},
            {"trade", 0x2122}, {"dagger", 0x2020}, {"prime", 0x2032},  {"OElig", 0x0152},
            {"oelig", 0x0153}, {"Scaron", 0x0160}, {"scaron", 0x0161}, {"zwnj", 0x200C},
            {"zwj", 0x200D},   {"thinsp", 0x2009}, {"ensp", 0x2002},   {"emsp", 0x2003}};
        for (const auto &[name, c] : others)
            t.insert(QLatin1String(name), c);
        return t;
    }();
    return table;
}

QString decodeEntities(const QString &text)
{
    static const RE entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"));
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        char32_t code = 0;
        if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X")))
            code = name.mid(2).toUInt(nullptr, 16);
        else if (name.startsWith(QLatin1Char('#')))
            code = name.mid(1).toUInt();
        else
            code = namedEntities().value(name, 0);
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            out += m.captured(0); // unknown: leave it as written
        else
            out += QString::fromUcs4(&code, 1);
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QString htmlToText(const QString &html)
{
    constexpr auto dotAll = RE::DotMatchesEverythingOption;
    constexpr auto noCase = RE::CaseInsensitiveOption;
    static const RE comments(QStringLiteral("<!--.*?-->"), dotAll);
    static const RE invisible(QStringLiteral(R"(<(head|script|style|title)\b.*?</\1\s*>)"),
                              dotAll | noCase);
    static const RE spaces(QStringLiteral(R"(\s+)"));
    static const RE lineBreak(QStringLiteral(R"(<br\b[^>]*>)"), noCase);
    static const RE paragraph(QStringLiteral(R"(</?(p|h[1-6]|blockquote|table|ul|ol)\b[^>]*>)"),
                              noCase);
    static const RE item(QStringLiteral(R"(<li\b[^>]*>)"), noCase);
    static const RE block(QStringLiteral(R"(</?(div|tr|pre|hr)\b[^>]*>)"), noCase);
    static const RE cellEnd(QStringLiteral(R"(</t[dh]\s*>)"), noCase);
    static const RE tag(QStringLiteral("<[^>]*>"));
    static const RE blankLines(QStringLiteral(R"(\n{3,})"));

    QString t = html;
    t.remove(comments);
    t.remove(invisible);
    // Source line breaks are only spaces in HTML; the tags decide the lines.
    t.replace(spaces, QStringLiteral(" "));
    t.replace(lineBreak, QStringLiteral("\n"));
    t.replace(paragraph, QStringLiteral("\n\n"));
    t.replace(item, QStringLiteral("\n- "));
    t.replace(block, QStringLiteral("\n"));
    t.replace(cellEnd, QStringLiteral(" "));
    t.remove(tag);
    t = decodeEntities(t);
    t.replace(QChar(0xA0), QLatin1Char(' '));

    QStringList lines;
    for (const QString &line : t.split(QLatin1Char('\n')))
        lines << line.simplified();
    t = lines.join(QLatin1Char('\n'));
    t.replace(blankLines, QStringLiteral("\n\n"));
    return t.trimmed();
}

} // namespace rapport::core
