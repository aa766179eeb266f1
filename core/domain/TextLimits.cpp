#include "TextLimits.h"

namespace rapport::core {

bool isForbiddenControl(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'\t' || u == u'\n' || u == u'\r')
        return false;
    return u < 0x20 || (u >= 0x7F && u <= 0x9F);
}

namespace {

constexpr char16_t kEsc = 0x1B;

bool isStringIntroducer(QChar c)
{
    // OSC, DCS, SOS, PM and APC after ESC
    return c == u']' || c == u'P' || c == u'X' || c == u'^' || c == u'_';
}

// Where the control string starting at i (after its introducer) ends: BEL,
// ESC \ or ST, else the end of its line, which stays.
qsizetype afterString(const QString &text, qsizetype i)
{
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0x07 || c == 0x9C)
            return i + 1;
        if (c == kEsc && i + 1 < text.size() && text.at(i + 1) == u'\\')
            return i + 2;
        if (c == u'\n')
            return i;
    }
    return i;
}

// Where a CSI sequence's parameters (from i) end, after its final byte.
qsizetype afterCsi(const QString &text, qsizetype i)
{
    while (i < text.size() && text.at(i).unicode() >= 0x20 && text.at(i).unicode() <= 0x3F)
        ++i;
    if (i < text.size() && text.at(i).unicode() >= 0x40 && text.at(i).unicode() <= 0x7E)
        ++i;
    return i;
}

// Where the escape sequence whose ESC is at i ends.
qsizetype afterEscape(const QString &text, qsizetype i)
{
    ++i;
    if (i >= text.size())
        return i;
    const QChar c = text.at(i);
    if (c == u'[')
        return afterCsi(text, i + 1);
    if (isStringIntroducer(c))
        return afterString(text, i + 1);
    while (i < text.size() && text.at(i).unicode() >= 0x20 && text.at(i).unicode() <= 0x2F)
        ++i;
    if (i < text.size() && text.at(i).unicode() >= 0x30 && text.at(i).unicode() <= 0x7E)
        ++i;
    return i;
}

} // namespace

QString cleanText(const QString &text, TextShape shape)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == kEsc) {
            i = afterEscape(text, i);
            continue;
        }
        if (u == 0x9B) { // CSI
            i = afterCsi(text, i + 1);
            continue;
        }
        if (u == 0x9D || u == 0x90 || u == 0x98 || u == 0x9E || u == 0x9F) { // strings
            i = afterString(text, i + 1);
            continue;
        }
        ++i;
        if (isForbiddenControl(c))
            continue;
        if (shape == TextShape::Line && (u == u'\t' || u == u'\n' || u == u'\r')) {
            // A CRLF pair is one break: one space.
            if (!(u == u'\r' && i < text.size() && text.at(i) == u'\n'))
                out += u' ';
            continue;
        }
        out += c;
    }
    return out;
}

Status checkText(const QString &text, const char *what, qsizetype maxLength)
{
    if (text.size() > maxLength) {
        return fail(QStringLiteral("%1: %2 characters, more than the limit of %3")
                        .arg(QLatin1String(what))
                        .arg(text.size())
                        .arg(maxLength));
    }
    for (const QChar c : text) {
        if (isForbiddenControl(c)) {
            const QString code =
                QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
            return fail(QStringLiteral("%1: the control character U+%2 is not allowed (only "
                                       "tab and line breaks are)")
                            .arg(QLatin1String(what), code));
        }
    }
    return {};
}

} // namespace rapport::core
