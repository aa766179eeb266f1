#include "CsvWriter.h"

namespace rapport::core {

QString CsvWriter::cell(const QString &value)
{
    QString v = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r") + QChar(u'\0');
    if (!v.isEmpty() && formulaStarts.contains(v.front()))
        v.prepend(QLatin1Char('\''));
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
                       v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'));
    if (!quote)
        return v;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString CsvWriter::record(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells)
        out << cell(c);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray CsvWriter::document(const QList<QStringList> &records)
{
    QString text;
    for (const QStringList &r : records)
        text += record(r);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace rapport::core
