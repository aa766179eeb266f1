#include "MessageParts.h"

#include "rules/PhraseMatcher.h"
#include "rules/TextNormalizer.h"

#include <QRegularExpression>

namespace rapport::core {
namespace {

const QString kSalutationRule = QStringLiteral("content.salutation");
const QString kLengthRule = QStringLiteral("content.length");

bool isSeparator(const QString &line)
{
    // The conventional "-- " signature delimiter, and underscores some
    // mail clients draw above a signature.
    const QString t = line.trimmed();
    return t == QLatin1String("--") || (t.size() >= 3 && t.count(QLatin1Char('_')) == t.size());
}

} // namespace

QString MessageParts::blankQuotes(const QString &body, const PhraseMatcher &matcher)
{
    if (!body.contains(QLatin1Char('>')) && !body.contains(QLatin1Char(':')) &&
        !body.contains(QLatin1Char('-')) && !body.contains(QLatin1Char('_')))
        return body;
    QString out = body;
    qsizetype from = 0;
    bool cut = false;
    while (from <= out.size()) {
        qsizetype end = out.indexOf(QLatin1Char('\n'), from);
        if (end < 0)
            end = out.size();
        const QStringView trimmed = QStringView(body).mid(from, end - from).trimmed();
        if (!cut && !trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('>')) &&
            matcher.matchesAny(kLengthRule, QStringLiteral("quote_headers"),
                               TextNormalizer::normalize(trimmed)))
            cut = true;
        if (cut || trimmed.startsWith(QLatin1Char('>'))) {
            for (qsizetype k = from; k < end; ++k)
                out[k] = QLatin1Char(' ');
        }
        from = end + 1;
    }
    return out;
}

int MessageParts::wrappedLines(int width) const
{
    int lines = 0;
    for (const QString &line : coreLines)
        lines += static_cast<int>((line.size() + width - 1) / width);
    return lines;
}

MessageParts MessageParts::split(const QString &body, const PhraseMatcher &matcher)
{
    MessageParts parts;
    QStringList lines;
    for (const QStringView raw : QStringView(body).tokenize(QLatin1Char('\n'))) {
        const QStringView line = raw.trimmed();
        if (!line.isEmpty())
            lines << line.toString();
    }
    if (lines.isEmpty())
        return parts;

    qsizetype first = 0;
    const QString greeting = TextNormalizer::normalize(lines.first());
    if (matcher.matchesAny(kSalutationRule, QStringLiteral("salutations"), greeting)) {
        // "Dear Dr. Lopez, thank you for …" on one line: the greeting ends at
        // the first comma or colon and the rest is body text.
        const QString &line = lines.first();
        static const QRegularExpression punctuation(QStringLiteral("[,:]"));
        const qsizetype cut = line.indexOf(punctuation);
        if (cut >= 0 && cut + 1 < line.size() && !line.mid(cut + 1).trimmed().isEmpty()) {
            parts.salutation = line.left(cut + 1);
            lines[0] = line.mid(cut + 1).trimmed();
        } else {
            parts.salutation = line;
            first = 1;
        }
    }

    // The last closing line starts the signature: "Thank you!" can be body
    // text above "Best regards,".
    qsizetype end = lines.size();
    for (qsizetype i = lines.size() - 1; i >= first; --i) {
        if (isSeparator(lines.at(i)) ||
            matcher.matchesAny(kLengthRule, QStringLiteral("closings"),
                               TextNormalizer::normalize(lines.at(i)))) {
            end = i;
            parts.hasClosing = true;
            break;
        }
    }
    for (qsizetype i = first; i < end; ++i)
        parts.coreLines << lines.at(i);
    return parts;
}

} // namespace rapport::core
