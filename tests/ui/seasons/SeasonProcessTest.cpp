// One window per season file across processes: a second `rapport` on the
// same file brings the first forward through its local socket, rapport-cli
// leaves a held season alone unless --force, and a lock whose window was
// killed is taken over.
#include "SeasonServer.h"

#include "storage/Database.h"
#include "storage/ProgramRepository.h"
#include "storage/SeasonLock.h"
#include "support/Builders.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace rapport::test {
namespace {

class SeasonProcessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        season = m_dir.filePath(QStringLiteral("season.sqlite"));
        auto db = core::Database::open(season);
        ASSERT_TRUE(db.ok()) << db.errorMessage().toStdString();
        // A program, so the window opens without the welcome dialog.
        ASSERT_TRUE(core::ProgramRepository(**db).add(ProgramBuilder("Lakeside")).ok());
    }

    void TearDown() override
    {
        for (QProcess *window : {&first, &second}) {
            if (window->state() != QProcess::NotRunning) {
                window->kill();
                window->waitForFinished();
            }
        }
    }

    // The window's runtime folder is this test's, so both name one socket.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        return env;
    }

    void startWindow(QProcess &window)
    {
        window.setProcessEnvironment(environment());
        window.start(QStringLiteral(RAPPORT_GUI), {season});
        ASSERT_TRUE(window.waitForStarted());
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return window.state() != QProcess::Running ||
                       ui::SeasonServer::askToActivate(season, 1000);
            },
            60000))
            << "the window did not answer";
        ASSERT_EQ(window.state(), QProcess::Running) << window.readAllStandardError().toStdString();
    }

    struct Run
    {
        int exitCode = -1;
        QString out, err;
    };
    Run run(const QString &program, const QStringList &args)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(program, args);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    Run cli(const QStringList &args)
    {
        return run(QStringLiteral(RAPPORT_CLI),
                   QStringList{QStringLiteral("--database"), season} + args);
    }

    QString season;
    QProcess first;
    QProcess second;

private:
    QTemporaryDir m_dir;
};

TEST_F(SeasonProcessTest, ASecondStartBringsTheFirstWindowForward)
{
    startWindow(first);
    EXPECT_TRUE(core::SeasonLock::isHeld(season));

    const Run again = run(QStringLiteral(RAPPORT_GUI), {QStringLiteral("--database"), season});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.out,
              QStringLiteral("rapport: %1 is open in another Rapport window, which was brought "
                             "forward\n")
                  .arg(season));
    // The first window still holds the season and answers.
    EXPECT_EQ(first.state(), QProcess::Running);
    EXPECT_TRUE(ui::SeasonServer::askToActivate(season));
}

TEST_F(SeasonProcessTest, RapportCliWritesWaitForTheWindowUnlessForced)
{
    startWindow(first);
    const Run refused = cli({QStringLiteral("program"), QStringLiteral("add"),
                             QStringLiteral("--name"), QStringLiteral("Northgate")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.err, QStringLiteral("rapport-cli: %1 is open in a Rapport window; close it "
                                          "there first, or add --force to write anyway\n")
                               .arg(season));
    EXPECT_TRUE(refused.out.isEmpty());

    const Run read = cli({QStringLiteral("program"), QStringLiteral("list")});
    EXPECT_EQ(read.exitCode, 0) << read.err.toStdString();
    EXPECT_TRUE(read.out.contains(QStringLiteral("Lakeside")));
    EXPECT_FALSE(read.out.contains(QStringLiteral("Northgate")));

    const Run forced =
        cli({QStringLiteral("--force"), QStringLiteral("program"), QStringLiteral("add"),
             QStringLiteral("--name"), QStringLiteral("Northgate")});
    EXPECT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_TRUE(cli({QStringLiteral("program"), QStringLiteral("list")})
                    .out.contains(QStringLiteral("Northgate")));
    EXPECT_EQ(first.state(), QProcess::Running);
}

TEST_F(SeasonProcessTest, ALockLeftByAKilledWindowIsTakenOver)
{
    startWindow(first);
    first.kill(); // SIGKILL: no clean-up at all
    ASSERT_TRUE(first.waitForFinished());
    ASSERT_TRUE(QFileInfo::exists(core::SeasonLock::lockPath(season))) << "left behind";
    EXPECT_FALSE(core::SeasonLock::isHeld(season));
    EXPECT_FALSE(ui::SeasonServer::askToActivate(season)) << "nobody answers";

    const Run write = cli({QStringLiteral("program"), QStringLiteral("add"),
                           QStringLiteral("--name"), QStringLiteral("Northgate")});
    EXPECT_EQ(write.exitCode, 0) << write.err.toStdString();

    // A new window opens the season, rather than saying it is open elsewhere.
    startWindow(second);
    EXPECT_TRUE(core::SeasonLock::isHeld(season));
}

} // namespace
} // namespace rapport::test
