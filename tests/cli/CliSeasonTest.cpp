#include "CliRunner.h"

#include <QJsonArray>
#include <QSet>

#include <gtest/gtest.h>

using rapport::test::CliResult;
using rapport::test::CliRunner;

namespace {

const QString kJson[] = {QStringLiteral("--format"), QStringLiteral("json")};

QStringList json(QStringList args)
{
    return QStringList{kJson[0], kJson[1]} + args;
}

QSet<QString> rulesIn(const QJsonArray &findings)
{
    QSet<QString> rules;
    for (const QJsonValue &f : findings)
        rules.insert(f.toObject().value(QStringLiteral("rule")).toString());
    return rules;
}

QJsonObject findingFor(const QJsonArray &findings, const QString &rule)
{
    for (const QJsonValue &f : findings) {
        if (f.toObject().value(QStringLiteral("rule")).toString() == rule)
            return f.toObject();
    }
    return {};
}

qint64 setUpProgram(const CliRunner &cli)
{
    const CliResult p =
        cli.run(json({QStringLiteral("program"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Lakeside University Otolaryngology"),
                      QStringLiteral("--city"), QStringLiteral("Chicago"),
                      QStringLiteral("--interview-date"), QStringLiteral("2026-12-05")}));
    EXPECT_EQ(p.exitCode, 0) << p.err.toStdString();
    return p.json().value(QStringLiteral("id")).toInteger();
}

CliResult logEmail(const CliRunner &cli, qint64 program, const QString &at, const QString &kind,
                   const QByteArray &body, const QStringList &extra = {})
{
    return cli.run(json(QStringList{QStringLiteral("log"), QStringLiteral("add"),
                                    QStringLiteral("--program"), QString::number(program),
                                    QStringLiteral("--at"), at, QStringLiteral("--kind"), kind,
                                    QStringLiteral("--body-file"), QStringLiteral("-")} +
                        extra),
                   body);
}

const QByteArray kInterest =
    "Dear Selection Committee,\n\nI am writing about the Lakeside University "
    "otolaryngology residency and its rhinology research in Chicago.\n\n"
    "Sincerely,\nAmira Haddad, MD";

} // namespace

TEST(CliSeason, ThirdPreInterviewEmailRaisesTheQuotaWarning)
{
    CliRunner cli;
    const qint64 program = setUpProgram(cli);
    const QString kind = QStringLiteral("pre_interview_interest");
    ASSERT_EQ(logEmail(cli, program, QStringLiteral("2026-08-01T10:00"), kind, kInterest).exitCode,
              0);
    const CliResult second =
        logEmail(cli, program, QStringLiteral("2026-09-01T10:00"), kind, kInterest);
    EXPECT_FALSE(findingFor(second.json().value(QStringLiteral("findings")).toArray(),
                            QStringLiteral("quota.pre_interview"))
                     .value(QStringLiteral("severity"))
                     .toString()
                     .contains(QLatin1String("warning")));
    const CliResult third =
        logEmail(cli, program, QStringLiteral("2026-10-01T10:00"), kind, kInterest);
    ASSERT_EQ(third.exitCode, 0) << third.err.toStdString();
    const QJsonObject created = third.json();
    const QJsonObject quota = findingFor(created.value(QStringLiteral("findings")).toArray(),
                                         QStringLiteral("quota.pre_interview"));
    ASSERT_FALSE(quota.isEmpty()) << third.out.toStdString();
    EXPECT_EQ(quota.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    EXPECT_EQ(quota.value(QStringLiteral("program_id")).toInteger(), program);
    EXPECT_EQ(quota.value(QStringLiteral("communication_id")).toInteger(),
              created.value(QStringLiteral("id")).toInteger());
}

TEST(CliSeason, AcknowledgedFindingIsStoredAndShownByCheck)
{
    CliRunner cli;
    const qint64 program = setUpProgram(cli);
    const QString kind = QStringLiteral("application_update");
    logEmail(cli, program, QStringLiteral("2026-09-01T10:00"), kind, kInterest);
    const CliResult close =
        logEmail(cli, program, QStringLiteral("2026-09-04T10:00"), kind, kInterest,
                 {QStringLiteral("--acknowledge"), QStringLiteral("--reason"),
                  QStringLiteral("new publication")});
    const QJsonObject gap = findingFor(close.json().value(QStringLiteral("findings")).toArray(),
                                       QStringLiteral("timing.min_gap"));
    ASSERT_FALSE(gap.isEmpty()) << close.out.toStdString();
    EXPECT_TRUE(gap.value(QStringLiteral("acknowledged")).toBool());
    const QJsonObject stored = findingFor(
        cli.run(json({QStringLiteral("check")})).json().value(QStringLiteral("findings")).toArray(),
        QStringLiteral("timing.min_gap"));
    EXPECT_TRUE(stored.value(QStringLiteral("acknowledged")).toBool())
        << "acknowledgement not stored";
}

TEST(CliSeason, LintFindsARankInquiryWithoutStoringTheDraft)
{
    CliRunner cli;
    const qint64 program = setUpProgram(cli);
    const QByteArray draft =
        "Dear Dr. Lopez,\n\nCould you tell me where I stand\non your rank list?\n\n"
        "Sincerely,\nAmira";
    const CliResult r =
        cli.run(json({QStringLiteral("lint"), QStringLiteral("--program"), QString::number(program),
                      QStringLiteral("--kind"), QStringLiteral("post_interview_update"),
                      QStringLiteral("-")}),
                draft);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject f = findingFor(r.json().value(QStringLiteral("findings")).toArray(),
                                     QStringLiteral("content.rank_inquiry"));
    EXPECT_EQ(f.value(QStringLiteral("severity")).toString(), QStringLiteral("violation"));
    EXPECT_TRUE(f.value(QStringLiteral("communication_id")).isNull());
    // The sentence, wrapped line and all, and where it sits in the body.
    const QString sentence = QStringLiteral("Could you tell me where I stand\non your rank list?");
    EXPECT_EQ(f.value(QStringLiteral("sentence")).toString(), sentence);
    const QJsonObject span = f.value(QStringLiteral("span")).toObject();
    EXPECT_EQ(span.value(QStringLiteral("field")).toString(), QStringLiteral("body"));
    EXPECT_EQ(QString::fromUtf8(draft).mid(span.value(QStringLiteral("start")).toInt(),
                                           span.value(QStringLiteral("length")).toInt()),
              sentence);
    EXPECT_FALSE(f.value(QStringLiteral("detected_by")).toString().isEmpty());
    const CliResult list = cli.run(json({QStringLiteral("log"), QStringLiteral("list")}));
    EXPECT_TRUE(list.json().value(QStringLiteral("communications")).toArray().isEmpty());
}

TEST(CliSeason, LintIncomingFlagsAProgramAskingForTheRank)
{
    CliRunner cli;
    const QString file =
        cli.writeFile(QStringLiteral("incoming.txt"),
                      "Dear Dr. Haddad,\n\nWill you rank us #1? We need to know before our "
                      "meeting.\n\nBest,\nDr. Lopez");
    const CliResult r = cli.run(json({QStringLiteral("lint"), QStringLiteral("--incoming"), file}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(rulesIn(r.json().value(QStringLiteral("findings")).toArray())
                    .contains(QStringLiteral("incoming.rank_request")))
        << r.out.toStdString();
}

// Late in the 2027 season, after the demo story's last message: every
// breach it stages has happened.
const QString kLateInTheSeason = QStringLiteral("2027-02-20T10:00-05:00");

TEST(CliSeason, DemoSeasonHasEveryQuotaAndTimingBreach)
{
    CliRunner cli;
    cli.setNow(kLateInTheSeason);
    const CliResult demo = cli.run(json({QStringLiteral("demo")}));
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const QJsonObject summary = demo.json();
    EXPECT_EQ(summary.value(QStringLiteral("programs")).toInt(), 40);
    EXPECT_GE(summary.value(QStringLiteral("communications")).toInt(), 250);
    EXPECT_LE(summary.value(QStringLiteral("communications")).toInt(), 350);
    EXPECT_GE(summary.value(QStringLiteral("contacts")).toInt(), 40);
    EXPECT_LE(summary.value(QStringLiteral("contacts")).toInt(), 160);

    const CliResult check = cli.run(json({QStringLiteral("check")}));
    ASSERT_EQ(check.exitCode, 0) << check.err.toStdString();
    const QJsonArray findings = check.json().value(QStringLiteral("findings")).toArray();
    const QSet<QString> rules = rulesIn(findings);
    for (const char *rule : {"quota.pre_interview", "quota.thank_you", "timing.thank_you_window",
                             "quota.post_interview", "quota.top_choice", "timing.min_gap",
                             "spread.many_contacts", "policy.program", "phase.kind",
                             "quota.signals", "signals.home_program", "match.outside_contract"}) {
        EXPECT_TRUE(rules.contains(QLatin1String(rule))) << "the demo shows no " << rule;
    }
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        for (const char *key : {"rule", "severity", "message", "program_id", "communication_id"})
            EXPECT_TRUE(f.contains(QLatin1String(key))) << key;
        EXPECT_TRUE(QStringList({QStringLiteral("info"), QStringLiteral("warning"),
                                 QStringLiteral("violation")})
                        .contains(f.value(QStringLiteral("severity")).toString()));
    }
}

TEST(CliSeason, DemoRefusesADatabaseThatHoldsPrograms)
{
    CliRunner cli;
    setUpProgram(cli);
    const CliResult r = cli.run({QStringLiteral("demo")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("already holds 1 programs"))) << r.err.toStdString();
}

TEST(CliSeason, StatsSummarisesTheDemoSeason)
{
    CliRunner cli;
    cli.setNow(kLateInTheSeason);
    ASSERT_EQ(cli.run({QStringLiteral("demo")}).exitCode, 0);
    const CliResult text = cli.run({QStringLiteral("stats")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QLatin1String("Programs: 40"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QLatin1String("more than one program")))
        << "two programs told they are the top choice";
    const QJsonObject stats = cli.run(json({QStringLiteral("stats")})).json();
    EXPECT_EQ(stats.value(QStringLiteral("programs")).toInt(), 40);
    const QJsonObject top = stats.value(QStringLiteral("top_choice")).toObject();
    EXPECT_EQ(top.value(QStringLiteral("told")).toArray().size(), 2);
    EXPECT_EQ(top.value(QStringLiteral("holder"))[QStringLiteral("program_id")],
              top.value(QStringLiteral("told"))[0][QStringLiteral("program_id")]);
    EXPECT_EQ(stats.value(QStringLiteral("allowances")).toArray().size(), 40);
    EXPECT_GT(stats.value(QStringLiteral("findings"))
                  .toObject()
                  .value(QStringLiteral("violation"))
                  .toInt(),
              0);
}

TEST(CliSeason, DemoIsTheSeasonAsOfTheClock)
{
    CliRunner cli;
    cli.setNow(QStringLiteral("2026-12-06T09:00-05:00"));
    const CliResult demo = cli.run(json({QStringLiteral("demo")}));
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_EQ(demo.json().value(QStringLiteral("match_year")).toInt(), 2027);
    EXPECT_EQ(demo.json().value(QStringLiteral("today")).toString(), QStringLiteral("2026-12-06"));

    const CliResult log = cli.run(json({QStringLiteral("log"), QStringLiteral("list")}));
    ASSERT_EQ(log.exitCode, 0) << log.err.toStdString();
    const QJsonArray entries = log.json().value(QStringLiteral("communications")).toArray();
    ASSERT_GT(entries.size(), 100) << "mid interview season, much has happened";
    const int total = demo.json().value(QStringLiteral("communications")).toInt();
    EXPECT_EQ(entries.size(), total);
    for (const QJsonValue &v : entries) {
        const QDateTime at =
            QDateTime::fromString(v.toObject().value(QStringLiteral("at")).toString(), Qt::ISODate);
        ASSERT_TRUE(at.isValid());
        EXPECT_LE(at.date(), QDate(2026, 12, 6)) << at.toString(Qt::ISODate).toStdString();
    }

    // Stats reads the season the demo wrote: interviews still to come, the
    // dates marked as estimates.
    const CliResult stats = cli.run({QStringLiteral("stats")});
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    EXPECT_TRUE(stats.out.contains(QLatin1String("interview_scheduled")))
        << stats.out.toStdString();
    EXPECT_TRUE(stats.out.contains(QLatin1String("2027-02-24  Rank-list deadline (estimated)")));
    EXPECT_TRUE(stats.out.contains(QLatin1String("2027-03-19  Match Day (estimated)")));
    EXPECT_TRUE(stats.out.contains(QLatin1String("Top choice: no program told yet")));
}
