// Version 2: season dates are estimates until the applicant confirms them.
// Each test starts from a file at version 1, as Rapport 1 left it.

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/ProfileRepository.h"
#include "storage/ProgramRepository.h"

#include "support/Builders.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::queryValue;

class SeasonMigrationTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("rapport.sqlite")); }

    // A version-1 file holding a program and, unless deadline is empty, a
    // season row with these two dates.
    void makeVersion1File(const QString &deadline, const QString &matchDay)
    {
        auto db = Database::open(path(), Migrations({Migrations::builtInSteps().first()}));
        ASSERT_TRUE(db) << db.errorMessage().toStdString();
        ASSERT_EQ(queryValue(**db, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        ASSERT_TRUE(ProgramRepository(**db).add(test::ProgramBuilder()));
        if (deadline.isEmpty())
            return;
        const auto inserted = test::execSql(
            **db,
            QStringLiteral("INSERT INTO season (id, name, applications_open, interviews_start, "
                           "interviews_end, rank_list_deadline, match_day, signal_count) "
                           "VALUES (1, 'My Match', '2026-06-03', '2026-10-05', '2027-01-29', "
                           "?, ?, 30)"),
            {deadline, matchDay});
        ASSERT_TRUE(inserted) << inserted.errorMessage().toStdString();
    }

    // Opens the file with every built-in step: the upgrade runs.
    Season upgradedSeason()
    {
        auto db = Database::open(path());
        EXPECT_TRUE(db) << db.errorMessage().toStdString();
        if (!db)
            return {};
        EXPECT_EQ(queryValue(**db, QStringLiteral("PRAGMA user_version")).toInt(),
                  Migrations().latestVersion());
        EXPECT_EQ(test::rowCount(**db, QStringLiteral("programs")), 1) << "data stays";
        auto season = ProfileRepository(**db).season(2040);
        EXPECT_TRUE(season) << season.errorMessage().toStdString();
        return season ? *season : Season();
    }

    QTemporaryDir m_dir;
};

TEST_F(SeasonMigrationTest, DatesCarriedOverFromVersion1BecomeTheEstimate)
{
    // Version 1 wrote 25 February and 20 March into every year: for 2027 a
    // Thursday and a Saturday.
    makeVersion1File(QStringLiteral("2027-02-25"), QStringLiteral("2027-03-20"));
    const Season s = upgradedSeason();
    EXPECT_EQ(s.rankListDeadline, QDate(2027, 2, 24));
    EXPECT_EQ(s.matchDay, QDate(2027, 3, 19));
    EXPECT_FALSE(s.datesConfirmed);
    // The rest of the row is the user's and stays.
    EXPECT_EQ(s.name, QStringLiteral("My Match"));
    EXPECT_EQ(s.applicationsOpen, QDate(2026, 6, 3));
    EXPECT_EQ(s.interviewsEnd, QDate(2027, 1, 29));
    EXPECT_EQ(s.signalCount, 30);
}

TEST_F(SeasonMigrationTest, The2026DefaultsStayButAreNotConfirmed)
{
    makeVersion1File(QStringLiteral("2026-02-25"), QStringLiteral("2026-03-20"));
    const Season s = upgradedSeason();
    EXPECT_EQ(s.rankListDeadline, QDate(2026, 2, 25));
    EXPECT_EQ(s.matchDay, QDate(2026, 3, 20));
    EXPECT_FALSE(s.datesConfirmed);
}

TEST_F(SeasonMigrationTest, DatesTheUserEditedAreKeptAndCountAsConfirmed)
{
    makeVersion1File(QStringLiteral("2027-03-03"), QStringLiteral("2027-03-19"));
    Season s = upgradedSeason();
    EXPECT_EQ(s.rankListDeadline, QDate(2027, 3, 3));
    EXPECT_EQ(s.matchDay, QDate(2027, 3, 19));
    EXPECT_TRUE(s.datesConfirmed);
}

TEST_F(SeasonMigrationTest, OneEditedDateIsEnoughToCountAsConfirmed)
{
    makeVersion1File(QStringLiteral("2027-02-25"), QStringLiteral("2027-03-19"));
    const Season s = upgradedSeason();
    EXPECT_EQ(s.rankListDeadline, QDate(2027, 2, 25));
    EXPECT_EQ(s.matchDay, QDate(2027, 3, 19));
    EXPECT_TRUE(s.datesConfirmed);
}

TEST_F(SeasonMigrationTest, WithoutASeasonRowNoneIsMade)
{
    makeVersion1File({}, {});
    const Season s = upgradedSeason();
    EXPECT_EQ(s.matchDay, QDate(2040, 3, 16)) << "the defaults, read not stored";
    EXPECT_FALSE(s.datesConfirmed);
    auto db = Database::open(path());
    ASSERT_TRUE(db);
    EXPECT_EQ(test::rowCount(**db, QStringLiteral("season")), 0);
}

TEST_F(SeasonMigrationTest, TheFlagIsZeroOrOne)
{
    makeVersion1File(QStringLiteral("2027-02-25"), QStringLiteral("2027-03-20"));
    auto db = Database::open(path());
    ASSERT_TRUE(db) << db.errorMessage().toStdString();
    EXPECT_FALSE(test::execSql(**db, QStringLiteral("UPDATE season SET dates_confirmed = 2")));
    EXPECT_FALSE(test::execSql(**db, QStringLiteral("UPDATE season SET dates_confirmed = NULL")));
    EXPECT_TRUE(test::execSql(**db, QStringLiteral("UPDATE season SET dates_confirmed = 1")));
}

} // namespace
} // namespace rapport::core
