#include "storage/Migrations.h"
#include "storage/Database.h"

#include "support/FileSnapshot.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::contains;
using test::queryValue;

// A small schema history of its own: each step leaves a mark in `log`, so
// the order in which steps ran can be read back.
MigrationStep notesV1()
{
    return {1,
            QStringLiteral("Create notes"),
            {QStringLiteral("PRAGMA application_id = %1").arg(Migrations::kApplicationId),
             QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE log (step INTEGER NOT NULL)"),
             QStringLiteral("INSERT INTO log (step) VALUES (1)")}};
}

MigrationStep colourV2()
{
    return {2,
            QStringLiteral("Give notes a colour"),
            {QStringLiteral("ALTER TABLE notes ADD COLUMN colour TEXT NOT NULL DEFAULT 'red'"),
             QStringLiteral("INSERT INTO log (step) VALUES (2)")}};
}

MigrationStep tagsV3()
{
    return {3,
            QStringLiteral("Add tags"),
            {QStringLiteral("CREATE TABLE tags (note_id INTEGER REFERENCES notes(id), tag TEXT)"),
             QStringLiteral("INSERT INTO tags SELECT id, colour FROM notes"),
             QStringLiteral("INSERT INTO log (step) VALUES (3)")}};
}

// Creates a table, then fails: nothing of it (nor of the steps before it in
// the same upgrade) may remain.
MigrationStep brokenV3()
{
    return {3,
            QStringLiteral("Add tags"),
            {QStringLiteral("CREATE TABLE tags (note_id INTEGER, tag TEXT)"),
             QStringLiteral("INSERT INTO no_such_table VALUES (1)")}};
}

QList<int> stepsLogged(Database &db)
{
    QSqlQuery q(db.connection());
    QList<int> steps;
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT step FROM log ORDER BY rowid")));
    while (q.next())
        steps << q.value(0).toInt();
    return steps;
}

