#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::core {

// One record of a CSV file. line is the physical line it starts on (1-based),
// so a message can point the user at it even when quoted fields span lines.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    QString error; // malformed quoting; fields are then only what could be read
};

// RFC 4180 reader: quoted fields with commas, "" escapes and line breaks,
// CRLF or LF (or a mix), an optional UTF-8 byte order mark. Lenient where
// spreadsheets are: a quote inside an unquoted field is kept as text.
// Malformed quoting spoils only its own record: text after a closing quote
// is reported and skipped to the end of the record; an opening quote that
// never closes is reported at its record's line and reading resumes on the
// next physical line, so one bad row cannot swallow the rest of the file.
// Blank lines are skipped. Line breaks inside fields come back as "\n".
class CsvReader final
{
public:
    static QList<CsvRecord> read(const QByteArray &utf8);
    static QList<CsvRecord> read(const QString &text);
};

} // namespace rapport::core
