#include "io/Backup.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/ProgramRepository.h"
#include "support/Builders.h"
#include "support/FileSnapshot.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sqlite3.h>

#include <gtest/gtest.h>

using namespace rapport::core;
using rapport::test::FileSnapshot;
using rapport::test::ProgramBuilder;

namespace {

const QDateTime kNow(QDate(2026, 11, 25), QTime(14, 5, 9), QTimeZone::utc());

void makeDatabase(const QString &path, const QStringList &programs)
{
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.errorMessage().toStdString();
    for (const QString &name : programs)
        ASSERT_TRUE(ProgramRepository(**db).add(ProgramBuilder(name)).ok());
}

void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
}

QStringList programsIn(const QString &path)
{
    auto db = Database::open(path);
    EXPECT_TRUE(db.ok()) << db.errorMessage().toStdString();
    QStringList names;
    if (!db.ok())
        return names;
    const auto programs = ProgramRepository(**db).all();
    EXPECT_TRUE(programs.ok()) << programs.errorMessage().toStdString();
    for (const Program &p : programs.value())
        names << p.name;
    names.sort();
    return names;
}

TEST(RestoreCheck, RefusesABackupThatLacksATableOrAnIndex)
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString path = dir.filePath(QStringLiteral("rapport.sqlite"));
    makeDatabase(path, {QStringLiteral("Lakeside")});
    ASSERT_TRUE(rapport::test::backdate(path));
    const FileSnapshot before = FileSnapshot::of(path);

    const std::pair<const char *, const char *> cases[] = {
        {"DROP TABLE contacts", "the table contacts is missing"},
        {"DROP INDEX programs_revision", "the index programs_revision is missing"},
    };
    for (const auto &[sql, expected] : cases) {
        const QString backup = elsewhere.filePath(QStringLiteral("partial.sqlite"));
        QFile::remove(backup);
        makeDatabase(backup, {QStringLiteral("Northgate")});
        rawExec(backup, "PRAGMA foreign_keys = OFF");
        rawExec(backup, sql);
        auto report = Backup::restore(backup, path, kNow);
        ASSERT_FALSE(report.ok()) << sql;
        EXPECT_EQ(report.errorMessage().toStdString(),
                  QStringLiteral("%1 is not a complete Rapport backup: %2")
                      .arg(backup, QLatin1String(expected))
                      .toStdString());
    }
    EXPECT_EQ(rapport::test::differences(before, FileSnapshot::of(path)).toStdString(), "");
    EXPECT_TRUE(
        QDir(dir.path())
            .entryList(QStringList{QStringLiteral("*restore*"), QStringLiteral("*partial-*")},
                       QDir::Files | QDir::Hidden)
            .isEmpty());
}

// Found by fuzz_backup_check: Rapport's application id on a file whose
// schema version is 0 or negative was accepted as a season of no version.
TEST(RestoreCheck, RefusesRapportsMarkWithoutASchemaVersion)
{
    QTemporaryDir dir;
    for (const int version : {0, -3}) {
        const QString path = dir.filePath(QStringLiteral("marked%1.sqlite").arg(version));
        rawExec(path, QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2; "
                                     "CREATE TABLE t (x)")
                          .arg(Migrations::kApplicationId)
                          .arg(version)
                          .toUtf8()
                          .constData());
        const auto checked = Backup::check(path);
        ASSERT_FALSE(checked.ok()) << "version " << version;
        EXPECT_EQ(checked.errorMessage().toStdString(),
                  QStringLiteral("%1 is not a Rapport backup (it has Rapport's mark but schema "
                                 "version %2, so no season in it)")
                      .arg(path)
                      .arg(version)
                      .toStdString());
    }
}

