#include "Python.h"

#include "io/CsvWriter.h"
#include "io/LogCsvExport.h"
#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/ProgramRepository.h"
#include "support/Builders.h"
#include "support/QtPrinters.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace rapport::core;
using rapport::test::CommunicationBuilder;
using rapport::test::ContactBuilder;
using rapport::test::ProgramBuilder;

namespace {

// Reads a CSV file with Python's csv module (utf-8-sig drops the BOM) and
// prints the rows as a JSON array of arrays.
const char *const kReadCsv = R"(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.reader(f))))
)";

QList<QStringList> readBack(const QByteArray &csv)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();
    QList<QStringList> rows;
    for (const QJsonValue &row : rapport::test::runPython(kReadCsv, {path}).array()) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells << cell.toString();
        rows << cells;
    }
    return rows;
}

TEST(CsvWriter, QuotesOnlyWhatNeedsIt)
{
    EXPECT_EQ(CsvWriter::cell(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(CsvWriter::cell(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvWriter::cell(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvWriter::cell(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(CsvWriter::record({QStringLiteral("a"), QString()}), QStringLiteral("a,\r\n"));
}

TEST(CsvWriter, DisarmsEveryFormulaStart)
{
    for (const QString &start :
         {QStringLiteral("="), QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("@"),
          QStringLiteral("\t"), QStringLiteral("\r"), QString(QChar(u'\0'))}) {
        const QString value = start + QStringLiteral("1+1");
        EXPECT_TRUE(CsvWriter::cell(value).startsWith(QStringLiteral("'")) ||
                    CsvWriter::cell(value).startsWith(QStringLiteral("\"'")))
            << CsvWriter::cell(value).toStdString();
    }
    EXPECT_EQ(CsvWriter::cell(QStringLiteral("=HYPERLINK(\"http://x\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
    EXPECT_EQ(CsvWriter::cell(QStringLiteral("a=b")), QStringLiteral("a=b"));
}

TEST(CsvWriter, DocumentHasABomAndCrlf)
{
    const QByteArray doc = CsvWriter::document({{QStringLiteral("h")}, {QStringLiteral("é")}});
    EXPECT_EQ(doc, QByteArray("\xEF\xBB\xBFh\r\n\xC3\xA9\r\n"));
}

class LogCsvExportTest : public ::testing::Test
{
protected:
    rapport::test::TempDatabase t;
    qint64 lakeside = 0;
    qint64 northgate = 0;
    qint64 lopez = 0;
    QList<Communication> written;

    void SetUp() override
    {
        lakeside =
            *ProgramRepository(t.db()).add(ProgramBuilder(QStringLiteral("Lakeside, \"ENT\"")));
        northgate = *ProgramRepository(t.db()).add(
            ProgramBuilder(QStringLiteral("Northgate")).city(QStringLiteral("Boston")));
        lopez = *ContactRepository(t.db()).add(ContactBuilder(lakeside));
        const QString nasty[] = {
            QStringLiteral("Comma, inside"),
            QStringLiteral("Quote \"inside\" and 'single'"),
            QStringLiteral("Line one\nline two\n\nline four"),
            QStringLiteral("=SUM(A1:A9)"),
            QStringLiteral("+1 312 555 0100"),
            QStringLiteral("-minus"),
            QStringLiteral("@mention"),
            QString::fromUtf8("Unicode: Muñoz — “curly” 🎉 日本"),
            QStringLiteral("\ttab first"),
        };
        int i = 0;
        for (const QString &text : nasty) {
            Communication c =
                CommunicationBuilder(lakeside)
                    .contact(lopez)
                    .at(QDateTime(QDate(2026, 10, 1 + i), QTime(9, 30), QTimeZone(-5 * 3600)))
                    .subject(text)
                    .body(text + QStringLiteral(" / body"))
                    .messageId(QStringLiteral("m%1@x.org").arg(i));
            c.id = *CommunicationRepository(t.db()).add(c);
            written << c;
            ++i;
        }
        ASSERT_TRUE(
            CommunicationRepository(t.db())
                .add(CommunicationBuilder(northgate).subject(QStringLiteral("other program")))
                .ok());
    }
};

QString safe(const QString &value)
{
    static const QString starts = QStringLiteral("=+-@\t\r");
    return !value.isEmpty() && starts.contains(value.front()) ? QLatin1Char('\'') + value : value;
}

TEST_F(LogCsvExportTest, PythonReadsEveryFieldBackIntact)
{
    auto csv = LogCsvExport::write(t.db(), lakeside);
    ASSERT_TRUE(csv.ok()) << csv.errorMessage().toStdString();
    EXPECT_TRUE(csv->startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(csv->contains("\r\n"));
    const QList<QStringList> rows = readBack(*csv);
    ASSERT_EQ(rows.size(), written.size() + 1) << "header plus Lakeside's entries only";
    EXPECT_EQ(rows[0], LogCsvExport::columns());
    for (int i = 0; i < written.size(); ++i) {
        const QStringList &row = rows[i + 1];
        const Communication &c = written[i];
        ASSERT_EQ(row.size(), LogCsvExport::columns().size());
        EXPECT_EQ(row[0], QString::number(c.id));
        EXPECT_EQ(row[1],
                  QStringLiteral("2026-10-%1T09:30:00-05:00").arg(1 + i, 2, 10, QLatin1Char('0')));
        EXPECT_EQ(row[3], QStringLiteral("Lakeside, \"ENT\""));
        EXPECT_EQ(row[4], QStringLiteral("Dr. Maria Lopez"));
        EXPECT_EQ(row[5], QStringLiteral("outgoing"));
        EXPECT_EQ(row[7], QStringLiteral("pre_interview_interest"));
        EXPECT_EQ(row[10].toStdString(), safe(c.subject).toStdString()) << "row " << i;
        EXPECT_EQ(row[11].toStdString(), safe(c.body).toStdString()) << "row " << i;
        EXPECT_EQ(row[14], c.messageId);
    }
}

TEST_F(LogCsvExportTest, TheWholeLogHasEveryProgram)
{
    auto csv = LogCsvExport::write(t.db());
    ASSERT_TRUE(csv.ok());
    const QList<QStringList> rows = readBack(*csv);
    ASSERT_EQ(rows.size(), written.size() + 2);
    EXPECT_EQ(rows[1][3], QStringLiteral("Northgate")) << "the earliest entry comes first";
}

TEST_F(LogCsvExportTest, AnUnknownProgramIsAnError)
{
    auto csv = LogCsvExport::write(t.db(), 999);
    ASSERT_FALSE(csv.ok());
    EXPECT_EQ(csv.errorMessage(), QStringLiteral("there is no program with id 999"));
}

} // namespace
