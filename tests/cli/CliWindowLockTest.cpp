// Every command that changes the season waits for the window that holds it
// (or --force); commands that only read go ahead.
#include "CliRunner.h"

#include <QLockFile>

#include <gtest/gtest.h>

namespace {

using rapport::test::CliResult;
using rapport::test::CliRunner;

class CliWindowLockTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_EQ(cli.run({QStringLiteral("demo")}).exitCode, 0); }

    QString stats() const { return cli.run({QStringLiteral("stats")}).out; }

    CliRunner cli;
};

TEST_F(CliWindowLockTest, DeletesAndMergesWaitForTheWindow)
{
    const QString before = stats();
    QLockFile window(cli.databasePath() + QStringLiteral(".lock"));
    ASSERT_TRUE(window.tryLock(0));
    const QList<QStringList> writes{
        {QStringLiteral("program"), QStringLiteral("delete"), QStringLiteral("2"),
         QStringLiteral("--yes")},
        {QStringLiteral("program"), QStringLiteral("merge"), QStringLiteral("1"),
         QStringLiteral("3"), QStringLiteral("--yes")},
        {QStringLiteral("contact"), QStringLiteral("delete"), QStringLiteral("1"),
         QStringLiteral("--yes")},
        {QStringLiteral("contact"), QStringLiteral("merge"), QStringLiteral("1"),
         QStringLiteral("2"), QStringLiteral("--yes")},
    };
    const QString refusal = QStringLiteral("rapport-cli: %1 is open in a Rapport window; close it "
                                           "there first, or add --force to write anyway\n")
                                .arg(cli.databasePath());
    for (const QStringList &write : writes) {
        const CliResult run = cli.run(write);
        EXPECT_EQ(run.exitCode, 1) << write.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.err, refusal) << write.join(QLatin1Char(' ')).toStdString();
    }
    EXPECT_EQ(stats(), before);

    const CliResult forced =
        cli.run({QStringLiteral("--force"), QStringLiteral("program"), QStringLiteral("delete"),
                 QStringLiteral("2"), QStringLiteral("--yes")});
    EXPECT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_NE(stats(), before);
}

} // namespace
