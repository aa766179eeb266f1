#include "io/CsvReader.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using rapport::core::CsvReader;
using rapport::core::CsvRecord;

namespace {

QStringList fields(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

TEST(CsvReader, ReadsPlainFieldsWithLfOrCrlf)
{
    for (const QByteArray &text : {QByteArray("a,b,c\n1,2,3\n"), QByteArray("a,b,c\r\n1,2,3\r\n"),
                                   QByteArray("a,b,c\r\n1,2,3")}) {
        const QList<CsvRecord> records = CsvReader::read(text);
        ASSERT_EQ(records.size(), 2) << text.toStdString();
        EXPECT_EQ(records[0].fields, fields({"a", "b", "c"}));
        EXPECT_EQ(records[1].fields, fields({"1", "2", "3"}));
        EXPECT_EQ(records[1].line, 2);
        EXPECT_TRUE(records[1].error.isEmpty());
    }
}

TEST(CsvReader, QuotedFieldsKeepCommasQuotesAndLineBreaks)
{
    const QList<CsvRecord> records = CsvReader::read(QByteArray(
        "name,notes\r\n\"Bayview, ENT\",\"She said \"\"hello\"\"\r\nthen left\"\r\nnext,row\r\n"));
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[1].fields, fields({"Bayview, ENT", "She said \"hello\"\nthen left"}));
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[2].line, 4) << "the record after a two-line field starts on line 4";
}

TEST(CsvReader, DropsTheByteOrderMarkAndDecodesUtf8)
{
    const QList<CsvRecord> records = CsvReader::read(QByteArray("\xEF\xBB\xBFname\nRen\xC3\xA9"
                                                                "e\n"));
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].fields, fields({"name"}));
    EXPECT_EQ(records[1].fields, fields({"Renée"}));
}

TEST(CsvReader, FallsBackToWindows1252ForAnsiExports)
{
    const QList<CsvRecord> records = CsvReader::read(QByteArray("name\n\x93"
                                                                "Caf\xE9\x94 \x96 ok\n"));
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[1].fields.first(), QString::fromUtf8("“Café” – ok"));
}

TEST(CsvReader, KeepsEmptyFieldsAndSkipsBlankLines)
{
    const QList<CsvRecord> records = CsvReader::read(QByteArray("a,,c,\n\n\r\n,\n\"\"\n"));
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[0].fields, fields({"a", "", "c", ""}));
    EXPECT_EQ(records[1].fields, fields({"", ""}));
    EXPECT_EQ(records[1].line, 4);
    EXPECT_EQ(records[2].fields, fields({""}));
}

TEST(CsvReader, AQuoteInsideAnUnquotedFieldIsText)
{
    const QList<CsvRecord> records = CsvReader::read(QByteArray("5'10\" tall,x\n"));
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].fields, fields({"5'10\" tall", "x"}));
    EXPECT_TRUE(records[0].error.isEmpty());
}

TEST(CsvReader, TextAfterAClosingQuoteSpoilsOnlyItsRecord)
{
    const QList<CsvRecord> records = CsvReader::read(QByteArray("a,b\n\"Granite\" State,x\nc,d\n"));
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[1].error, QStringLiteral("field 1 has text after its closing quote"));
    EXPECT_EQ(records[2].fields, fields({"c", "d"}));
    EXPECT_TRUE(records[2].error.isEmpty());
}

TEST(CsvReader, AnUnclosedQuoteIsReportedAndReadingResumesOnTheNextLine)
{
    const QList<CsvRecord> records =
        CsvReader::read(QByteArray("a,b\r\nok,1\r\nx,\"never closed\r\nnext,2\r\nlast,3\r\n"));
    ASSERT_EQ(records.size(), 5);
    EXPECT_EQ(records[2].line, 3);
    EXPECT_EQ(records[2].error,
              QStringLiteral("field 2 opens a quote on line 3 that is never closed"));
    EXPECT_EQ(records[3].line, 4);
    EXPECT_EQ(records[3].fields, fields({"next", "2"}));
    EXPECT_EQ(records[4].line, 5);
    EXPECT_EQ(records[4].fields, fields({"last", "3"}));
}

TEST(CsvReader, CountsLinesThroughOldMacLineBreaksToo)
{
    const QList<CsvRecord> records = CsvReader::read(QByteArray("a\r\"b\rc\"\rd\r"));
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[1].fields, fields({"b\nc"}));
    EXPECT_EQ(records[2].line, 4);
}

} // namespace
