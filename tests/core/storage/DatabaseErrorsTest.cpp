// Each way a season file can fail gets one line that names the file, says
// what happened and what to do.

#include "storage/Database.h"
#include "storage/ProgramRepository.h"
#include "storage/Transaction.h"

#include "support/Builders.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

void expectOneLine(const QString &message)
{
    EXPECT_FALSE(message.contains(QLatin1Char('\n'))) << message.toStdString();
    EXPECT_FALSE(message.contains(QLatin1String("Unable to fetch row"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QLatin1String("BEGIN"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QLatin1String("INSERT"))) << message.toStdString();
}

TEST(DatabaseErrors, AWriterWaitsForALockAndThenSaysWhoHoldsTheFile)
{
    test::TempDatabase t;
    QSqlQuery timeout(t.db().connection());
    ASSERT_TRUE(timeout.exec(QStringLiteral("PRAGMA busy_timeout")) && timeout.next());
    EXPECT_EQ(timeout.value(0).toInt(), Database::kBusyTimeoutMs);
    // Waiting the full five seconds proves nothing more.
    ASSERT_TRUE(timeout.exec(QStringLiteral("PRAGMA busy_timeout = 50")));

    const QString other = QStringLiteral("errors-test-holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
        holder.setDatabaseName(t.path());
        ASSERT_TRUE(holder.open());
        QSqlQuery lock(holder);
        ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        Transaction tx(t.db());
        const Status begun = tx.begin();
        ASSERT_FALSE(begun.ok());
        EXPECT_EQ(begun.errorMessage().toStdString(),
                  QStringLiteral("%1 is held by another program (a Rapport window or "
                                 "rapport-cli) that did not let go within 5 seconds; try again "
                                 "when it is done")
                      .arg(t.path())
                      .toStdString());
        auto added = ProgramRepository(t.db()).add(test::ProgramBuilder(QStringLiteral("Late")));
        ASSERT_FALSE(added.ok());
        expectOneLine(added.errorMessage());
        EXPECT_TRUE(added.errorMessage().contains(QStringLiteral("is held by another program")))
            << added.errorMessage().toStdString();
        lock.exec(QStringLiteral("ROLLBACK"));
        holder.close();
    }
    QSqlDatabase::removeDatabase(other);
}

TEST(DatabaseErrors, AFullDiskSaysSoAndNothingIsSaved)
{
    test::TempDatabase t;
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const int pages = q.value(0).toInt();
    // The file may not grow: as far as SQLite can tell, the disk is full.
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));

    Transaction tx(t.db());
    ASSERT_TRUE(tx.begin().ok());
    Status failed;
    for (int i = 0; i < 500 && failed.ok(); ++i) {
        Program program = test::ProgramBuilder(QStringLiteral("Program %1").arg(i));
        program.notes = QString(300, u'x'); // fills pages; a name that long is refused
        auto added = ProgramRepository(t.db()).add(program);
        if (!added)
            failed = added.error();
    }
    ASSERT_FALSE(failed.ok());
    expectOneLine(failed.errorMessage());
    EXPECT_TRUE(failed.errorMessage().endsWith(
        QStringLiteral("%1 could not be written: the disk is full; free some space and try again")
            .arg(t.path())))
        << failed.errorMessage().toStdString();
    // After a failed write to a full disk SQLite may undo the whole
    // transaction itself; a commit then says so rather than "cannot commit -
    // no transaction is active".
    ASSERT_TRUE(q.exec(QStringLiteral("ROLLBACK")));
    const Status committed = tx.commit();
    ASSERT_FALSE(committed.ok());
    EXPECT_EQ(committed.errorMessage().toStdString(),
              QStringLiteral("could not save the change to %1: a write failed and the change was "
                             "undone (the disk may be full); nothing was saved")
                  .arg(t.path())
                  .toStdString());
    EXPECT_EQ(test::rowCount(t.db(), QStringLiteral("programs")), 0);
    EXPECT_EQ(t.db().transactionDepth(), 0);
}

TEST(DatabaseErrors, ADamagedFileIsOneLine)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("season.sqlite"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        for (int i = 0; i < 200; ++i)
            ASSERT_TRUE(ProgramRepository(**db)
                            .add(test::ProgramBuilder(QStringLiteral("Program %1").arg(i)))
                            .ok());
    }
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        for (qint64 page = 2; page * 4096 < f.size(); page += 3) {
            f.seek(page * 4096 + 20);
            f.write(QByteArray(300, '\x07'));
        }
    }
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    expectOneLine(db.errorMessage());
    EXPECT_TRUE(db.errorMessage().startsWith(path + QStringLiteral(" is damaged (")))
        << db.errorMessage().toStdString();
    EXPECT_TRUE(db.errorMessage().endsWith(
        QStringLiteral("); restore a backup (File > Restore, or rapport-cli restore FILE)")));
}

} // namespace
} // namespace rapport::core
