#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

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
// CRLF or LF (or a mix), UTF-8 with or without a byte order mark, or UTF-16
// with one (see decodeText). Lenient where
// spreadsheets are: a quote inside an unquoted field is kept as text.
// Malformed quoting spoils only its own record: text after a closing quote
// is reported and skipped to the end of the record; an opening quote that
// never closes is reported at its record's line and reading resumes on the
// next physical line, so one bad row cannot swallow the rest of the file.
// Blank lines are skipped. Line breaks inside fields come back as "\n".
// A field longer than limits::kCsvField is an error of its record, which
// keeps only the field's first kCsvField characters.
class CsvReader final
{
public:
    // At most maxRecords records are read: a caller that passes one more
    // than it accepts can tell that the file has too many.
    static QList<CsvRecord> read(const QByteArray &bytes,
                                 qsizetype maxRecords = std::numeric_limits<qsizetype>::max());
    static QList<CsvRecord> read(const QString &text,
                                 qsizetype maxRecords = std::numeric_limits<qsizetype>::max());
};

} // namespace rapport::core
