// Version 5 on a file Rapport 4 left.
#include "storage/Database.h"
#include "storage/Migrations.h"

#include "support/QtPrinters.h"
#include "support/SqlProbe.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rapport::core;
using rapport::test::execSql;
using rapport::test::queryValue;

namespace {

TEST(MailSchema, AVersion4FileIsUpgradedWithItsDataKept)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    QString before;
    {
        auto db = Database::open(path, Migrations(Migrations::builtInSteps().mid(0, 4)));
        ASSERT_TRUE(db) << db.errorMessage().toStdString();
        ASSERT_EQ(queryValue(**db, QStringLiteral("PRAGMA user_version")).toInt(), 4);
        ASSERT_TRUE(execSql(**db, QStringLiteral("INSERT INTO programs (name, created_utc, "
                                                 "updated_utc) VALUES ('Lakeside', '2026-09-01T"
                                                 "00:00:00Z', '2026-09-01T00:00:00Z')")));
        ASSERT_TRUE(execSql(**db, QStringLiteral("INSERT INTO communications (program_id, at_utc, "
                                                 "direction, channel, kind, message_id, "
                                                 "created_utc) VALUES (1, '2026-10-01T12:00:00Z', "
                                                 "'incoming', 'email', 'other', 'x@lakeside.edu', "
                                                 "'2026-10-01T12:00:00Z')")));
        before = rapport::test::rowsDump(**db);
    }
    auto db = Database::open(path);
    ASSERT_TRUE(db) << db.errorMessage().toStdString();
    EXPECT_EQ(queryValue(**db, QStringLiteral("PRAGMA user_version")).toInt(), 5);
    // Every row as it was; the new tables are there, empty.
    QString after = rapport::test::rowsDump(**db);
    const QStringList objects = rapport::test::schemaObjects(**db);
    for (const char *table : {"mail_accounts", "mail_folders", "mail_stores", "mail_inbox"}) {
        EXPECT_TRUE(objects.contains(QStringLiteral("table %1").arg(QLatin1String(table))))
            << table;
        EXPECT_EQ(rapport::test::rowCount(**db, QLatin1String(table)), 0);
        after.remove(QStringLiteral("== %1\n").arg(QLatin1String(table)));
    }
    EXPECT_EQ(after, before);
    EXPECT_TRUE(rapport::test::foreignKeyProblems(**db).isEmpty());
}

TEST(MailSchema, TheQueueRefusesUnknownStatesAndASecondMessageId)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
    ASSERT_TRUE(db);
    const QString insert = QStringLiteral(
        "INSERT INTO mail_inbox (message_id, origin, captured_utc, direction, kind, state) "
        "VALUES (?, 'imap', '2026-10-01T12:00:00Z', 'incoming', 'other', ?)");
    EXPECT_TRUE(execSql(**db, insert, {QStringLiteral("a@x"), QStringLiteral("pending")}));
    EXPECT_FALSE(execSql(**db, insert, {QStringLiteral("a@x"), QStringLiteral("pending")}));
    EXPECT_FALSE(execSql(**db, insert, {QStringLiteral("b@x"), QStringLiteral("maybe")}));
    // No password column, by design.
    EXPECT_FALSE(queryValue(**db, QStringLiteral("SELECT count(*) FROM pragma_table_info("
                                                 "'mail_accounts') WHERE name LIKE '%pass%'"))
                     .toBool());
}

} // namespace
