#include "storage/ProfileRepository.h"

#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::contains;

ApplicantProfile fullProfile()
{
    ApplicantProfile p;
    p.name = QStringLiteral("Aisha Rahman");
    p.degree = QStringLiteral("MBBS");
    p.medicalSchool = QStringLiteral("Dhaka Medical College");
    p.country = QStringLiteral("Bangladesh");
    p.graduationYear = 2022;
    p.aamcId = QStringLiteral("14123456");
    p.visaStatus = QStringLiteral("needs J-1 sponsorship");
    p.email = QStringLiteral("aisha.rahman@example.org");
    p.otherEmails = {QStringLiteral("a.rahman@dmc.edu.bd"),
                     QStringLiteral("aisha@research.example"),
                     QStringLiteral("arahman+eras@example.org")};
    p.phone = QStringLiteral("+1 312 555 0199");
    p.signature = QStringLiteral("Aisha Rahman, MBBS\nAAMC ID 14123456");
    p.homeProgramName = QStringLiteral("Lakeside University Otolaryngology");
    return p;
}

Season fullSeason()
{
    Season s;
    s.name = QStringLiteral("2027 Match (ENT)");
    s.applicationsOpen = QDate(2026, 6, 4);
    s.interviewsStart = QDate(2026, 10, 6);
    s.interviewsEnd = QDate(2027, 1, 29);
    s.rankListDeadline = QDate(2027, 3, 3);
    s.matchDay = QDate(2027, 3, 19);
    s.signalCount = 30;
    s.datesConfirmed = true;
    s.timeZone = QStringLiteral("America/Chicago");
    return s;
}

class ProfileRepositoryTest : public ::testing::Test
{
protected:
    test::TempDatabase m_temp;
    ProfileRepository repo{m_temp.db()};
};

TEST_F(ProfileRepositoryTest, ANewDatabaseHasAnEmptyProfile)
{
    auto p = repo.profile();
    ASSERT_TRUE(p) << p.errorMessage().toStdString();
    EXPECT_TRUE(p->name.isEmpty());
    EXPECT_TRUE(p->otherEmails.isEmpty());
    EXPECT_EQ(p->graduationYear, 0);
}

TEST_F(ProfileRepositoryTest, EveryProfileFieldComesBack)
{
    const ApplicantProfile p = fullProfile();
    ASSERT_TRUE(repo.saveProfile(p));
    const ApplicantProfile read = *repo.profile();
    EXPECT_EQ(read.name, p.name);
    EXPECT_EQ(read.degree, p.degree);
    EXPECT_EQ(read.medicalSchool, p.medicalSchool);
    EXPECT_EQ(read.country, p.country);
    EXPECT_EQ(read.graduationYear, p.graduationYear);
    EXPECT_EQ(read.aamcId, p.aamcId);
    EXPECT_EQ(read.visaStatus, p.visaStatus);
    EXPECT_EQ(read.email, p.email);
    EXPECT_EQ(read.otherEmails, p.otherEmails);
    EXPECT_EQ(read.phone, p.phone);
    EXPECT_EQ(read.signature, p.signature);
    EXPECT_EQ(read.homeProgramName, p.homeProgramName);
}

TEST_F(ProfileRepositoryTest, SavingAgainReplacesTheOneProfile)
{
    ASSERT_TRUE(repo.saveProfile(fullProfile()));
    ApplicantProfile p;
    p.name = QStringLiteral("A. Rahman");
    ASSERT_TRUE(repo.saveProfile(p)) << "a profile with only a name is fine";
    EXPECT_EQ(test::rowCount(m_temp.db(), QStringLiteral("profile")), 1);
    const ApplicantProfile read = *repo.profile();
    EXPECT_EQ(read.name, QStringLiteral("A. Rahman"));
    EXPECT_TRUE(read.otherEmails.isEmpty());
    EXPECT_EQ(read.graduationYear, 0);
}

TEST_F(ProfileRepositoryTest, ABadEmailIsRefusedAndTheStoredProfileKept)
{
    ASSERT_TRUE(repo.saveProfile(fullProfile()));

    ApplicantProfile bad = fullProfile();
    bad.name = QStringLiteral("Changed");
    bad.email = QStringLiteral("aisha.example.org");
    auto s = repo.saveProfile(bad);
    ASSERT_FALSE(s);
    EXPECT_TRUE(contains(s.errorMessage(), "profile email"));
    EXPECT_TRUE(contains(s.errorMessage(), "aisha.example.org"));

    bad = fullProfile();
    bad.otherEmails << QStringLiteral("x@y..com");
    s = repo.saveProfile(bad);
    ASSERT_FALSE(s);
    EXPECT_TRUE(contains(s.errorMessage(), "other email"));
    EXPECT_TRUE(contains(s.errorMessage(), "x@y..com"));

    bad = fullProfile();
    bad.graduationYear = 1949;
    s = repo.saveProfile(bad);
    ASSERT_FALSE(s);
    EXPECT_TRUE(contains(s.errorMessage(), "graduation year 1949"));

    const ApplicantProfile read = *repo.profile();
    EXPECT_EQ(read.name, QStringLiteral("Aisha Rahman"));
    EXPECT_EQ(read.email, QStringLiteral("aisha.rahman@example.org"));
    EXPECT_EQ(read.otherEmails.size(), 3);
    EXPECT_EQ(read.graduationYear, 2022);
}

