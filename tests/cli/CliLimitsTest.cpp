#include "CliRunner.h"

#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

using rapport::test::CliResult;
using rapport::test::CliRunner;

namespace {

void expectRefusal(const CliResult &r, int code, const QString &message)
{
    EXPECT_EQ(r.exitCode, code) << r.out.toStdString();
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("rapport-cli: ") + message)) << r.err.toStdString();
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
}

CliResult addProgram(const CliRunner &cli, const QString &name, const QStringList &extra = {})
{
    return cli.run(QStringList{QStringLiteral("program"), QStringLiteral("add"),
                               QStringLiteral("--name"), name} +
                   extra);
}

} // namespace

TEST(CliLimits, AnEmptyDatabaseOptionIsRefusedNotTheDefaultSeason)
{
    CliRunner cli;
    for (const QStringList &args :
         {QStringList{QStringLiteral("--database"), QString(), QStringLiteral("stats")},
          QStringList{QStringLiteral("--database="), QStringLiteral("init")},
          QStringList{QStringLiteral("stats"), QStringLiteral("--database"),
                      QStringLiteral(" ")}}) {
        const CliResult r = cli.runRaw(args);
        expectRefusal(r, 2, QStringLiteral("--database is given an empty value"));
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    }
    EXPECT_FALSE(QFile::exists(cli.dir() + QStringLiteral("/data/rapport/rapport.sqlite")));
}

TEST(CliLimits, AHundredThousandCharacterNameIsRefusedNamingTheField)
{
    CliRunner cli;
    ASSERT_EQ(cli.run({QStringLiteral("init")}).exitCode, 0);
    expectRefusal(addProgram(cli, QString(100000, QLatin1Char('N'))), 1,
                  QStringLiteral("program name: 100000 characters, more than the limit of 300"));
    expectRefusal(addProgram(cli, QStringLiteral("Lakeside ENT"),
                             {QStringLiteral("--notes"), QString(100001, QLatin1Char('n'))}),
                  1,
                  QStringLiteral("program notes: 100001 characters, more than the limit of "
                                 "100000"));
    const CliResult list = cli.run({QStringLiteral("program"), QStringLiteral("list")});
    EXPECT_FALSE(list.out.contains(QLatin1String("NNNN"))) << "nothing was stored";
}

TEST(CliLimits, ControlCharactersInArgumentsAreRefused)
{
    CliRunner cli;
    expectRefusal(addProgram(cli, QStringLiteral("Lakeside\x1b]0;pwned\x07 ENT")), 1,
                  QStringLiteral("program name: the control character U+001B is not allowed"));
}

TEST(CliLimits, YearOneIsRefusedWhereverADateIsTyped)
{
    CliRunner cli;
    expectRefusal(addProgram(cli, QStringLiteral("Lakeside ENT"),
                             {QStringLiteral("--interview-date"), QStringLiteral("0001-01-05")}),
                  1, QStringLiteral("--interview-date 0001-01-05 is outside 1990-2100"));
    const CliResult added = addProgram(cli, QStringLiteral("Lakeside ENT"));
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    expectRefusal(
        cli.run({QStringLiteral("log"), QStringLiteral("add"), QStringLiteral("--program"),
                 QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("other"),
                 QStringLiteral("--at"), QStringLiteral("0001-01-05T10:00")}),
        1, QStringLiteral("log add: --at 0001-01-05 is outside 1990-2100"));
    expectRefusal(cli.run({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--from"),
                           QStringLiteral("0001-01-05")}),
                  1, QStringLiteral("log list: --from 0001-01-05 is outside 1990-2100"));
}

TEST(CliLimits, AUtf16CsvImports)
{
    CliRunner cli;
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray bytes =
        encoder.encode(QStringLiteral("Program,City\r\nRen\u00e9e Memorial ENT,New Orleans\r\n"));
    const QString file = cli.writeFile(QStringLiteral("programs.csv"), bytes);
    const CliResult r = cli.run({QStringLiteral("import"), QStringLiteral("programs"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QLatin1String("added 1, updated 0, bad rows 0")))
        << r.out.toStdString();
    const CliResult list = cli.run({QStringLiteral("program"), QStringLiteral("list")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("Ren\u00e9e Memorial ENT (New Orleans)")))
        << list.out.toStdString();
}