TEST(RestoreCheck, ADamagedBackupIsOneLine)
{
    QTemporaryDir dir;
    const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
    makeDatabase(damaged, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    {
        QFile d(damaged);
        ASSERT_TRUE(d.open(QIODevice::ReadWrite));
        for (qint64 page = 1; page * 4096 < d.size(); ++page) {
            d.seek(page * 4096 + 8);
            d.write(QByteArray(200, '\x07'));
        }
    }
    auto version = Backup::check(damaged);
    ASSERT_FALSE(version.ok());
    EXPECT_FALSE(version.errorMessage().contains(QLatin1Char('\n')))
        << version.errorMessage().toStdString();
    EXPECT_TRUE(version.errorMessage().startsWith(damaged + QStringLiteral(" is damaged (")));
    EXPECT_TRUE(version.errorMessage().endsWith(QStringLiteral("; choose another backup")));
}

TEST(Restore, FollowsASymbolicLinkToTheSeason)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("real"));
    const QString real = dir.filePath(QStringLiteral("real/rapport.sqlite"));
    const QString link = dir.filePath(QStringLiteral("rapport.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("monday.sqlite"));
    makeDatabase(real, {QStringLiteral("Lakeside")});
    ASSERT_TRUE(QFile::link(real, link));
    makeDatabase(backup, {QStringLiteral("From the backup")});

    auto report = Backup::restore(backup, link, kNow);
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_TRUE(QFileInfo(link).isSymLink()) << "the link stays a link";
    EXPECT_EQ(programsIn(real), QStringList{QStringLiteral("From the backup")});
    EXPECT_EQ(report->savedAs, real + QStringLiteral(".before-restore-20261125-140509"));
    EXPECT_EQ(programsIn(report->savedAs), QStringList{QStringLiteral("Lakeside")});
}

TEST(Restore, ConnectionsOpenMeanwhileReadTheRestoredSeason)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("monday.sqlite"));
    makeDatabase(path, {QStringLiteral("Lakeside"), QStringLiteral("Northgate")});
    makeDatabase(backup, {QStringLiteral("From the backup")});
    auto reader = Database::open(path);
    ASSERT_TRUE(reader.ok());
    ASSERT_EQ(rapport::test::rowCount(**reader, QStringLiteral("programs")), 2);

    auto report = Backup::restore(backup, path, kNow);
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(rapport::test::rowCount(**reader, QStringLiteral("programs")), 1);
    EXPECT_TRUE(ProgramRepository(**reader).add(ProgramBuilder(QStringLiteral("Bayview"))).ok());
    reader->reset();
    EXPECT_EQ(programsIn(path),
              (QStringList{QStringLiteral("Bayview"), QStringLiteral("From the backup")}));
}

TEST(Restore, ReplacesASeasonThatCannotBeOpenedAndKeepsItByteForByte)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("monday.sqlite"));
    makeDatabase(backup, {QStringLiteral("From the backup")});
    {
        QFile broken(path);
        ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x5A'));
    }
    const QByteArray damaged = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    ASSERT_FALSE(Database::open(path).ok());

    auto report = Backup::restore(backup, path, kNow);
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(programsIn(path), QStringList{QStringLiteral("From the backup")});
    QFile saved(report->savedAs);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_EQ(saved.readAll(), damaged);
}

TEST(Restore, NeverReplacesAFileThatIsNoDamagedSeason)
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString path = dir.filePath(QStringLiteral("rapport.sqlite"));
    const QString backup = elsewhere.filePath(QStringLiteral("monday.sqlite"));
    makeDatabase(backup, {QStringLiteral("From the backup")});
    rawExec(path, "CREATE TABLE mine (x); INSERT INTO mine VALUES (1)");
    ASSERT_TRUE(rapport::test::backdate(path));
    const FileSnapshot before = FileSnapshot::of(path);

    auto report = Backup::restore(backup, path, kNow);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.errorMessage().contains(QStringLiteral("another application")))
        << report.errorMessage().toStdString();
    EXPECT_TRUE(report.errorMessage().endsWith(QStringLiteral("; nothing was restored")));
    EXPECT_EQ(rapport::test::differences(before, FileSnapshot::of(path)).toStdString(), "");
}

TEST(Restore, GivesTheRestoredSeasonANewEpochEvenFromItsOwnBackup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("monday.sqlite"));
    qint64 epoch = 0;
    {
        makeDatabase(path, {QStringLiteral("Lakeside")});
        auto db = Database::open(path);
        ASSERT_TRUE(Backup::create(**db, backup).ok());
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT epoch FROM revision")) && q.next());
        epoch = q.value(0).toLongLong();
    }
    ASSERT_TRUE(Backup::restore(backup, path, kNow).ok());
    auto db = Database::open(path);
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT epoch FROM revision")) && q.next());
    EXPECT_NE(q.value(0).toLongLong(), epoch);
}

} // namespace
