// Backup and restore killed at every step (RAPPORT_KILL_AT_STEP): the season
// is always the one before or the one after, whole, and the next start
// leaves nothing behind.

#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <gtest/gtest.h>
#include <sqlite3.h>

namespace {

using rapport::test::CliResult;
using rapport::test::CliRunner;

QStringList json(QStringList args)
{
    return QStringList{QStringLiteral("--format"), QStringLiteral("json")} + args;
}

// Adds a program through a connection that leaves its commit in the WAL, as
// a writer does until the next checkpoint.
void addInWalOnly(const QString &path, const QString &name)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr),
        SQLITE_OK);
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    const QByteArray sql = "PRAGMA wal_autocheckpoint = 0; INSERT INTO programs (name, "
                           "created_utc, updated_utc) VALUES ('" +
                           name.toUtf8() + "', '2026-11-25T14:05:09Z', '2026-11-25T14:05:09Z')";
    EXPECT_EQ(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db);
    sqlite3_close(db);
    ASSERT_GT(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
}

// The programs' names in the season at path, or an error text.
QSet<QString> programsIn(const CliRunner &cli, const QString &path)
{
    const CliResult r = cli.runRaw(json(
        {QStringLiteral("--database"), path, QStringLiteral("program"), QStringLiteral("list")}));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QSet<QString> names;
    for (const QJsonValue &p : r.json().value(QStringLiteral("programs")).toArray())
        names << p.toObject().value(QStringLiteral("name")).toString();
    return names;
}

QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList(QStringList{QStringLiteral("*partial*")},
                               QDir::Files | QDir::Hidden | QDir::System);
}

QStringList savedCopies(const QString &dir)
{
    return QDir(dir).entryList(QStringList{QStringLiteral("*.before-restore-*")}, QDir::Files);
}

CliResult killedAt(const CliRunner &cli, int step, const QStringList &args)
{
    QProcessEnvironment env = cli.environment();
    env.insert(QStringLiteral("RAPPORT_KILL_AT_STEP"), QString::number(step));
    return cli.runRaw(args, {}, env);
}

void copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    ASSERT_TRUE(QFile::copy(from, to)) << from.toStdString();
}

// A demo season to back up, and a small season whose last program is only
// in its WAL.
struct Seasons
{
    CliRunner cli;
    QString demo;
    QString live;
    QSet<QString> demoNames;
    QSet<QString> liveNames;

    Seasons()
    {
        demo = QDir(cli.dir()).filePath(QStringLiteral("demo.sqlite"));
        live = QDir(cli.dir()).filePath(QStringLiteral("live.sqlite"));
        EXPECT_EQ(cli.runRaw({QStringLiteral("--database"), demo, QStringLiteral("demo")}).exitCode,
                  0);
        EXPECT_EQ(cli.runRaw({QStringLiteral("--database"), live, QStringLiteral("program"),
                              QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("Lakeside")})
                      .exitCode,
                  0);
        addInWalOnly(live, QStringLiteral("Only in the WAL"));
        demoNames = programsIn(cli, demo);
        liveNames = {QStringLiteral("Lakeside"), QStringLiteral("Only in the WAL")};
    }

    // A folder with the live season (and its WAL) and a copy of the demo.
    QString stage(const QString &name) const
    {
        const QString dir = QDir(cli.dir()).filePath(name);
        QDir().mkpath(dir);
        for (const QString &f : QDir(dir).entryList(QDir::Files | QDir::Hidden))
            QFile::remove(QDir(dir).filePath(f));
        copyFile(live, dir + QStringLiteral("/season.sqlite"));
        copyFile(live + QStringLiteral("-wal"), dir + QStringLiteral("/season.sqlite-wal"));
        copyFile(demo, dir + QStringLiteral("/backup.sqlite"));
        return dir;
    }
};

TEST(CliCrash, RestoreKilledAtAnyStepLeavesTheSeasonBeforeOrAfter)
{
    Seasons s;
    ASSERT_GT(s.demoNames.size(), 10);
    int before = 0;
    int after = 0;
    int step = 1;
    for (; step < 200; ++step) {
        const QString dir = s.stage(QStringLiteral("restore"));
        const QString season = dir + QStringLiteral("/season.sqlite");
        const CliResult r =
            killedAt(s.cli, step,
                     {QStringLiteral("--database"), season, QStringLiteral("restore"),
                      dir + QStringLiteral("/backup.sqlite")});
        SCOPED_TRACE("killed at step " + std::to_string(step));
        ASSERT_TRUE(QFile::exists(season)) << "the season file is never missing";
        const QSet<QString> names = programsIn(s.cli, season); // the next start
        if (names == s.liveNames)
            ++before;
        else if (names == s.demoNames)
            ++after;
        else
            ADD_FAILURE() << "a season that is neither before nor after: " << names.size()
                          << " programs";
        EXPECT_EQ(leftovers(dir), QStringList());
        for (const QString &saved : savedCopies(dir))
            EXPECT_EQ(programsIn(s.cli, dir + QLatin1Char('/') + saved), s.liveNames)
                << "the kept season has every commit, those in its WAL too";
        if (r.exitCode == 0)
            break;
        ASSERT_EQ(r.exitCode, -1) << r.err.toStdString();
    }
    EXPECT_GT(step, 5) << "restore has steps to interrupt";
    EXPECT_LT(step, 200) << "restore finished once no kill came";
    EXPECT_GE(before, 2);
    EXPECT_GE(after, 2) << "a kill after the copy leaves the restored season";
}

TEST(CliCrash, BackupKilledAtAnyStepLeavesNoBackupOrAWholeOne)
{
    Seasons s;
    int step = 1;
    for (; step < 50; ++step) {
        const QString dir = s.stage(QStringLiteral("backup"));
        const QString season = dir + QStringLiteral("/season.sqlite");
        const QString copy = dir + QStringLiteral("/copy.sqlite");
        const CliResult r = killedAt(
            s.cli, step, {QStringLiteral("--database"), season, QStringLiteral("backup"), copy});
        SCOPED_TRACE("killed at step " + std::to_string(step));
        if (QFile::exists(copy)) {
            EXPECT_EQ(programsIn(s.cli, copy), s.liveNames);
        }
        EXPECT_EQ(programsIn(s.cli, season), s.liveNames); // the next start
        EXPECT_EQ(leftovers(dir), QStringList());
        if (r.exitCode == 0) {
            EXPECT_TRUE(QFile::exists(copy));
            break;
        }
        ASSERT_EQ(r.exitCode, -1) << r.err.toStdString();
    }
    EXPECT_GT(step, 3);
    EXPECT_LT(step, 50);
}

} // namespace
