#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using rapport::test::CliResult;
using rapport::test::CliRunner;

namespace {

// Retitles the terminal, then clears it.
const QByteArray kHostileSubject = "Interview \x1b]0;owned\x07"
                                   "day \x1b[2J\x1b[Hnotes";

// No control character but tab and newline, C0 or C1.
testing::AssertionResult terminalSafe(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7F && c <= 0x9F))
            return testing::AssertionFailure()
                   << "control U+" << QString::number(c, 16).toStdString() << " at " << i << " in "
                   << text.toStdString();
    }
    return testing::AssertionSuccess();
}

qint64 addProgram(const CliRunner &cli)
{
    const CliResult r =
        cli.run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("program"),
                 QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Lakeside ENT"),
                 QStringLiteral("--email-domain"), QStringLiteral("lakeside.edu")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.json().value(QStringLiteral("id")).toInteger();
}

// A message from the program whose Subject carries the sequences.
QString writeMail(const CliRunner &cli)
{
    return cli.writeFile(QStringLiteral("hostile.eml"),
                         "From: Office <office@lakeside.edu>\nTo: amira@example.org\n"
                         "Subject: " +
                             kHostileSubject +
                             "\nDate: Tue, 13 Oct 2026 09:15:00 -0500\n"
                             "Message-ID: <hostile-1@lakeside.edu>\n\nSee you.\n");
}

TEST(CliTerminal, TextOutputDropsTheSequencesOfAnImportedSubject)
{
    CliRunner cli;
    addProgram(cli);
    const CliResult imported =
        cli.run({QStringLiteral("import"), QStringLiteral("mail"), writeMail(cli),
                 QStringLiteral("--me"), QStringLiteral("amira@example.org")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(terminalSafe(imported.out));

    const CliResult list = cli.run({QStringLiteral("log"), QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(terminalSafe(list.out));
    EXPECT_TRUE(list.out.contains(QStringLiteral("Interview day notes"))) << list.out.toStdString();
    EXPECT_FALSE(list.out.contains(QStringLiteral("owned"))) << "the title is no text";

    const CliResult structured = cli.run({QStringLiteral("--format"), QStringLiteral("json"),
                                          QStringLiteral("log"), QStringLiteral("list")});
    ASSERT_EQ(structured.exitCode, 0) << structured.err.toStdString();
    EXPECT_TRUE(terminalSafe(structured.out)) << "JSON escapes what it carries";
    const QJsonArray entries = structured.json().value(QStringLiteral("communications")).toArray();
    ASSERT_EQ(entries.size(), 1) << structured.out.toStdString();
    EXPECT_TRUE(entries.at(0)
                    .toObject()
                    .value(QStringLiteral("subject"))
                    .toString()
                    .startsWith(QStringLiteral("Interview ")));
}

TEST(CliTerminal, JsonKeepsAStoredSubjectExactAndErrorsAreSafeToo)
{
    CliRunner cli;
    const qint64 program = addProgram(cli);
    const CliResult added = cli.run({QStringLiteral("log"), QStringLiteral("add"),
                                     QStringLiteral("--program"), QString::number(program),
                                     QStringLiteral("--at"), QStringLiteral("2026-10-13T09:15"),
                                     QStringLiteral("--kind"), QStringLiteral("logistics"),
                                     QStringLiteral("--subject"), QStringLiteral("placeholder")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    // A season written before input was checked, or by another tool.
    const QString subject = QString::fromUtf8(kHostileSubject) + QStringLiteral("\u009b2J\u007f");
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(cli.databasePath());
        ASSERT_TRUE(db.open());
        QSqlQuery update(db);
        ASSERT_TRUE(update.prepare(QStringLiteral("UPDATE communications SET subject = ?")));
        update.addBindValue(subject);
        ASSERT_TRUE(update.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    const CliResult structured = cli.run({QStringLiteral("--format"), QStringLiteral("json"),
                                          QStringLiteral("log"), QStringLiteral("list")});
    ASSERT_EQ(structured.exitCode, 0) << structured.err.toStdString();
    EXPECT_TRUE(terminalSafe(structured.out));
    const QJsonArray entries = structured.json().value(QStringLiteral("communications")).toArray();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.at(0).toObject().value(QStringLiteral("subject")).toString(), subject);

    const CliResult text = cli.run({QStringLiteral("log"), QStringLiteral("list")});
    EXPECT_TRUE(terminalSafe(text.out));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Interview day notes"))) << text.out.toStdString();

    const CliResult refused = cli.run({QStringLiteral("\x1b]0;owned\x07unknown")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(terminalSafe(refused.err));
    EXPECT_TRUE(refused.err.contains(QStringLiteral("unknown command \"unknown\"")))
        << refused.err.toStdString();
}

} // namespace
