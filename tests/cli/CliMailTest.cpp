// mail queue, confirm, ignore, store and scan, end to end.
#include "CliRunner.h"

#include <QDir>
#include <QLockFile>

#include <gtest/gtest.h>

namespace {

using rapport::test::CliResult;
using rapport::test::CliRunner;

QByteArray message(const char *id, const char *from, const char *subject, const char *body)
{
    return QStringLiteral("Message-ID: <%1>\nDate: Mon, 30 Nov 2026 10:00:00 -0500\nFrom: %2\n"
                          "To: amira.haddad@gmail.com\nSubject: %3\n\n%4\n")
        .arg(QLatin1String(id), QLatin1String(from), QLatin1String(subject), QLatin1String(body))
        .toUtf8();
}

class CliMailTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        cli.setNow(QStringLiteral("2026-12-01T09:00-05:00"));
        ok({QStringLiteral("init")});
        ok({QStringLiteral("program"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("Lakeside University Otolaryngology"), QStringLiteral("--email-domain"),
            QStringLiteral("lakeside.edu"), QStringLiteral("--interview-date"),
            QStringLiteral("2026-11-20")});
        ok({QStringLiteral("program"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("Northgate Medical Center")});
        ASSERT_TRUE(QDir(cli.dir()).mkpath(QStringLiteral("Mail/new")));
        ASSERT_TRUE(QDir(cli.dir()).mkpath(QStringLiteral("Mail/cur")));
        cli.writeFile(QStringLiteral("Mail/new/1.host"),
                      message("rank@lakeside.edu", "Jennifer Walsh <jwalsh@lakeside.edu>",
                              "Following up",
                              "Thank you for interviewing with us. Please let us know where "
                              "you will rank our program."));
        cli.writeFile(QStringLiteral("Mail/new/2.host"),
                      message("news@nrmp.org", "NRMP <noreply@nrmp.org>", "Ranking opens",
                              "The rank order list opens soon."));
        ok({QStringLiteral("mail"), QStringLiteral("store"), QStringLiteral("add"),
            cli.dir() + QStringLiteral("/Mail")});
        const CliResult scan = ok({QStringLiteral("mail"), QStringLiteral("scan")});
        ASSERT_TRUE(scan.out.contains(QLatin1String("captured 2 messages")))
            << scan.out.toStdString();
    }

    CliResult ok(const QStringList &args)
    {
        const CliResult r = cli.run(args);
        EXPECT_EQ(r.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString() << ": "
                                 << r.err.toStdString();
        return r;
    }

    QJsonArray queue(bool all = false)
    {
        QStringList args{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("mail"),
                         QStringLiteral("queue")};
        if (all)
            args << QStringLiteral("--all");
        return ok(args).json().value(QStringLiteral("messages")).toArray();
    }

    CliRunner cli;
};

TEST_F(CliMailTest, TheQueueListsEachMessageWithItsProposal)
{
    const CliResult text = ok({QStringLiteral("mail"), QStringLiteral("queue")});
    EXPECT_TRUE(text.out.contains(QLatin1String(
        "2026-11-30 10:00  in   Jennifer Walsh <jwalsh@lakeside.edu>  \"Following up\"")))
        << text.out.toStdString();
    EXPECT_TRUE(
        text.out.contains(QLatin1String("-> Lakeside University Otolaryngology (program 1), ")));
    EXPECT_TRUE(text.out.contains(QLatin1String("no program proposed: no program has a contact "
                                                "at, or the email domain of, noreply@nrmp.org")));
    EXPECT_TRUE(text.out.endsWith(QLatin1String("2 pending messages\n")));

    const QJsonArray messages = queue();
    ASSERT_EQ(messages.size(), 2);
    const QJsonObject lakeside = messages.at(0).toObject();
    EXPECT_EQ(lakeside.value(QStringLiteral("subject")).toString(), QStringLiteral("Following up"));
    EXPECT_EQ(lakeside.value(QStringLiteral("program_id")).toInteger(), 1);
    EXPECT_EQ(lakeside.value(QStringLiteral("program")).toString(),
              QStringLiteral("Lakeside University Otolaryngology"));
    EXPECT_EQ(lakeside.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    EXPECT_EQ(lakeside.value(QStringLiteral("origin")).toString(), QStringLiteral("maildir"));
    EXPECT_EQ(lakeside.value(QStringLiteral("at")).toString(),
              QStringLiteral("2026-11-30T10:00:00-05:00"));
    EXPECT_TRUE(messages.at(1).toObject().value(QStringLiteral("program_id")).isNull());
}

TEST_F(CliMailTest, ConfirmLogsTheMessageAndPrintsWhatTheRulesFind)
{
    const qint64 id = queue().at(0).toObject().value(QStringLiteral("id")).toInteger();
    const CliResult text =
        ok({QStringLiteral("mail"), QStringLiteral("confirm"), QString::number(id)});
    EXPECT_TRUE(text.out.startsWith(QLatin1String("logged entry 1\n"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QLatin1String("VIOLATION  incoming.rank_request  (program 1, "
                                                "entry 1)")))
        << text.out.toStdString();

    const QJsonArray all = queue(true);
    EXPECT_EQ(all.at(0).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("confirmed"));
    EXPECT_EQ(all.at(0).toObject().value(QStringLiteral("communication_id")).toInteger(), 1);
    EXPECT_EQ(queue().size(), 1);
    const CliResult log = ok({QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("log"), QStringLiteral("list")});
    EXPECT_EQ(log.json().value(QStringLiteral("communications")).toArray().size(), 1);

    const CliResult again =
        cli.run({QStringLiteral("mail"), QStringLiteral("confirm"), QString::number(id)});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(again.err, QStringLiteral("rapport-cli: captured message %1 is logged already, as "
                                        "entry 1\n")
                             .arg(id));
}

TEST_F(CliMailTest, ConfirmInJsonWithAProgramByNameAndAKind)
{
    const qint64 id = queue().at(1).toObject().value(QStringLiteral("id")).toInteger();
    const CliResult none =
        cli.run({QStringLiteral("mail"), QStringLiteral("confirm"), QString::number(id)});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains(QLatin1String("name one with --program")));

    const CliResult json =
        ok({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("mail"),
            QStringLiteral("confirm"), QString::number(id), QStringLiteral("--program"),
            QStringLiteral("northgate medical center"), QStringLiteral("--kind"),
            QStringLiteral("logistics")});
    const qint64 entry = json.json().value(QStringLiteral("id")).toInteger();
    EXPECT_GT(entry, 0);
    EXPECT_TRUE(json.json().value(QStringLiteral("findings")).isArray());
    const QJsonObject logged = ok({QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("log"), QStringLiteral("list")})
                                   .json()
                                   .value(QStringLiteral("communications"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    EXPECT_EQ(logged.value(QStringLiteral("program_id")).toInteger(), 2);
    EXPECT_EQ(logged.value(QStringLiteral("kind")).toString(), QStringLiteral("logistics"));
    EXPECT_FALSE(logged.value(QStringLiteral("kind_guessed")).toBool());
}

TEST_F(CliMailTest, AnIgnoredMessageIsNotCapturedAgain)
{
    const qint64 id = queue().at(1).toObject().value(QStringLiteral("id")).toInteger();
    const CliResult text =
        ok({QStringLiteral("mail"), QStringLiteral("ignore"), QString::number(id)});
    EXPECT_EQ(text.out, QStringLiteral("ignored captured message %1\n").arg(id));
    EXPECT_EQ(queue().size(), 1);

    // The same message dropped in another store is known.
    cli.writeFile(QStringLiteral("Other.mbox"),
                  "From noreply@nrmp.org Mon Nov 30 15:00:00 2026\n" +
                      message("news@nrmp.org", "NRMP <noreply@nrmp.org>", "Ranking opens",
                              "The rank order list opens soon."));
    ok({QStringLiteral("mail"), QStringLiteral("store"), QStringLiteral("add"),
        cli.dir() + QStringLiteral("/Other.mbox")});
    const CliResult json = ok({QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("mail"), QStringLiteral("scan")});
    EXPECT_EQ(json.json().value(QStringLiteral("captured")).toInt(), 0);
    EXPECT_EQ(queue().size(), 1);
    const CliResult confirm =
        cli.run({QStringLiteral("mail"), QStringLiteral("confirm"), QString::number(id),
                 QStringLiteral("--program"), QStringLiteral("1")});
    EXPECT_EQ(confirm.exitCode, 1);
    EXPECT_EQ(confirm.err,
              QStringLiteral("rapport-cli: captured message %1 was ignored\n").arg(id));
}

TEST_F(CliMailTest, StoresAreListedAndRemoved)
{
    const CliResult list =
        ok({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("mail"),
            QStringLiteral("store"), QStringLiteral("list")});
    const QJsonArray stores = list.json().value(QStringLiteral("stores")).toArray();
    ASSERT_EQ(stores.size(), 1);
    EXPECT_EQ(stores.at(0).toObject().value(QStringLiteral("kind")).toString(),
              QStringLiteral("maildir"));
    EXPECT_TRUE(stores.at(0).toObject().value(QStringLiteral("read")).toBool());
    const CliResult bad = cli.run(
        {QStringLiteral("mail"), QStringLiteral("store"), QStringLiteral("add"), cli.dir()});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QLatin1String("not a Maildir"))) << bad.err.toStdString();
    ok({QStringLiteral("mail"), QStringLiteral("store"), QStringLiteral("remove"),
        QStringLiteral("1")});
    EXPECT_EQ(queue().size(), 2);
}

TEST_F(CliMailTest, WritesWaitForTheWindowAndTheQueueDoesNot)
{
    QLockFile window(cli.databasePath() + QStringLiteral(".lock"));
    ASSERT_TRUE(window.tryLock(0));
    for (const QStringList &write : QList<QStringList>{
             {QStringLiteral("mail"), QStringLiteral("confirm"), QStringLiteral("1")},
             {QStringLiteral("mail"), QStringLiteral("ignore"), QStringLiteral("1")},
             {QStringLiteral("mail"), QStringLiteral("scan")},
             {QStringLiteral("mail"), QStringLiteral("store"), QStringLiteral("remove"),
              QStringLiteral("1")}}) {
        const CliResult run = cli.run(write);
        EXPECT_EQ(run.exitCode, 1) << write.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String("is open in a Rapport window")));
    }
    EXPECT_EQ(queue().size(), 2);
    ok({QStringLiteral("mail"), QStringLiteral("store"), QStringLiteral("list")});
    ok({QStringLiteral("--force"), QStringLiteral("mail"), QStringLiteral("ignore"),
        QStringLiteral("1")});
    EXPECT_EQ(queue().size(), 1);
}

} // namespace
