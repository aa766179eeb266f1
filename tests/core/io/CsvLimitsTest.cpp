#include "domain/TextLimits.h"
#include "io/CsvReader.h"
#include "io/ProgramCsvImport.h"

#include "storage/ProgramRepository.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rapport::core;
using rapport::test::TempDatabase;

namespace {

const QString kFile = QStringLiteral("Program,City,Notes\r\n"
                                     "Bayview ENT,Chicago,caf\u00e9 au lait\r\n"
                                     "Lakeside ENT,Boston,\"two\r\nlines\"\r\n");

QByteArray utf16(const QString &text, QStringEncoder::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
    return encoder.encode(text);
}

Program storedNamed(Database &db, const QString &name, const QString &city)
{
    auto p = ProgramRepository(db).findByNameCity(name, city);
    EXPECT_TRUE(p.ok() && p->has_value()) << name.toStdString();
    return p.ok() && p->has_value() ? **p : Program{};
}

TEST(CsvLimits, Utf16WithAByteOrderMarkImportsLikeUtf8)
{
    for (const auto encoding : {QStringEncoder::Utf16LE, QStringEncoder::Utf16BE}) {
        const QByteArray bytes = utf16(kFile, encoding);
        ASSERT_TRUE(bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"));
        auto preview = ProgramCsvImport::preview(bytes);
        ASSERT_TRUE(preview.ok()) << preview.errorMessage().toStdString();
        ASSERT_TRUE(preview->mapping.indexOf(ProgramColumn::Name).has_value())
            << "the header is read, not a NUL after every letter";
        EXPECT_TRUE(preview->problems().isEmpty()) << preview->problems().join('|').toStdString();

        TempDatabase t;
        auto summary = ProgramCsvImport::apply(t.db(), *preview, ImportMode::AllOrNothing);
        ASSERT_TRUE(summary.ok()) << summary.errorMessage().toStdString();
        EXPECT_EQ(summary->added, 2);
        EXPECT_EQ(
            storedNamed(t.db(), QStringLiteral("Bayview ENT"), QStringLiteral("Chicago")).notes,
            QStringLiteral("caf\u00e9 au lait"));
        EXPECT_EQ(
            storedNamed(t.db(), QStringLiteral("Lakeside ENT"), QStringLiteral("Boston")).notes,
            QStringLiteral("two\nlines"));
    }
}

TEST(CsvLimits, Utf8WithAndWithoutByteOrderMarkReadTheSame)
{
    const QByteArray plain = kFile.toUtf8();
    const QList<CsvRecord> withBom = CsvReader::read(QByteArray("\xEF\xBB\xBF") + plain);
    const QList<CsvRecord> without = CsvReader::read(plain);
    ASSERT_EQ(withBom.size(), 3);
    ASSERT_EQ(without.size(), 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(withBom[i].fields, without[i].fields);
    EXPECT_EQ(without[0].fields.first(), QStringLiteral("Program"));
}

TEST(CsvLimits, ATenMegabyteFieldIsRefusedNamingLineAndColumn)
{
    QByteArray bytes("Program,City,Notes\nBayview ENT,Chicago,ok\nLakeside ENT,Boston,");
    bytes += QByteArray(10 * 1024 * 1024, 'x');
    bytes += "\nHillcrest ENT,Denver,fine\n";
    auto preview = ProgramCsvImport::preview(bytes);
    ASSERT_TRUE(preview.ok()) << preview.errorMessage().toStdString();
    EXPECT_EQ(preview->problems(),
              QStringList{QStringLiteral("line 3: column 3 is longer than the limit of 100000 "
                                         "characters")});
    EXPECT_EQ(preview->goodCount(), 2) << "the rows before and after are still read";

    TempDatabase t;
    auto summary = ProgramCsvImport::apply(t.db(), *preview, ImportMode::GoodRows);
    ASSERT_TRUE(summary.ok()) << summary.errorMessage().toStdString();
    EXPECT_EQ(summary->added, 2);
    const qsizetype longest =
        rapport::test::queryValue(t.db(), QStringLiteral("SELECT max(length(notes)) FROM programs"))
            .toLongLong();
    EXPECT_LE(longest, limits::kCsvField);
}

TEST(CsvLimits, AQuotedFieldOverTheLimitIsRefusedToo)
{
    QByteArray bytes("Program,Notes\n\"");
    bytes += QByteArray(limits::kCsvField + 1, 'y');
    bytes += "\",x\nNext,ok\n";
    const QList<CsvRecord> records = CsvReader::read(bytes);
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[1].error,
              QStringLiteral("column 1 is longer than the limit of 100000 characters"));
    EXPECT_EQ(records[1].fields.first().size(), limits::kCsvField);
    EXPECT_EQ(records[2].fields, (QStringList{QStringLiteral("Next"), QStringLiteral("ok")}));
}

TEST(CsvLimits, MoreRowsThanTheLimitAreRefusedWhole)
{
    QByteArray bytes("Program\n");
    bytes.reserve(bytes.size() + (limits::kCsvRows + 1) * 3);
    for (qsizetype i = 0; i <= limits::kCsvRows; ++i)
        bytes += "ab\n";
    auto preview = ProgramCsvImport::preview(bytes);
    ASSERT_FALSE(preview.ok());
    EXPECT_EQ(preview.errorMessage(),
              QStringLiteral("the file has more than 100000 rows; split it into smaller files"));

    bytes.chop(3);
    auto atLimit = ProgramCsvImport::preview(bytes);
    ASSERT_TRUE(atLimit.ok()) << atLimit.errorMessage().toStdString();
    EXPECT_EQ(atLimit->rows.size(), limits::kCsvRows);
}

TEST(CsvLimits, AFileOverTheSizeLimitIsRefusedBeforeItIsRead)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.write("Program\nA\n") > 0);
    ASSERT_TRUE(file.resize(limits::kCsvFileBytes + 1)); // sparse: no 64 MB written
    file.close();
    auto preview = ProgramCsvImport::previewFile(path);
    ASSERT_FALSE(preview.ok());
    EXPECT_EQ(preview.errorMessage(),
              QStringLiteral("%1 is 67108865 bytes; program files are read up to 67108864 bytes "
                             "(split it into smaller files)")
                  .arg(path));
}

