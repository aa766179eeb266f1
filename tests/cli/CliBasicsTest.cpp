#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>

#include <gtest/gtest.h>

using rapport::test::CliResult;
using rapport::test::CliRunner;

namespace {

qint64 addProgram(const CliRunner &cli, const QStringList &extra = {})
{
    const CliResult r = cli.run(QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                            QStringLiteral("program"), QStringLiteral("add"),
                                            QStringLiteral("--name"),
                                            QStringLiteral("Lakeside University Otolaryngology"),
                                            QStringLiteral("--city"), QStringLiteral("Chicago")} +
                                extra);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.json().value(QStringLiteral("id")).toInteger();
}

void expectOneLineError(const CliResult &r, int code, const char *mentions)
{
    EXPECT_EQ(r.exitCode, code) << r.out.toStdString();
    EXPECT_TRUE(r.err.startsWith(QLatin1String("rapport-cli: "))) << r.err.toStdString();
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String(mentions))) << r.err.toStdString();
}

} // namespace

TEST(CliBasics, InitCreatesThePrivateDatabase)
{
    CliRunner cli;
    const CliResult r = cli.run({QStringLiteral("init")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(cli.databasePath()));
    EXPECT_EQ(QFile::permissions(cli.databasePath()) & 0x0077, 0) << "group or others can read it";
}

TEST(CliBasics, DatabaseOptionIsAcceptedAfterTheSubcommand)
{
    CliRunner cli;
    const CliResult r =
        cli.runRaw({QStringLiteral("init"), QStringLiteral("--database"), cli.databasePath()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(cli.databasePath()));
}

TEST(CliBasics, EnvironmentVariableChoosesTheDatabase)
{
    CliRunner cli;
    auto env = cli.environment();
    const QString path = cli.dir() + QStringLiteral("/from-env.sqlite");
    env.insert(QStringLiteral("RAPPORT_DATABASE"), path);
    const CliResult r = cli.runRaw({QStringLiteral("init")}, {}, env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(path));
}

TEST(CliBasics, UsageErrorsExitWithTwo)
{
    CliRunner cli;
    expectOneLineError(cli.run({QStringLiteral("frobnicate")}), 2,
                       "unknown command \"frobnicate\"");
    expectOneLineError(cli.run({QStringLiteral("program"), QStringLiteral("add")}), 2,
                       "--name is required");
    expectOneLineError(
        cli.run({QStringLiteral("program"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("X"), QStringLiteral("--colour"), QStringLiteral("red")}),
        2, "unknown option --colour");
    expectOneLineError(
        cli.run({QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("stats")}), 2,
        "--format \"xml\"");
    expectOneLineError(
        cli.run({QStringLiteral("program"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("X"), QStringLiteral("--policy"), QStringLiteral("never")}),
        2, "no_post_interview");
    EXPECT_EQ(cli.runRaw({}).exitCode, 2);
}

TEST(CliBasics, BadValuesExitWithOneAndNameTheProblem)
{
    CliRunner cli;
    expectOneLineError(cli.run({QStringLiteral("program"), QStringLiteral("add"),
                                QStringLiteral("--name"), QStringLiteral("X"),
                                QStringLiteral("--interview-date"), QStringLiteral("1989-12-31")}),
                       1, "1989-12-31 is outside 1990-2100");
    expectOneLineError(cli.run({QStringLiteral("program"), QStringLiteral("add"),
                                QStringLiteral("--name"), QStringLiteral("   ")}),
                       1, "program name is empty");
    const qint64 program = addProgram(cli);
    expectOneLineError(
        cli.run({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--program"),
                 QString::number(program), QStringLiteral("--last"), QStringLiteral("Lopez"),
                 QStringLiteral("--email"), QStringLiteral("lopez-at-lakeside")}),
        1, "\"lopez-at-lakeside\" is not an email address");
    expectOneLineError(
        cli.run({QStringLiteral("log"), QStringLiteral("add"), QStringLiteral("--program"),
                 QString::number(program), QStringLiteral("--at"), QStringLiteral("yesterday"),
                 QStringLiteral("--kind"), QStringLiteral("thank_you")}),
        1, "--at \"yesterday\"");
    // Nothing half-written: still exactly one program, no contacts.
    const CliResult list = cli.run({QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("program"), QStringLiteral("list")});
    EXPECT_EQ(list.json().value(QStringLiteral("programs")).toArray().size(), 1);
}

TEST(CliBasics, RefusesAFileThatIsNotARapportDatabaseAndLeavesItAlone)
{
    CliRunner cli;
    const QByteArray content = "name,city\nLakeside,Chicago\n";
    const QString path = cli.writeFile(QStringLiteral("programs.csv"), content);
    const CliResult r = cli.runRaw({QStringLiteral("--database"), path, QStringLiteral("stats")});
    expectOneLineError(r, 1, "is not a Rapport database");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), content);
}

TEST(CliBasics, ProgramAddEditAndListRoundTrip)
{
    CliRunner cli;
    const qint64 id = addProgram(
        cli, {QStringLiteral("--interview-date"), QStringLiteral("2026-12-05"),
              QStringLiteral("--visa"), QStringLiteral("j1"), QStringLiteral("--nrmp"),
              QStringLiteral("yes"), QStringLiteral("--nrmp-code"), QStringLiteral("1234280C0")});
    ASSERT_GT(id, 0);
    const CliResult edit =
        cli.run({QStringLiteral("program"), QStringLiteral("edit"), QString::number(id),
                 QStringLiteral("--status"), QStringLiteral("interviewed"),
                 QStringLiteral("--policy"), QStringLiteral("no_thank_you")});
    ASSERT_EQ(edit.exitCode, 0) << edit.err.toStdString();
    const QJsonObject p = cli.run({QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("program"), QStringLiteral("list")})
                              .json()
                              .value(QStringLiteral("programs"))
                              .toArray()
                              .first()
                              .toObject();
    EXPECT_EQ(p.value(QStringLiteral("status")).toString(), QStringLiteral("interviewed"));
    EXPECT_EQ(p.value(QStringLiteral("policy")).toString(), QStringLiteral("no_thank_you"));
    EXPECT_EQ(p.value(QStringLiteral("visa")).toString(), QStringLiteral("j1"));
    EXPECT_EQ(p.value(QStringLiteral("interview_date")).toString(), QStringLiteral("2026-12-05"));
    EXPECT_EQ(p.value(QStringLiteral("nrmp_code")).toString(), QStringLiteral("1234280C0"));
    EXPECT_EQ(p.value(QStringLiteral("city")).toString(), QStringLiteral("Chicago"));
}

TEST(CliBasics, LogAddReadsTheBodyFromStandardInputAndSearchFindsIt)
{
    CliRunner cli;
    const qint64 program = addProgram(cli);
    const CliResult add = cli.run(
        {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("log"),
         QStringLiteral("add"), QStringLiteral("--program"), QString::number(program),
         QStringLiteral("--at"), QStringLiteral("2026-09-10T09:30"), QStringLiteral("--kind"),
         QStringLiteral("pre_interview_interest"), QStringLiteral("--subject"),
         QStringLiteral("Rhinology research"), QStringLiteral("--body-file"), QStringLiteral("-")},
        "Dear Dr. Lopez,\n\nI enjoyed reading about your skull-base work.\n");
    ASSERT_EQ(add.exitCode, 0) << add.err.toStdString();
    const QJsonObject created = add.json();
    EXPECT_GT(created.value(QStringLiteral("id")).toInteger(), 0);
    EXPECT_TRUE(created.value(QStringLiteral("findings")).isArray());

    const CliResult found =
        cli.run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("log"),
                 QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("skull")});
    const QJsonArray entries = found.json().value(QStringLiteral("communications")).toArray();
    ASSERT_EQ(entries.size(), 1);
    const QJsonObject entry = entries.first().toObject();
    EXPECT_EQ(entry.value(QStringLiteral("subject")).toString(),
              QStringLiteral("Rhinology research"));
    // Entered in New York in September: UTC-4, and the offset is kept.
    EXPECT_EQ(entry.value(QStringLiteral("at")).toString(),
              QStringLiteral("2026-09-10T09:30:00-04:00"));
    const CliResult none =
        cli.run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("log"),
                 QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("cochlear")});
    EXPECT_TRUE(none.json().value(QStringLiteral("communications")).toArray().isEmpty());
}
