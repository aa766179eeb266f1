#include "TextLimits.h"

namespace rapport::core {

bool isForbiddenControl(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'\t' || u == u'\n' || u == u'\r')
        return false;
    return u < 0x20 || (u >= 0x7F && u <= 0x9F);
}

QString cleanText(const QString &text, TextShape shape)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isForbiddenControl(c))
            continue;
        if (shape == TextShape::Line && (c == u'\t' || c == u'\n' || c == u'\r')) {
            // A CRLF pair is one break: one space.
            if (!(c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n'))
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