TEST(CsvLimits, ControlCharactersAreDroppedAndOneLineFieldsStayOneLine)
{
    QByteArray bytes("Program,City,Notes,Policy Note\n\"Lake");
    bytes += '\0';
    bytes += "side\x1b[2J ENT\",\"Chi\ncago\",\"a";
    bytes += '\0';
    bytes += "b\tc\nd\x7f\",\"coordinator\x07\nonly\"\n";
    auto preview = ProgramCsvImport::preview(bytes);
    ASSERT_TRUE(preview.ok()) << preview.errorMessage().toStdString();
    ASSERT_TRUE(preview->problems().isEmpty()) << preview->problems().join('|').toStdString();

    TempDatabase t;
    ASSERT_TRUE(ProgramCsvImport::apply(t.db(), *preview, ImportMode::AllOrNothing).ok());
    const Program p =
        storedNamed(t.db(), QStringLiteral("Lakeside ENT"), QStringLiteral("Chi cago"));
    EXPECT_EQ(p.notes, QStringLiteral("ab\tc\nd"));
    EXPECT_EQ(p.policyNote, QStringLiteral("coordinator\nonly"));
    EXPECT_EQ(
        rapport::test::queryValue(
            t.db(), QStringLiteral("SELECT count(*) FROM programs WHERE instr(name || city || "
                                   "notes || policy_note, char(0)) > 0"))
            .toInt(),
        0);
}

TEST(CsvLimits, AFieldOverItsProgramLimitIsRefusedNamingTheField)
{
    QByteArray bytes("Program,City\n");
    bytes += QByteArray(301, 'N') + ",Chicago\nBayview ENT,Chicago\n";
    auto preview = ProgramCsvImport::preview(bytes);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->problems(),
              QStringList{QStringLiteral(
                  "line 2: program name: 301 characters, more than the limit of 300")});
}

TEST(CsvLimits, YearOneIsRefusedInBothDateForms)
{
    auto preview = ProgramCsvImport::preview(
        QByteArray("Program,Interview Date\nA,0001-01-05\nB,1/5/0001\nC,1/5/2027\n"));
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->problems(),
              (QStringList{QStringLiteral("line 2: interview date \"0001-01-05\" is not a date "
                                          "(YYYY-MM-DD or M/D/YYYY, 1990-2100)"),
                           QStringLiteral("line 3: interview date \"1/5/0001\" is not a date "
                                          "(YYYY-MM-DD or M/D/YYYY, 1990-2100)")}));
    EXPECT_EQ(preview->rows.last().program.interviewDate, QDate(2027, 1, 5));
}

} // namespace
