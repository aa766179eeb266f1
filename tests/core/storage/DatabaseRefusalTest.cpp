#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/ProgramRepository.h"

#include "support/Builders.h"
#include "support/FileSnapshot.h"
#include "support/QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sqlite3.h>

namespace rapport::core {
namespace {

using test::contains;

// Builds fixture files through SQLite's C API, so no Rapport code is involved
// in making the file that Rapport must then refuse.
bool runSqlite(const QString &path, const QStringList &statements)
{
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    bool ok = sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                              nullptr) == SQLITE_OK;
    for (const QString &sql : statements) {
        if (!ok)
            break;
        char *error = nullptr;
        ok = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error) == SQLITE_OK;
        if (!ok)
            ADD_FAILURE() << sql.toStdString() << ": " << error;
        sqlite3_free(error);
    }
    sqlite3_close(db);
    return ok;
}

QVariant sqliteValue(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *stmt = nullptr;
    QVariant out;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK &&
        sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        out = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
}

class DatabaseRefusal : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("rapport.sqlite")); }

    // A real Rapport file with programs and enough communications to span
    // several pages, closed (and so checkpointed) before the test looks at it.
    void makeRapportFile()
    {
        auto db = Database::open(path());
        ASSERT_TRUE(db) << db.errorMessage().toStdString();
        auto program = ProgramRepository(**db).add(test::ProgramBuilder());
        ASSERT_TRUE(program) << program.errorMessage().toStdString();
        CommunicationRepository comms(**db);
        for (int i = 0; i < 200; ++i) {
            auto c = test::CommunicationBuilder(*program)
                         .on(QDate(2026, 9, 1).addDays(i % 150))
                         .body(QStringLiteral("Message %1 ").arg(i).repeated(20));
            ASSERT_TRUE(comms.add(c));
        }
    }

    void writeFile(const QByteArray &bytes)
    {
        QFile file(path());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(bytes), bytes.size());
    }

    // Opens the file, expects a refusal naming what is wrong, and checks the
    // file and its folder are exactly as they were.
    QString expectRefusedUntouched()
    {
        EXPECT_TRUE(test::backdate(path()));
        const auto before = test::FileSnapshot::of(path());
        EXPECT_TRUE(before.exists);
        auto db = Database::open(path());
        EXPECT_FALSE(db) << "the file was accepted";
        auto after = test::FileSnapshot::of(path());
        // Reading a WAL-mode file, even read-only, makes SQLite create its
        // -wal and -shm beside it, and a read-only connection cannot remove
        // them again. The -wal must hold nothing; the file itself and
        // everything else in the folder must be as they were.
        const QString wal = path() + QStringLiteral("-wal");
        if (isWalFile() && !before.siblings.contains(QFileInfo(wal).fileName())) {
            EXPECT_EQ(QFileInfo(wal).size(), 0) << "something was written to the -wal";
            after.siblings.removeAll(QFileInfo(wal).fileName());
            after.siblings.removeAll(QFileInfo(path() + QStringLiteral("-shm")).fileName());
        }
        EXPECT_EQ(test::differences(before, after), QString());
        EXPECT_TRUE(contains(db.errorMessage(), path())) << "the message names the file";
        return db.errorMessage();
    }

    // Bytes 18 and 19 of the SQLite header are 2 in WAL mode.
    bool isWalFile() const
    {
        QFile file(path());
        return file.open(QIODevice::ReadOnly) && file.read(20).mid(18) == QByteArray("\x02\x02");
    }

    QTemporaryDir m_dir;
};

TEST_F(DatabaseRefusal, TextFileIsNotARapportDatabase)
{
    writeFile(QByteArrayLiteral("name,city,state\n").repeated(20));
    EXPECT_TRUE(contains(expectRefusedUntouched(), "not a Rapport database"));
}

TEST_F(DatabaseRefusal, ShortTextFileIsNotARapportDatabase)
{
    writeFile(QByteArrayLiteral("hello\n"));
    EXPECT_TRUE(contains(expectRefusedUntouched(), "not a Rapport database"));
}

