#include "PlainText.h"

#include <QTextDocument>

namespace rapport::ui::plainText {

QString toolTip(const QString &text)
{
    // Plain text stays plain, so its line breaks and spacing stay as written.
    return Qt::mightBeRichText(text) ? toolTip(QStringList{text}) : text;
}

QString toolTip(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped << line.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<qt>%1</qt>").arg(escaped.join(QStringLiteral("<br>")));
}

} // namespace rapport::ui::plainText
