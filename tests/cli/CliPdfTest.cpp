#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using rapport::test::CliResult;
using rapport::test::CliRunner;

namespace {

QString firstPageText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                   QStringLiteral("1"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST(CliPdf, WritesTheSeasonAndProgramReports)
{
    CliRunner cli;
    cli.setNow(QStringLiteral("2027-02-20T10:00-05:00")); // the whole demo story
    ASSERT_EQ(cli.run({QStringLiteral("demo")}).exitCode, 0);
    const QString season = QDir(cli.dir()).filePath(QStringLiteral("season.pdf"));
    const CliResult r =
        cli.run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("export"),
                 QStringLiteral("pdf"), QStringLiteral("--output"), season});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_GT(r.json().value(QStringLiteral("pages")).toInt(), 3);
    QFile file(season);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    const QString text = firstPageText(season);
    if (!text.isEmpty()) {
        EXPECT_TRUE(text.contains(QStringLiteral("Season report")));
    }

    const QString program = QDir(cli.dir()).filePath(QStringLiteral("program.pdf"));
    const CliResult one =
        cli.run({QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--program"),
                 QStringLiteral("1"), QStringLiteral("--output"), program});
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    EXPECT_TRUE(one.out.startsWith(QStringLiteral("wrote the program report (")));
    EXPECT_TRUE(QFile::exists(program));
}

TEST(CliPdf, NeedsAnOutputFileAndAKnownProgram)
{
    CliRunner cli;
    ASSERT_EQ(cli.run({QStringLiteral("init")}).exitCode, 0);
    const CliResult noOutput = cli.run({QStringLiteral("export"), QStringLiteral("pdf")});
    EXPECT_EQ(noOutput.exitCode, 2);
    EXPECT_TRUE(noOutput.err.contains(QStringLiteral("--output FILE is required")));

    const QString pdf = QDir(cli.dir()).filePath(QStringLiteral("none.pdf"));
    const CliResult unknown =
        cli.run({QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--program"),
                 QStringLiteral("42"), QStringLiteral("--output"), pdf});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no program with id 42")));
    EXPECT_FALSE(QFile::exists(pdf));
}
