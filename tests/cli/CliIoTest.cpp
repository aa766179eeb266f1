#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLockFile>

#include <gtest/gtest.h>

using rapport::test::CliResult;
using rapport::test::CliRunner;

namespace {

QString data(const char *relative)
{
    return QStringLiteral(RAPPORT_TEST_DATA_DIR "/") + QLatin1String(relative);
}

QStringList json(QStringList args)
{
    return QStringList{QStringLiteral("--format"), QStringLiteral("json")} + args;
}

qint64 addProgram(const CliRunner &cli, const QStringList &options)
{
    const CliResult r =
        cli.run(json(QStringList{QStringLiteral("program"), QStringLiteral("add")} + options));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.json().value(QStringLiteral("id")).toInteger();
}

void addContact(const CliRunner &cli, qint64 program, const char *first, const char *last,
                const char *email)
{
    const CliResult r =
        cli.run({QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--program"),
                 QString::number(program), QStringLiteral("--title"), QStringLiteral("Dr."),
                 QStringLiteral("--first"), QString::fromUtf8(first), QStringLiteral("--last"),
                 QString::fromUtf8(last), QStringLiteral("--role"), QStringLiteral("faculty"),
                 QStringLiteral("--email"), QLatin1String(email)});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

// The programs and contacts the mail fixtures were written for.
struct MailSetup
{
    qint64 lakeside = 0;
    qint64 northgate = 0;
};

MailSetup setUpMailSeason(const CliRunner &cli)
{
    MailSetup s;
    s.lakeside = addProgram(
        cli, {QStringLiteral("--name"), QStringLiteral("Lakeside University Otolaryngology"),
              QStringLiteral("--city"), QStringLiteral("Chicago"),
              QStringLiteral("--interview-date"), QStringLiteral("2026-11-20"),
              QStringLiteral("--email-domain"), QStringLiteral("lakeside.edu")});
    s.northgate = addProgram(
        cli, {QStringLiteral("--name"), QStringLiteral("Northgate Medical Center Otolaryngology"),
              QStringLiteral("--city"), QStringLiteral("Boston"),
              QStringLiteral("--interview-date"), QStringLiteral("2026-12-03"),
              QStringLiteral("--email-domain"), QStringLiteral("northgate.org")});
    for (const char *domain : {"riverbend.edu", "magnolia.edu", "bayview.edu"})
        addProgram(cli, {QStringLiteral("--name"), QLatin1String(domain),
                         QStringLiteral("--email-domain"), QLatin1String(domain)});
    addContact(cli, s.lakeside, "Jennifer", "Walsh", "jwalsh@lakeside.edu");
    addContact(cli, s.lakeside, "Maria", "Lopez", "mlopez@lakeside.edu");
    addContact(cli, s.northgate, "José", "Muñoz", "jmunoz@northgate.org");
    return s;
}

const QStringList kMe = {QStringLiteral("--me"), QStringLiteral("amira.haddad@gmail.com"),
                         QStringLiteral("--me"), QStringLiteral("a.haddad@alexmed.edu.eg")};

TEST(CliImportPrograms, ImportsGoodRowsAndListsBadOnesByLine)
{
    CliRunner cli;
    const CliResult r = cli.run(
        {QStringLiteral("import"), QStringLiteral("programs"), data("csv/programs-broken.csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("added 4, updated 0, bad rows 6\n")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("line 4: the program name is empty\n")));
    EXPECT_TRUE(r.out.contains(
        QStringLiteral("line 11: field 1 opens a quote on line 11 that is never closed\n")));

    const CliResult again = cli.run(json(
        {QStringLiteral("import"), QStringLiteral("programs"), data("csv/programs-broken.csv")}));
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_EQ(again.json().value(QStringLiteral("added")).toInt(), 0);
    EXPECT_EQ(again.json().value(QStringLiteral("updated")).toInt(), 4);
    EXPECT_EQ(again.json().value(QStringLiteral("problems")).toArray().size(), 6);
    const CliResult list = cli.run(json({QStringLiteral("program"), QStringLiteral("list")}));
    EXPECT_EQ(list.json().value(QStringLiteral("programs")).toArray().size(), 4);
}

TEST(CliImportPrograms, AllOrNothingRefusesAFileWithBadRows)
{
    CliRunner cli;
    const CliResult r =
        cli.run({QStringLiteral("import"), QStringLiteral("programs"),
                 data("csv/programs-broken.csv"), QStringLiteral("--all-or-nothing")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, QStringLiteral(
                         "rapport-cli: nothing imported from %1: 6 bad rows (--all-or-nothing)\n")
                         .arg(data("csv/programs-broken.csv")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("line 3: interview date \"2026-02-30\"")));
    const CliResult list = cli.run(json({QStringLiteral("program"), QStringLiteral("list")}));
    EXPECT_EQ(list.json().value(QStringLiteral("programs")).toArray().size(), 0);

    const CliResult good =
        cli.run(json({QStringLiteral("import"), QStringLiteral("programs"),
                      data("csv/programs-rfc4180.csv"), QStringLiteral("--all-or-nothing")}));
    ASSERT_EQ(good.exitCode, 0) << good.err.toStdString();
    EXPECT_EQ(good.json().value(QStringLiteral("added")).toInt(), 4);
}

TEST(CliImportPrograms, UsageAndFileErrors)
{
    CliRunner cli;
    EXPECT_EQ(cli.run({QStringLiteral("import")}).exitCode, 2);
    EXPECT_EQ(cli.run({QStringLiteral("import"), QStringLiteral("programs")}).exitCode, 2);
    EXPECT_EQ(
        cli.run({QStringLiteral("import"), QStringLiteral("contacts"), QStringLiteral("x.csv")})
            .exitCode,
        2);
    const CliResult missing = cli.run(
        {QStringLiteral("import"), QStringLiteral("programs"), QStringLiteral("/nonexistent.csv")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(
        missing.err.startsWith(QStringLiteral("rapport-cli: /nonexistent.csv cannot be read")));
    EXPECT_EQ(missing.err.count(QLatin1Char('\n')), 1);
}

TEST(CliImportMail, ImportsAnMboxOnceAndStoresDecodedValues)
{
    CliRunner cli;
    const MailSetup s = setUpMailSeason(cli);
    const CliResult r = cli.run(json(
        QStringList{QStringLiteral("import"), QStringLiteral("mail"), data("mail/season.mbox")} +
        kMe));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject summary = r.json();
    EXPECT_EQ(summary.value(QStringLiteral("imported")).toInt(), 8)
        << "Magnolia and Bayview by their domains";
    EXPECT_EQ(summary.value(QStringLiteral("duplicates")).toInt(), 1);
    EXPECT_EQ(summary.value(QStringLiteral("unmatched")).toInt(), 2);
    EXPECT_EQ(summary.value(QStringLiteral("broken")).toInt(), 1);
    const QJsonObject last = summary.value(QStringLiteral("messages")).toArray().last().toObject();
    EXPECT_EQ(last.value(QStringLiteral("status")).toString(), QStringLiteral("broken"));
    EXPECT_EQ(last.value(QStringLiteral("byte_offset")).toInteger(), 7286);
    EXPECT_EQ(last.value(QStringLiteral("line")).toInt(), 218);

    const CliResult log =
        cli.run(json({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--program"),
                      QString::number(s.northgate)}));
    const QJsonArray entries = log.json().value(QStringLiteral("communications")).toArray();
    ASSERT_EQ(entries.size(), 1);
    const QJsonObject munoz = entries.first().toObject();
    EXPECT_EQ(munoz.value(QStringLiteral("subject")).toString(),
              QString::fromUtf8("Confirmación: your interview on December 3"));
    EXPECT_EQ(munoz.value(QStringLiteral("at")).toString(),
              QStringLiteral("2026-11-16T14:05:00-05:00"));
    EXPECT_EQ(munoz.value(QStringLiteral("direction")).toString(), QStringLiteral("incoming"));
    EXPECT_EQ(munoz.value(QStringLiteral("kind")).toString(), QStringLiteral("logistics"));
    EXPECT_TRUE(munoz.value(QStringLiteral("kind_guessed")).toBool());
    EXPECT_TRUE(
        munoz.value(QStringLiteral("body")).toString().contains(QString::fromUtf8("Señora Peña")));

    const CliResult again = cli.run(
        QStringList{QStringLiteral("import"), QStringLiteral("mail"), data("mail/season.mbox")} +
        kMe);
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_TRUE(
        again.out.startsWith(QStringLiteral("imported 0, duplicates 9, unmatched 2, broken 1\n")))
        << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral(
        "broken: season.mbox, message 12 (byte 7286, line 218): the message is cut off")));
}

TEST(CliImportMail, UnmatchedMessagesCanBeAssignedToAProgram)
{
    CliRunner cli;
    const MailSetup s = setUpMailSeason(cli);
    const CliResult r = cli.run(
        json(QStringList{QStringLiteral("import"), QStringLiteral("mail"), data("mail/season.mbox"),
                         data("mail/no-date.eml"), QStringLiteral("--assign-unmatched"),
                         QString::number(s.lakeside)} +
             kMe));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("imported")).toInt(), 10);
    EXPECT_EQ(r.json().value(QStringLiteral("unmatched")).toInt(), 0);
    EXPECT_EQ(r.json().value(QStringLiteral("broken")).toInt(), 2);

    const CliResult bad = cli.run({QStringLiteral("import"), QStringLiteral("mail"),
                                   data("mail/riverbend-invitation.eml"),
                                   QStringLiteral("--assign-unmatched"), QStringLiteral("999")});
    EXPECT_EQ(bad.exitCode, 0) << "it matched riverbend.edu: nothing needed assigning";
    const CliResult missing =
        cli.run({QStringLiteral("import"), QStringLiteral("mail"), data("mail/season.mbox"),
                 QStringLiteral("/nonexistent.mbox")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("/nonexistent.mbox cannot be read")));
}

TEST(CliImportMail, AReasonNamesThreeProgramsSharingADomainAndCountsTheRest)
{
    CliRunner cli;
    QList<qint64> twins;
    for (int i = 1; i <= 5; ++i)
        twins << addProgram(cli, {QStringLiteral("--name"), QStringLiteral("Twin %1").arg(i),
                                  QStringLiteral("--email-domain"), QStringLiteral("twin.org")});
    const QString eml = QDir(cli.dir()).filePath(QStringLiteral("office.eml"));
    QFile file(eml);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("From: Residency Office <office@twin.org>\nTo: amira.haddad@gmail.com\n"
               "Subject: Interview day\nDate: Tue, 13 Oct 2026 09:15:00 -0500\n"
               "Message-ID: <office-1@twin.org>\n\nSee you on the day.\n");
    file.close();
    const QString reason =
        QStringLiteral("office.eml, message 1 (byte 0, line 1): office@twin.org is in the email "
                       "domain of several programs: Twin 1 (%1), Twin 2 (%2), Twin 3 (%3) and 2 "
                       "more")
            .arg(twins[0])
            .arg(twins[1])
            .arg(twins[2]);

    const CliResult text =
        cli.run(QStringList{QStringLiteral("import"), QStringLiteral("mail"), eml} + kMe);
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("unmatched: %1 \"Interview day\"\n").arg(reason)))
        << text.out.toStdString();

    const CliResult structured =
        cli.run(json(QStringList{QStringLiteral("import"), QStringLiteral("mail"), eml} + kMe));
    ASSERT_EQ(structured.exitCode, 0) << structured.err.toStdString();
    const QJsonArray messages = structured.json().value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.at(0).toObject().value(QStringLiteral("reason")).toString(), reason);
}

TEST(CliExport, WritesTheLogAsCsvToAFileOrStandardOutput)
{
    CliRunner cli;
    const MailSetup s = setUpMailSeason(cli);
    ASSERT_EQ(cli.run(QStringList{QStringLiteral("import"), QStringLiteral("mail"),
                                  data("mail/season.mbox")} +
                      kMe)
                  .exitCode,
              0);

    const QString file = QDir(cli.dir()).filePath(QStringLiteral("log.csv"));
    const CliResult r =
        cli.run({QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--program"),
                 QString::number(s.northgate), QStringLiteral("--output"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("wrote 1 entries to %1\n").arg(file));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBFid,at,program_id,program,contact,"));
    EXPECT_TRUE(csv.contains("2026-11-16T14:05:00-05:00"));
    EXPECT_TRUE(csv.contains("Dr. Jos\xC3\xA9 Mu\xC3\xB1oz"));

    const CliResult out = cli.run({QStringLiteral("export"), QStringLiteral("csv")});
    ASSERT_EQ(out.exitCode, 0);
    // (QString::fromUtf8 drops the byte order mark the file test saw.)
    EXPECT_TRUE(out.out.contains(QStringLiteral("id,at,program_id,")));
    EXPECT_GT(out.out.count(QStringLiteral("\r\n")), 8);

    const CliResult unknown = cli.run({QStringLiteral("export"), QStringLiteral("csv"),
                                       QStringLiteral("--program"), QStringLiteral("999")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(unknown.err, QStringLiteral("rapport-cli: there is no program with id 999\n"));
    EXPECT_EQ(cli.run({QStringLiteral("export"), QStringLiteral("pdf")}).exitCode, 2);
}

TEST(CliExport, WritesRemindersAsICalendar)
{
    CliRunner cli;
    ASSERT_EQ(cli.run({QStringLiteral("init")}).exitCode, 0);
    const QString file = QDir(cli.dir()).filePath(QStringLiteral("reminders.ics"));
    const CliResult r = cli.run(
        json({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--output"), file}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("file")).toString(), file);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray ics = f.readAll();
    EXPECT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\nPRODID:-//Rapport//EN\r\n"));
    EXPECT_TRUE(ics.endsWith("END:VCALENDAR\r\n"));
    EXPECT_EQ(ics.count("BEGIN:VEVENT"), r.json().value(QStringLiteral("reminders")).toInt());
}

TEST(CliBackup, BacksUpAndRestoresKeepingTheReplacedDatabase)
{
    CliRunner cli;
    const MailSetup s = setUpMailSeason(cli);
    Q_UNUSED(s)
    const QString backup = QDir(cli.dir()).filePath(QStringLiteral("monday.sqlite"));
    const CliResult b = cli.run({QStringLiteral("backup"), backup});
    ASSERT_EQ(b.exitCode, 0) << b.err.toStdString();
    EXPECT_EQ(QFile::permissions(backup) & (QFile::ReadGroup | QFile::ReadOther),
              QFile::Permissions());
    EXPECT_EQ(cli.run({QStringLiteral("backup"), backup}).exitCode, 1) << "never overwrites";

    addProgram(cli, {QStringLiteral("--name"), QStringLiteral("Added after the backup")});
    const CliResult r = cli.run(json({QStringLiteral("restore"), backup}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString saved = r.json().value(QStringLiteral("previous_saved_as")).toString();
    EXPECT_TRUE(saved.startsWith(cli.databasePath() + QStringLiteral(".before-restore-")))
        << saved.toStdString();
    EXPECT_TRUE(QFile::exists(saved));
    EXPECT_EQ(cli.run(json({QStringLiteral("program"), QStringLiteral("list")}))
                  .json()
                  .value(QStringLiteral("programs"))
                  .toArray()
                  .size(),
              5);
    const CliResult old = cli.runRaw(json(
        {QStringLiteral("--database"), saved, QStringLiteral("program"), QStringLiteral("list")}));
    EXPECT_EQ(old.json().value(QStringLiteral("programs")).toArray().size(), 6);

    {
        // A Rapport window holds the database's lock file while it is open.
        QLockFile window(cli.databasePath() + QStringLiteral(".lock"));
        ASSERT_TRUE(window.tryLock(0));
        const CliResult open = cli.run({QStringLiteral("restore"), backup});
        EXPECT_EQ(open.exitCode, 1);
        EXPECT_EQ(open.err, QStringLiteral("rapport-cli: %1 is open in a Rapport window; close it "
                                           "there first, or add --force to write anyway\n")
                                .arg(cli.databasePath()));
    }

    const CliResult notRapport =
        cli.run({QStringLiteral("restore"), data("csv/programs-rfc4180.csv")});
    EXPECT_EQ(notRapport.exitCode, 1);
    EXPECT_TRUE(notRapport.err.contains(QStringLiteral("is not a Rapport backup")))
        << notRapport.err.toStdString();
    EXPECT_EQ(cli.run({QStringLiteral("restore")}).exitCode, 2);
}

} // namespace
