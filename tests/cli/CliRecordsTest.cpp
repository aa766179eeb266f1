// program delete|merge and contact delete|merge through the real
// rapport-cli: refused without --yes when no one can be asked, asked on a
// terminal (a pseudo-terminal here), done with --yes; and program re-import
// with --dry-run.

#include "CliRunner.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

using rapport::test::CliResult;
using rapport::test::CliRunner;

namespace {

QStringList json(const QStringList &args)
{
    return QStringList{QStringLiteral("--format"), QStringLiteral("json")} + args;
}

// Runs rapport-cli with stdin, stdout and stderr on a pseudo-terminal,
// typing answer; returns the exit status and everything the terminal showed.
CliResult runOnTerminal(const CliRunner &cli, const QStringList &args, const QByteArray &answer)
{
    // Everything the child needs is made before fork(): after it, only
    // async-signal-safe calls.
    std::vector<std::string> strings{RAPPORT_CLI, "--database", cli.databasePath().toStdString()};
    for (const QString &a : args)
        strings.push_back(a.toStdString());
    std::vector<std::string> envStrings;
    for (const QString &e : cli.environment().toStringList())
        envStrings.push_back(e.toStdString());
    std::vector<char *> argv, envp;
    for (std::string &s : strings)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    for (std::string &s : envStrings)
        envp.push_back(s.data());
    envp.push_back(nullptr);

    int terminal = -1;
    const pid_t pid = forkpty(&terminal, nullptr, nullptr, nullptr);
    if (pid < 0) {
        ADD_FAILURE() << "forkpty failed";
        return {};
    }
    if (pid == 0) {
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    // Typed ahead: the terminal holds the line until the prompt reads it.
    EXPECT_EQ(write(terminal, answer.constData(), size_t(answer.size())), answer.size());
    QByteArray shown;
    char buffer[4096];
    for (;;) {
        const ssize_t n = read(terminal, buffer, sizeof buffer);
        if (n <= 0)
            break; // EIO once the child has gone
        shown.append(buffer, n);
    }
    close(terminal);
    int status = 0;
    waitpid(pid, &status, 0);
    CliResult r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = QString::fromUtf8(shown);
    return r;
}

class CliRecords : public ::testing::Test
{
protected:
    void SetUp() override
    {
        riverside = add({QStringLiteral("program"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("Riverside"), QStringLiteral("--city"),
                         QStringLiteral("Springfield")});
        copy = add({QStringLiteral("program"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("Riverside Medical Center"), QStringLiteral("--website"),
                    QStringLiteral("https://riverside.example.org")});
        lopez = addContact(riverside, QStringLiteral("Lopez"), QStringLiteral("mlopez@rs.example"));
        lopezAgain = addContact(riverside, QStringLiteral("Lopez"), QString());
        park = addContact(copy, QStringLiteral("Park"), QStringLiteral("jpark@rs.example"));
        log(riverside, lopez, "2026-10-01T10:00");
        log(riverside, lopezAgain, "2026-10-20T10:00");
        log(copy, park, "2026-11-03T10:00");
    }

    qint64 add(const QStringList &args)
    {
        const CliResult r = cli.run(json(args));
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json().value(QStringLiteral("id")).toInteger();
    }

    qint64 addContact(qint64 program, const QString &last, const QString &email)
    {
        QStringList args{QStringLiteral("contact"),   QStringLiteral("add"),
                         QStringLiteral("--program"), QString::number(program),
                         QStringLiteral("--first"),   QStringLiteral("Maria"),
                         QStringLiteral("--last"),    last,
                         QStringLiteral("--role"),    QStringLiteral("program_director")};
        if (!email.isEmpty())
            args << QStringLiteral("--email") << email;
        return add(args);
    }

    void log(qint64 program, qint64 contact, const char *at)
    {
        add({QStringLiteral("log"), QStringLiteral("add"), QStringLiteral("--program"),
             QString::number(program), QStringLiteral("--contact"), QString::number(contact),
             QStringLiteral("--at"), QLatin1String(at), QStringLiteral("--kind"),
             QStringLiteral("pre_interview_interest"), QStringLiteral("--subject"),
             QStringLiteral("Interest")});
    }

    QJsonArray entries(qint64 program)
    {
        const CliResult r = cli.run(json({QStringLiteral("log"), QStringLiteral("list"),
                                          QStringLiteral("--program"), QString::number(program)}));
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json().value(QStringLiteral("communications")).toArray();
    }

    int programCount()
    {
        const CliResult r = cli.run(json({QStringLiteral("program"), QStringLiteral("list")}));
        return int(r.json().value(QStringLiteral("programs")).toArray().size());
    }

    CliRunner cli;
    qint64 riverside = 0, copy = 0, lopez = 0, lopezAgain = 0, park = 0;
};

TEST_F(CliRecords, WithoutATerminalOrYesNothingIsDeleted)
{
    const CliResult r =
        cli.run({QStringLiteral("program"), QStringLiteral("delete"), QString::number(riverside)});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("add --yes"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("\"Riverside\" with 2 log entries and 2 contacts")))
        << r.err.toStdString();
    EXPECT_EQ(programCount(), 2);

    for (const QStringList &args :
         {QStringList{QStringLiteral("program"), QStringLiteral("merge"),
                      QString::number(riverside), QString::number(copy)},
          QStringList{QStringLiteral("contact"), QStringLiteral("delete"), QString::number(lopez)},
          QStringList{QStringLiteral("contact"), QStringLiteral("merge"), QString::number(lopez),
                      QString::number(lopezAgain)}}) {
        const CliResult refused = cli.run(args);
        EXPECT_EQ(refused.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("--yes")));
    }
    EXPECT_EQ(entries(riverside).size(), 2);
    EXPECT_EQ(entries(copy).size(), 1);
}

TEST_F(CliRecords, OnATerminalItAsksWithTheCountsAndTakesNoForAnAnswer)
{
    const CliResult no = runOnTerminal(
        cli, {QStringLiteral("program"), QStringLiteral("delete"), QString::number(riverside)},
        "n\n");
    EXPECT_EQ(no.exitCode, 1) << no.out.toStdString();
    EXPECT_TRUE(no.out.contains(
        QStringLiteral("Delete program %1 \"Riverside\" with 2 log entries and 2 contacts? [y/N]")
            .arg(riverside)))
        << no.out.toStdString();
    EXPECT_TRUE(no.out.contains(QStringLiteral("nothing was changed")));
    EXPECT_EQ(programCount(), 2);

    const CliResult yes = runOnTerminal(
        cli, {QStringLiteral("program"), QStringLiteral("delete"), QString::number(riverside)},
        "y\n");
    EXPECT_EQ(yes.exitCode, 0) << yes.out.toStdString();
    EXPECT_TRUE(yes.out.contains(QStringLiteral("deleted program %1 \"Riverside\" with 2 log "
                                                "entries and 2 contacts")
                                     .arg(riverside)))
        << yes.out.toStdString();
    EXPECT_EQ(programCount(), 1);
    EXPECT_TRUE(entries(riverside).isEmpty());
}

TEST_F(CliRecords, DeleteWithYesSaysWhatWent)
{
    const CliResult r = cli.run(json({QStringLiteral("program"), QStringLiteral("delete"),
                                      QString::number(copy), QStringLiteral("--yes")}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QStringLiteral("id")).toInteger(), copy);
    EXPECT_EQ(o.value(QStringLiteral("name")).toString(),
              QStringLiteral("Riverside Medical Center"));
    EXPECT_EQ(o.value(QStringLiteral("entries")).toInt(), 1);
    EXPECT_EQ(o.value(QStringLiteral("contacts")).toInt(), 1);
    EXPECT_EQ(programCount(), 1);

    const CliResult again = cli.run({QStringLiteral("program"), QStringLiteral("delete"),
                                     QString::number(copy), QStringLiteral("--yes")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("no program with id")));
}

TEST_F(CliRecords, MergeMovesEntriesAndContactsAndSaysWhatItFilled)
{
    const CliResult r =
        cli.run(json({QStringLiteral("program"), QStringLiteral("merge"),
                      QString::number(riverside), QString::number(copy), QStringLiteral("--yes")}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QStringLiteral("id")).toInteger(), riverside);
    EXPECT_EQ(o.value(QStringLiteral("merged")).toInteger(), copy);
    EXPECT_EQ(o.value(QStringLiteral("entries")).toInt(), 1);
    EXPECT_EQ(o.value(QStringLiteral("contacts")).toInt(), 1);
    EXPECT_EQ(o.value(QStringLiteral("filled")).toArray(), QJsonArray{QStringLiteral("website")});
    EXPECT_EQ(entries(riverside).size(), 3);
    EXPECT_EQ(programCount(), 1);

    const CliResult self = cli.run({QStringLiteral("program"), QStringLiteral("merge"),
                                    QString::number(riverside), QString::number(riverside)});
    EXPECT_EQ(self.exitCode, 2);
}

TEST_F(CliRecords, ContactDeleteKeepsTheEntriesAndMergeRenamesThem)
{
    const CliResult merged =
        cli.run({QStringLiteral("contact"), QStringLiteral("merge"), QString::number(lopez),
                 QString::number(lopezAgain), QStringLiteral("--yes")});
    ASSERT_EQ(merged.exitCode, 0) << merged.err.toStdString();
    EXPECT_TRUE(merged.out.startsWith(QStringLiteral("merged contact %1").arg(lopezAgain)))
        << merged.out.toStdString();
    for (const QJsonValue &e : entries(riverside))
        EXPECT_EQ(e[QStringLiteral("contact_id")].toInteger(), lopez);

    const CliResult across =
        cli.run({QStringLiteral("contact"), QStringLiteral("merge"), QString::number(lopez),
                 QString::number(park), QStringLiteral("--yes")});
    EXPECT_EQ(across.exitCode, 1);
    EXPECT_TRUE(across.err.contains(QStringLiteral("merge the programs first")));

    const CliResult deleted = cli.run(json({QStringLiteral("contact"), QStringLiteral("delete"),
                                            QString::number(lopez), QStringLiteral("--yes")}));
    ASSERT_EQ(deleted.exitCode, 0) << deleted.err.toStdString();
    EXPECT_EQ(deleted.json().value(QStringLiteral("entries")).toInt(), 2);
    const QJsonArray kept = entries(riverside);
    ASSERT_EQ(kept.size(), 2) << "the entries stay";
    for (const QJsonValue &e : kept)
        EXPECT_TRUE(e[QStringLiteral("contact_id")].isNull());
}

TEST(CliProgramImport, DryRunShowsWhatWouldBeUpdatedAndAddsNothing)
{
    CliRunner cli;
    const QString file = QStringLiteral(RAPPORT_TEST_DATA_DIR "/csv/programs-contacts.csv");
    const CliResult first =
        cli.run(json({QStringLiteral("import"), QStringLiteral("programs"), file}));
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.json().value(QStringLiteral("contacts_added")).toInt(), 6);

    const CliResult plan = cli.run(
        {QStringLiteral("import"), QStringLiteral("programs"), file, QStringLiteral("--dry-run")});
    ASSERT_EQ(plan.exitCode, 0) << plan.err.toStdString();
    EXPECT_TRUE(plan.out.contains(QStringLiteral(
        "line 2: update program 1 \"Riverside Otolaryngology\" (found by name and institution)")))
        << plan.out.toStdString();
    EXPECT_TRUE(plan.out.contains(QStringLiteral("would add 0, update 4, bad rows 0")));

    const QString later = QStringLiteral(RAPPORT_TEST_DATA_DIR "/csv/programs-contacts-later.csv");
    const CliResult laterPlan = cli.run(json({QStringLiteral("import"), QStringLiteral("programs"),
                                              later, QStringLiteral("--dry-run")}));
    ASSERT_EQ(laterPlan.exitCode, 0) << laterPlan.err.toStdString();
    const QJsonArray rows = laterPlan.json().value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0][QStringLiteral("action")].toString(), QStringLiteral("update"));
    EXPECT_EQ(rows[0][QStringLiteral("contacts_to_add")].toInt(), 1);
    EXPECT_EQ(rows[0][QStringLiteral("contacts_to_update")].toInt(), 1);
    EXPECT_EQ(rows[1][QStringLiteral("action")].toString(), QStringLiteral("bad"));

    const CliResult listed = cli.run(json({QStringLiteral("contact"), QStringLiteral("list")}));
    EXPECT_EQ(listed.json().value(QStringLiteral("contacts")).toArray().size(), 6)
        << "a dry run writes nothing";
}

} // namespace
