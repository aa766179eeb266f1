#include "io/Backup.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/ProgramRepository.h"
#include "storage/SeasonLoader.h"
#include "storage/Transaction.h"
#include "support/Builders.h"
#include "support/FileSnapshot.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

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

void addProgram(Database &db, const QString &name)
{
    auto id = ProgramRepository(db).add(ProgramBuilder(name));
    ASSERT_TRUE(id.ok()) << id.errorMessage().toStdString();
}

bool ownerOnly(const QString &path)
{
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const QFile::Permissions p = QFile::permissions(path);
    return (p & others) == 0 && (p & QFile::ReadOwner) && (p & QFile::WriteOwner);
}

int programsIn(const QString &path, const Migrations &migrations = Migrations())
{
    auto db = Database::open(path, migrations);
    EXPECT_TRUE(db.ok()) << db.errorMessage().toStdString();
    return db.ok() ? rapport::test::rowCount(**db, QStringLiteral("programs")) : -1;
}

void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *error = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, &error), SQLITE_OK) << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
}

// A database file at path with the given programs, closed again.
void makeDatabase(const QString &path, const QStringList &programs)
{
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.errorMessage().toStdString();
    for (const QString &name : programs)
        addProgram(**db, name);
}

TEST(Backup, CopiesAConsistentStateWhileConnectionsAreOpen)
{
    rapport::test::TempDatabase t;
    addProgram(t.db(), QStringLiteral("Lakeside"));
    addProgram(t.db(), QStringLiteral("Northgate"));
    ASSERT_TRUE(QFile::exists(t.path() + QStringLiteral("-wal")))
        << "the commits are still in the WAL";

    // Another connection is half-way through a change it never commits.
    const QString other = QStringLiteral("backup-test-writer");
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
        writer.setDatabaseName(t.path());
        ASSERT_TRUE(writer.open());
        QSqlQuery q(writer);
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO programs (name, created_utc, updated_utc) "
                                          "VALUES ('Uncommitted', 'x', 'x')")));

        const QString copy = QDir(t.dir()).filePath(QStringLiteral("copy.sqlite"));
        const Status s = Backup::create(t.db(), copy);
        ASSERT_TRUE(s.ok()) << s.errorMessage().toStdString();
        EXPECT_TRUE(q.exec(QStringLiteral("ROLLBACK")));
        writer.close();

        EXPECT_TRUE(ownerOnly(copy));
        EXPECT_FALSE(QFile::exists(copy + QStringLiteral("-wal")));
        EXPECT_EQ(Backup::check(copy).value(), Migrations().latestVersion());
        EXPECT_EQ(programsIn(copy), 2);
        EXPECT_TRUE(QDir(t.dir())
                        .entryList(QStringList{QStringLiteral("*partial*")},
                                   QDir::AllEntries | QDir::Hidden)
                        .isEmpty());
    }
    QSqlDatabase::removeDatabase(other);
    addProgram(t.db(), QStringLiteral("Bayview")); // the app's connection goes on working
    EXPECT_EQ(rapport::test::rowCount(t.db(), QStringLiteral("programs")), 3);
}

TEST(Backup, NeverOverwritesAndNeverCopiesHalfAChange)
{
    rapport::test::TempDatabase t;
    const QString existing = QDir(t.dir()).filePath(QStringLiteral("existing.sqlite"));
    QFile f(existing);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    const Status overwrite = Backup::create(t.db(), existing);
    ASSERT_FALSE(overwrite.ok());
    EXPECT_TRUE(overwrite.errorMessage().contains(QStringLiteral("already exists")));
    EXPECT_FALSE(Backup::create(t.db(), t.path()).ok());
    EXPECT_FALSE(Backup::create(t.db(), QStringLiteral("/nonexistent-folder/x.sqlite")).ok());

    // Mid-import, the connection's own uncommitted rows would be copied.
    Transaction tx(t.db());
    ASSERT_TRUE(tx.begin().ok());
    addProgram(t.db(), QStringLiteral("Half-imported"));
    const QString mid = QDir(t.dir()).filePath(QStringLiteral("mid.sqlite"));
    const Status s = Backup::create(t.db(), mid);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.errorMessage().contains(QStringLiteral("in the middle of a change")));
    EXPECT_FALSE(QFile::exists(mid));
}

TEST(Restore, ReplacesTheDatabaseAndKeepsTheReplacedFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("monday.sqlite"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        addProgram(**db, QStringLiteral("Lakeside"));
        ASSERT_TRUE(Backup::create(**db, backup).ok());
        addProgram(**db, QStringLiteral("Northgate"));
    }
    auto report = Backup::restore(backup, path, kNow);
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report->savedAs, path + QStringLiteral(".before-restore-20261125-140509"));
    EXPECT_EQ(report->fromVersion, Migrations().latestVersion());
    EXPECT_EQ(report->toVersion, Migrations().latestVersion());
    EXPECT_EQ(programsIn(path), 1);
    EXPECT_EQ(programsIn(report->savedAs), 2) << "the replaced season is kept whole";
    EXPECT_TRUE(ownerOnly(path));
    EXPECT_TRUE(QFile::exists(backup)) << "the backup itself is not consumed";

    // A second restore in the same second gets a name of its own.
    auto again = Backup::restore(backup, path, kNow);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->savedAs, report->savedAs + QStringLiteral("-2"));
}