QStringList schemaSql(Database &db)
{
    QSqlQuery q(db.connection());
    QStringList out;
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT sql FROM sqlite_master ORDER BY name")));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

class MigrationsTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("notes.sqlite")); }

    // The fixture: a file at version 1 with one note, made by running only
    // the first step.
    void makeVersion1File()
    {
        auto db = Database::open(path(), Migrations({notesV1()}));
        ASSERT_TRUE(db) << db.errorMessage().toStdString();
        ASSERT_TRUE(test::execSql(**db, QStringLiteral("INSERT INTO notes (text) VALUES (?)"),
                                  {QStringLiteral("call the coordinator")}));
        ASSERT_EQ(queryValue(**db, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    }

    QTemporaryDir m_dir;
};

TEST_F(MigrationsTest, LatestVersionIsTheLastStep)
{
    EXPECT_EQ(Migrations(QList<MigrationStep>()).latestVersion(), 0);
    EXPECT_EQ(Migrations({notesV1(), colourV2()}).latestVersion(), 2);
    EXPECT_EQ(Migrations().latestVersion(), Migrations::builtInSteps().last().version);
}

TEST_F(MigrationsTest, FromNothingEveryStepRunsInOrder)
{
    auto db = Database::open(path(), Migrations({notesV1(), colourV2(), tagsV3()}));
    ASSERT_TRUE(db) << db.errorMessage().toStdString();
    EXPECT_EQ(stepsLogged(**db), (QList<int>{1, 2, 3}));
    EXPECT_EQ(queryValue(**db, QStringLiteral("PRAGMA user_version")).toInt(), 3);
    EXPECT_EQ(queryValue(**db, QStringLiteral("PRAGMA application_id")).toInt(),
              Migrations::kApplicationId);
}

TEST_F(MigrationsTest, FromAnOlderVersionOnlyTheNewStepsRunAndDataStays)
{
    makeVersion1File();
    auto db = Database::open(path(), Migrations({notesV1(), colourV2()}));
    ASSERT_TRUE(db) << db.errorMessage().toStdString();
    EXPECT_EQ(stepsLogged(**db), (QList<int>{1, 2}));
    EXPECT_EQ(queryValue(**db, QStringLiteral("PRAGMA user_version")).toInt(), 2);
    EXPECT_EQ(queryValue(**db, QStringLiteral("SELECT text || '/' || colour FROM notes")),
              QVariant(QStringLiteral("call the coordinator/red")));
}

TEST_F(MigrationsTest, AtTheLatestVersionNothingRuns)
{
    makeVersion1File();
    auto db = Database::open(path(), Migrations({notesV1()}));
    ASSERT_TRUE(db) << db.errorMessage().toStdString();
    EXPECT_EQ(stepsLogged(**db), (QList<int>{1}));
    EXPECT_EQ(test::rowCount(**db, QStringLiteral("notes")), 1);
}

TEST_F(MigrationsTest, AFailedStepLeavesTheFileAtItsOldVersionAndSchema)
{
    makeVersion1File();
    QStringList schemaBefore;
    {
        auto db = Database::open(path(), Migrations({notesV1()}));
        ASSERT_TRUE(db);
        schemaBefore = schemaSql(**db);
    }
    ASSERT_TRUE(test::backdate(path()));
    const auto before = test::FileSnapshot::of(path());

    auto failed = Database::open(path(), Migrations({notesV1(), colourV2(), brokenV3()}));
    ASSERT_FALSE(failed);
    EXPECT_TRUE(contains(failed.errorMessage(), "version 3"));
    EXPECT_TRUE(contains(failed.errorMessage(), "Add tags"));
    EXPECT_TRUE(contains(failed.errorMessage(), "no_such_table"));

    const auto after = test::FileSnapshot::of(path());
    EXPECT_EQ(after.sha256, before.sha256) << "the database file was written";
    EXPECT_EQ(after.modified, before.modified);

    auto db = Database::open(path(), Migrations({notesV1()}));
    ASSERT_TRUE(db) << db.errorMessage().toStdString();
    EXPECT_EQ(queryValue(**db, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    EXPECT_EQ(schemaSql(**db), schemaBefore) << "no column of step 2, no table of step 3";
    EXPECT_EQ(stepsLogged(**db), (QList<int>{1}));
    EXPECT_EQ(test::rowCount(**db, QStringLiteral("notes")), 1);
}

TEST_F(MigrationsTest, AFailedFirstStepLeavesANewFileEmpty)
{
    MigrationStep broken = notesV1();
    broken.statements << QStringLiteral("CREATE TABLE notes (id INTEGER)"); // already exists
    auto failed = Database::open(path(), Migrations({broken}));
    ASSERT_FALSE(failed);
    EXPECT_TRUE(contains(failed.errorMessage(), "version 1"));
    EXPECT_TRUE(contains(failed.errorMessage(), "Create notes"));

    auto db = Database::open(path(), Migrations(QList<MigrationStep>()));
    ASSERT_TRUE(db) << db.errorMessage().toStdString();
    EXPECT_EQ(queryValue(**db, QStringLiteral("PRAGMA user_version")).toInt(), 0);
    EXPECT_EQ(queryValue(**db, QStringLiteral("PRAGMA application_id")).toInt(), 0);
    EXPECT_EQ(test::schemaObjects(**db), QStringList());
}

TEST_F(MigrationsTest, AFileNewerThanTheStepsIsRefused)
{
    {
        auto db = Database::open(path(), Migrations({notesV1(), colourV2()}));
        ASSERT_TRUE(db);
    }
    auto db = Database::open(path(), Migrations({notesV1()}));
    ASSERT_FALSE(db);
    EXPECT_TRUE(contains(db.errorMessage(), "newer"));
    EXPECT_TRUE(contains(db.errorMessage(), "version 2"));
}

TEST(BuiltInSchema, VersionsAreConsecutiveFromOne)
{
    const auto &steps = Migrations::builtInSteps();
    ASSERT_FALSE(steps.isEmpty());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        EXPECT_EQ(steps.at(i).version, i + 1);
        EXPECT_FALSE(steps.at(i).description.trimmed().isEmpty());
        EXPECT_FALSE(steps.at(i).statements.isEmpty());
    }
}

TEST(BuiltInSchema, Version1HasEveryDocumentedTable)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("rapport.sqlite")));
    ASSERT_TRUE(db) << db.errorMessage().toStdString();
    const QStringList objects = test::schemaObjects(**db);
    const char *tables[] = {"profile",   "season",          "programs",
                            "contacts",  "communications",  "communications_fts",
                            "templates", "quota_defaults",  "quota_overrides",
                            "settings",  "acknowledgements"};
    for (const char *table : tables)
        EXPECT_TRUE(objects.contains(QStringLiteral("table ") + QLatin1String(table))) << table;
    const char *others[] = {"index programs_nrmp_code", "index communications_message_id",
                            "trigger communications_fts_insert",
                            "trigger communications_fts_delete",
                            "trigger communications_fts_update"};
    for (const char *object : others)
        EXPECT_TRUE(objects.contains(QLatin1String(object))) << object;
}

} // namespace
} // namespace rapport::core
