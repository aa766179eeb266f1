#include "CsvReader.h"

#include "TextDecoding.h"

#include "domain/TextLimits.h"

namespace rapport::core {
namespace {

class Scanner
{
public:
    explicit Scanner(const QString &text) : m_text(text) {}

    QList<CsvRecord> records(qsizetype maxRecords)
    {
        QList<CsvRecord> out;
        while (m_pos < m_text.size() && out.size() < maxRecords) {
            if (atLineBreak()) { // a blank line is no record
                takeLineBreak();
                continue;
            }
            out << record();
        }
        return out;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return m_text.at(m_pos); }
    bool atLineBreak() const { return !atEnd() && (peek() == u'\n' || peek() == u'\r'); }
    bool atFieldEnd() const { return atEnd() || peek() == u',' || atLineBreak(); }

    void takeLineBreak()
    {
        if (peek() == u'\r' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    CsvRecord record()
    {
        CsvRecord rec;
        rec.line = m_line;
        for (;;) {
            QString field;
            if (!atEnd() && peek() == u'"') {
                if (!quoted(field, rec))
                    return rec; // unterminated: the reader has moved on already
            } else {
                while (!atFieldEnd())
                    append(field, m_text.at(m_pos++), rec);
            }
            rec.fields << field;
            if (atEnd())
                return rec;
            if (atLineBreak()) {
                takeLineBreak();
                return rec;
            }
            ++m_pos; // the comma
        }
    }

    // Reads a quoted field into field; false when its quote never closes.
    bool quoted(QString &field, CsvRecord &rec)
    {
        const qsizetype open = m_pos;
        const int openLine = m_line;
        ++m_pos;
        for (;;) {
            if (atEnd()) {
                rec.error = QStringLiteral("field %1 opens a quote on line %2 that is never closed")
                                .arg(rec.fields.size() + 1)
                                .arg(openLine);
                resumeAfterLineOf(open, openLine);
                return false;
            }
            const QChar c = peek();
            if (c == u'"') {
                if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'"') {
                    append(field, u'"', rec);
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                break;
            }
            if (c == u'\r' || c == u'\n') {
                takeLineBreak();
                append(field, u'\n', rec);
                continue;
            }
            append(field, c, rec);
            ++m_pos;
        }
        if (!atFieldEnd()) {
            if (rec.error.isEmpty())
                rec.error = QStringLiteral("field %1 has text after its closing quote")
                                .arg(rec.fields.size() + 1);
            while (!atFieldEnd())
                append(field, m_text.at(m_pos++), rec);
        }
        return true;
    }

    // A field past the limit spoils its record but is still read to its
    // end, so the records after it are found; what is kept stays bounded.
    static void append(QString &field, QChar c, CsvRecord &rec)
    {
        if (field.size() < limits::kCsvField) {
            field += c;
            return;
        }
        if (rec.error.isEmpty())
            rec.error = QStringLiteral("column %1 is longer than the limit of %2 characters")
                            .arg(rec.fields.size() + 1)
                            .arg(limits::kCsvField);
    }

    // An unclosed quote would otherwise swallow the rest of the file: give
    // up on this record and read on from the line after the quote opened.
    void resumeAfterLineOf(qsizetype pos, int line)
    {
        m_pos = pos;
        m_line = line;
        while (!atEnd() && !atLineBreak())
            ++m_pos;
        if (!atEnd())
            takeLineBreak();
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

QList<CsvRecord> CsvReader::read(const QByteArray &bytes, qsizetype maxRecords)
{
    return read(decodeText(bytes), maxRecords);
}

QList<CsvRecord> CsvReader::read(const QString &text, qsizetype maxRecords)
{
    if (text.startsWith(QChar(0xFEFF)))
        return Scanner(text.mid(1)).records(maxRecords);
    return Scanner(text).records(maxRecords);
}

} // namespace rapport::core
