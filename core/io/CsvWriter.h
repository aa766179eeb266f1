#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::core {

// CSV that spreadsheets open safely: UTF-8 with a byte order mark (Excel
// needs it to read UTF-8), RFC 4180 quoting, CRLF between records. A cell
// that begins with =, +, -, @, tab, CR or NUL gets a leading ' so that it
// stays text: quoting alone does not stop Excel or LibreOffice from
// running it as a formula. Line breaks inside a cell stay "\n".
class CsvWriter final
{
public:
    static QString cell(const QString &value);
    static QString record(const QStringList &cells); // ends with CRLF
    static QByteArray document(const QList<QStringList> &records);
};

} // namespace rapport::core