TEST_F(ProfileRepositoryTest, WithoutASeasonTheDefaultsAreReturned)
{
    EXPECT_EQ(*repo.hasSeason(), false);
    const Season s = *repo.season(2027);
    const Season d = Season::defaultsFor(2027);
    EXPECT_EQ(s.name, d.name);
    EXPECT_EQ(s.rankListDeadline, d.rankListDeadline);
    EXPECT_EQ(s.matchDay, d.matchDay);
    EXPECT_EQ(s.signalCount, d.signalCount);
    EXPECT_FALSE(s.datesConfirmed) << "defaults are estimates";
    EXPECT_EQ(test::rowCount(m_temp.db(), QStringLiteral("season")), 0) << "reading stores nothing";
}

TEST_F(ProfileRepositoryTest, EverySeasonFieldComesBack)
{
    const Season s = fullSeason();
    ASSERT_TRUE(repo.saveSeason(s));
    EXPECT_EQ(*repo.hasSeason(), true);
    const Season read = *repo.season(2030);
    EXPECT_EQ(read.name, s.name);
    EXPECT_EQ(read.applicationsOpen, s.applicationsOpen);
    EXPECT_EQ(read.interviewsStart, s.interviewsStart);
    EXPECT_EQ(read.interviewsEnd, s.interviewsEnd);
    EXPECT_EQ(read.rankListDeadline, s.rankListDeadline);
    EXPECT_EQ(read.matchDay, s.matchDay);
    EXPECT_EQ(read.signalCount, s.signalCount);
    EXPECT_TRUE(read.datesConfirmed);
    EXPECT_EQ(read.timeZone, s.timeZone);
}

TEST_F(ProfileRepositoryTest, TheTimeZoneCanBeClearedAndAnUnknownOneIsRefused)
{
    Season s = fullSeason();
    ASSERT_TRUE(repo.saveSeason(s));
    s.timeZone.clear();
    ASSERT_TRUE(repo.saveSeason(s));
    EXPECT_EQ(repo.season(2030)->timeZone, QString()) << "the computer's zone again";

    s.timeZone = QStringLiteral("America/Springfield");
    auto bad = repo.saveSeason(s);
    ASSERT_FALSE(bad);
    EXPECT_TRUE(contains(bad.errorMessage(), "time zone America/Springfield"));
    EXPECT_EQ(repo.season(2030)->timeZone, QString());
}

TEST_F(ProfileRepositoryTest, TheConfirmedFlagIsStoredBothWays)
{
    Season s = Season::defaultsFor(2027);
    ASSERT_TRUE(repo.saveSeason(s));
    EXPECT_FALSE(repo.season(2030)->datesConfirmed);
    EXPECT_EQ(
        test::queryValue(m_temp.db(), QStringLiteral("SELECT dates_confirmed FROM season")).toInt(),
        0);

    s.datesConfirmed = true;
    ASSERT_TRUE(repo.saveSeason(s));
    EXPECT_TRUE(repo.season(2030)->datesConfirmed);
    EXPECT_EQ(
        test::queryValue(m_temp.db(), QStringLiteral("SELECT dates_confirmed FROM season")).toInt(),
        1);

    // Back to estimates, e.g. after "Use defaults".
    s.datesConfirmed = false;
    ASSERT_TRUE(repo.saveSeason(s));
    EXPECT_FALSE(repo.season(2030)->datesConfirmed);
}

TEST_F(ProfileRepositoryTest, ASeasonWithItsDeadlineAfterMatchDayIsRefused)
{
    ASSERT_TRUE(repo.saveSeason(fullSeason()));
    Season bad = fullSeason();
    bad.rankListDeadline = QDate(2027, 3, 20);
    auto s = repo.saveSeason(bad);
    ASSERT_FALSE(s);
    EXPECT_TRUE(contains(s.errorMessage(), "rank-list deadline 2027-03-20"));
    EXPECT_TRUE(contains(s.errorMessage(), "Match Day 2027-03-19"));
    EXPECT_EQ(repo.season(2030)->rankListDeadline, QDate(2027, 3, 3));
}

TEST_F(ProfileRepositoryTest, ImplausibleSeasonValuesAreRefusedByName)
{
    Season bad = fullSeason();
    bad.interviewsStart = QDate(1989, 12, 31);
    auto s = repo.saveSeason(bad);
    ASSERT_FALSE(s);
    EXPECT_TRUE(contains(s.errorMessage(), "interviews-start date 1989-12-31"));

    bad = fullSeason();
    bad.signalCount = -1;
    s = repo.saveSeason(bad);
    ASSERT_FALSE(s);
    EXPECT_TRUE(contains(s.errorMessage(), "signal count -1"));
    EXPECT_EQ(*repo.hasSeason(), false);
}

} // namespace
} // namespace rapport::core