TEST_F(DatabaseRefusal, AnotherApplicationsSqliteFileIsNotARapportDatabase)
{
    ASSERT_TRUE(runSqlite(path(), {QStringLiteral("PRAGMA application_id = 1234567"),
                                   QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)"),
                                   QStringLiteral("INSERT INTO photos VALUES (1)")}));
    EXPECT_TRUE(contains(expectRefusedUntouched(), "not a Rapport database"));
}

TEST_F(DatabaseRefusal, AnUnstampedSqliteFileWithTablesIsNotARapportDatabase)
{
    ASSERT_TRUE(runSqlite(path(), {QStringLiteral("CREATE TABLE programs (id INTEGER)"),
                                   QStringLiteral("PRAGMA user_version = 1")}));
    EXPECT_TRUE(contains(expectRefusedUntouched(), "not a Rapport database"));
}

TEST_F(DatabaseRefusal, ANewerSchemaIsRefusedWithBothVersions)
{
    makeRapportFile();
    const int latest = Migrations().latestVersion();
    ASSERT_TRUE(runSqlite(path(), {QStringLiteral("PRAGMA user_version = %1").arg(latest + 5)}));

    const QString message = expectRefusedUntouched();
    EXPECT_TRUE(contains(message, "newer"));
    EXPECT_TRUE(contains(message, QStringLiteral("version %1").arg(latest + 5)));
    EXPECT_TRUE(contains(message, QStringLiteral("(%1)").arg(latest)));
}

TEST_F(DatabaseRefusal, ABTreePageOverwrittenIsDamaged)
{
    makeRapportFile();
    const qint64 pageSize = sqliteValue(path(), QStringLiteral("PRAGMA page_size")).toLongLong();
    const qint64 root = sqliteValue(path(), QStringLiteral("SELECT rootpage FROM sqlite_master "
                                                           "WHERE name = 'communications'"))
                            .toLongLong();
    ASSERT_GT(pageSize, 0);
    ASSERT_GT(root, 1);
    ASSERT_FALSE(QFile::exists(path() + QStringLiteral("-wal")) &&
                 QFile(path() + QStringLiteral("-wal")).size() > 0)
        << "the fixture must be checkpointed";
    {
        // Scribble over the page header and cell pointers of the table's root.
        QFile file(path());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek((root - 1) * pageSize));
        ASSERT_EQ(file.write(QByteArray(64, '\x5a')), 64);
    }
    EXPECT_TRUE(contains(expectRefusedUntouched(), "damaged"));
}

TEST_F(DatabaseRefusal, ATruncatedFileIsDamaged)
{
    makeRapportFile();
    QFile file(path());
    const qint64 size = file.size();
    ASSERT_GT(size, 8 * 4096);
    ASSERT_TRUE(file.resize(size / 2));
    EXPECT_TRUE(contains(expectRefusedUntouched(), "damaged"));
}

TEST_F(DatabaseRefusal, AFolderIsRefusedAndLeftAlone)
{
    const QString folder = m_dir.filePath(QStringLiteral("store.sqlite"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QStringList before = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden);

    auto db = Database::open(folder);
    ASSERT_FALSE(db);
    EXPECT_TRUE(contains(db.errorMessage(), "folder"));
    EXPECT_TRUE(contains(db.errorMessage(), folder));
    EXPECT_EQ(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden), before);
}

TEST_F(DatabaseRefusal, TheUntouchedFileStillOpensOnceRepaired)
{
    // The refusal must not have half-opened or locked the file: after the
    // version is put back, the same file opens and keeps its data.
    makeRapportFile();
    const int latest = Migrations().latestVersion();
    ASSERT_TRUE(runSqlite(path(), {QStringLiteral("PRAGMA user_version = %1").arg(latest + 1)}));
    ASSERT_FALSE(Database::open(path()));
    ASSERT_TRUE(runSqlite(path(), {QStringLiteral("PRAGMA user_version = %1").arg(latest)}));

    auto db = Database::open(path());
    ASSERT_TRUE(db) << db.errorMessage().toStdString();
    auto all = CommunicationRepository(**db).list();
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 200);
}

} // namespace
} // namespace rapport::core
