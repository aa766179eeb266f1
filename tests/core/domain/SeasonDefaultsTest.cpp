#include "domain/Season.h"
#include "domain/Validation.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

struct KnownYear
{
    int matchYear;
    QDate matchDay;
    QDate rankListDeadline;
};

// Match Day is the third Friday of March; the deadline the Wednesday 23 days
// before. 2026 are the NRMP's published dates; 2030 and 2024 start March on a
// Friday (the earliest Match Day), 2031 and 2025 on a Saturday (the latest);
// 2028 is a leap year.
const KnownYear kYears[] = {
    {2024, QDate(2024, 3, 15), QDate(2024, 2, 21)}, {2025, QDate(2025, 3, 21), QDate(2025, 2, 26)},
    {2026, QDate(2026, 3, 20), QDate(2026, 2, 25)}, {2027, QDate(2027, 3, 19), QDate(2027, 2, 24)},
    {2028, QDate(2028, 3, 17), QDate(2028, 2, 23)}, {2030, QDate(2030, 3, 15), QDate(2030, 2, 20)},
    {2031, QDate(2031, 3, 21), QDate(2031, 2, 26)},
};

TEST(SeasonDefaults, MatchDayIsTheThirdFridayOfMarch)
{
    for (const KnownYear &y : kYears) {
        const Season s = Season::defaultsFor(y.matchYear);
        EXPECT_EQ(s.matchDay, y.matchDay) << y.matchYear;
        EXPECT_EQ(s.matchDay.dayOfWeek(), Qt::Friday) << y.matchYear;
        EXPECT_EQ(Season::estimatedMatchDay(y.matchYear), y.matchDay) << y.matchYear;
    }
}

TEST(SeasonDefaults, RankListDeadlineIsTheWednesdayThreeWeeksBefore)
{
    for (const KnownYear &y : kYears) {
        const Season s = Season::defaultsFor(y.matchYear);
        EXPECT_EQ(s.rankListDeadline, y.rankListDeadline) << y.matchYear;
        EXPECT_EQ(s.rankListDeadline.dayOfWeek(), Qt::Wednesday) << y.matchYear;
        EXPECT_EQ(s.rankListDeadline.daysTo(s.matchDay), 23) << y.matchYear;
        EXPECT_EQ(Season::estimatedRankListDeadline(y.matchYear), y.rankListDeadline);
    }
}

TEST(SeasonDefaults, AreEstimatesInTheRightOrder)
{
    for (int year = 2000; year <= 2100; ++year) {
        const Season s = Season::defaultsFor(year);
        EXPECT_FALSE(s.datesConfirmed) << year;
        EXPECT_TRUE(s.name.contains(QString::number(year))) << year;
        EXPECT_EQ(s.applicationsOpen, QDate(year - 1, 6, 5)) << year;
        EXPECT_LT(s.applicationsOpen, s.interviewsStart) << year;
        EXPECT_EQ(s.interviewsStart.month(), 10) << year;
        EXPECT_EQ(s.interviewsEnd, QDate(year, 1, 31)) << year;
        EXPECT_LT(s.interviewsEnd, s.rankListDeadline) << year;
        // Never a weekend, and never carried over by month and day.
        EXPECT_GE(s.matchDay, QDate(year, 3, 15)) << year;
        EXPECT_LE(s.matchDay, QDate(year, 3, 21)) << year;
        EXPECT_TRUE(validate(s)) << year;
    }
}

} // namespace
} // namespace rapport::core