TEST(Restore, AReaderOfTheReplacedFileReadsTheRestoredOneWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("monday.sqlite"));
    SeasonSnapshot remembered;
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        addProgram(**db, QStringLiteral("Lakeside"));
        ASSERT_TRUE(Backup::create(**db, backup).ok());
        Program renamed = ProgramRepository(**db).all()->first();
        renamed.name = QStringLiteral("Lakeside East");
        ASSERT_TRUE(ProgramRepository(**db).update(renamed).ok());
        remembered = *loadSeason(**db, 2027);
    }
    ASSERT_TRUE(Backup::restore(backup, path, kNow).ok());
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok());
    // The restored file's counter catches up with the remembered one while
    // the restored row keeps its older stamp.
    const qint64 passing =
        *ProgramRepository(**db).add(ProgramBuilder(QStringLiteral("Northgate")));
    ASSERT_TRUE(ProgramRepository(**db).remove(passing).ok());
    auto read = loadSeason(**db, 2027, &remembered);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->revision, remembered.revision);
    ASSERT_EQ(read->programs.size(), 1);
    EXPECT_EQ(read->programs.first().name, QStringLiteral("Lakeside"));
}

TEST(Restore, RefusesANewerSchemaAndLeavesTheDatabaseUntouched)
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString path = dir.filePath(QStringLiteral("rapport.sqlite"));
    const QString newer = elsewhere.filePath(QStringLiteral("newer.sqlite"));
    makeDatabase(path, {QStringLiteral("Lakeside")});
    makeDatabase(newer, {QStringLiteral("From the future")});
    rawExec(newer, QStringLiteral("PRAGMA user_version = %1")
                       .arg(Migrations().latestVersion() + 1)
                       .toUtf8()
                       .constData());
    ASSERT_TRUE(rapport::test::backdate(path));
    const FileSnapshot before = FileSnapshot::of(path);

    auto report = Backup::restore(newer, path, kNow);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.errorMessage(),
              QStringLiteral("%1 has schema version %2, newer than this build of Rapport knows "
                             "(%3); restore it with a newer Rapport")
                  .arg(newer)
                  .arg(Migrations().latestVersion() + 1)
                  .arg(Migrations().latestVersion()));
    EXPECT_EQ(rapport::test::differences(before, FileSnapshot::of(path)), QString());
    EXPECT_TRUE(
        QDir(dir.path()).entryList(QStringList{QStringLiteral("*before-restore*")}).isEmpty());
}

TEST(Restore, ChecksTheFileBeforeTouchingAnything)
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString path = dir.filePath(QStringLiteral("rapport.sqlite"));
    makeDatabase(path, {QStringLiteral("Lakeside")});
    ASSERT_TRUE(rapport::test::backdate(path));
    const FileSnapshot before = FileSnapshot::of(path);

    const QString text = elsewhere.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(200, 'x'));
    f.close();
    const QString foreign = elsewhere.filePath(QStringLiteral("foreign.sqlite"));
    rawExec(foreign, "CREATE TABLE t (x); INSERT INTO t VALUES (1)");
    const QString damaged = elsewhere.filePath(QStringLiteral("damaged.sqlite"));
    makeDatabase(damaged, {QStringLiteral("A"), QStringLiteral("B")});
    {
        // Scribble over the second page (the first table's root).
        QFile d(damaged);
        ASSERT_TRUE(d.open(QIODevice::ReadWrite));
        d.seek(4096);
        d.write(QByteArray(64, '\xFF'));
    }

    const std::pair<QString, const char *> cases[] = {
        {text, "is not an SQLite database"},
        {foreign, "another application"},
        {damaged, "is damaged"},
        {elsewhere.filePath(QStringLiteral("missing.sqlite")), "cannot be read"},
        {path, "is the database itself"},
    };
    for (const auto &[file, expected] : cases) {
        auto report = Backup::restore(file, path, kNow);
        ASSERT_FALSE(report.ok()) << file.toStdString();
        EXPECT_TRUE(report.errorMessage().contains(QLatin1String(expected)))
            << report.errorMessage().toStdString();
    }
    EXPECT_EQ(rapport::test::differences(before, FileSnapshot::of(path)), QString());
    EXPECT_TRUE(
        QDir(dir.path()).entryList(QStringList{QStringLiteral("*before-restore*")}).isEmpty());
}

TEST(Restore, MigratesAnOlderSchemaAfterwards)
{
    // This build's schema plus one more step stands for a newer Rapport
    // that restores a backup made by this one.
    QList<MigrationStep> steps = Migrations::builtInSteps();
    const int next = steps.last().version + 1;
    steps << MigrationStep{next,
                           QStringLiteral("test step"),
                           {QStringLiteral("CREATE TABLE added_later (x INTEGER)")}};
    const Migrations newer(steps);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.sqlite"));
    const QString old = dir.filePath(QStringLiteral("old.sqlite"));
    makeDatabase(old, {QStringLiteral("Lakeside")});
    {
        auto db = Database::open(path, newer);
        ASSERT_TRUE(db.ok()) << db.errorMessage().toStdString();
    }
    auto report = Backup::restore(old, path, kNow, newer);
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_EQ(report->fromVersion, next - 1);
    EXPECT_EQ(report->toVersion, next);
    auto db = Database::open(path, newer);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(rapport::test::rowCount(**db, QStringLiteral("programs")), 1);
    EXPECT_EQ(rapport::test::rowCount(**db, QStringLiteral("added_later")), 0);
}

} // namespace
