#include "storage/SeasonLoader.h"
#include "storage/AcknowledgementRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/ProgramRepository.h"
#include "storage/QuotaRepository.h"
#include "storage/Transaction.h"

#include "support/Builders.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <sqlite3.h>

namespace rapport::core {
namespace {

using test::CommunicationBuilder;

QDateTime at(int month, int day, int hour, int minute, int offsetHours)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone(offsetHours * 3600));
}

class SeasonLoaderTest : public ::testing::Test
{
protected:
    Database &db() { return m_temp.db(); }

    QList<qint64> ids(const QList<Communication> &list)
    {
        QList<qint64> out;
        for (const Communication &c : list)
            out << c.id;
        return out;
    }

    test::TempDatabase m_temp;
};

TEST_F(SeasonLoaderTest, AnEmptyDatabaseGivesDefaultsAndNothingElse)
{
    auto s = loadSeason(db(), 2027);
    ASSERT_TRUE(s) << s.errorMessage().toStdString();
    EXPECT_EQ(s->season.matchDay, Season::defaultsFor(2027).matchDay);
    EXPECT_TRUE(s->profile.name.isEmpty());
    EXPECT_TRUE(s->programs.isEmpty());
    EXPECT_TRUE(s->contacts.isEmpty());
    EXPECT_TRUE(s->communications.isEmpty());
    EXPECT_TRUE(s->quota.limits.isEmpty());
    EXPECT_TRUE(s->acknowledgements.isEmpty());
    EXPECT_EQ(sqlite3_get_autocommit(db().handle()), 1) << "no transaction left open";
}

TEST_F(SeasonLoaderTest, ReturnsEverythingWithCommunicationsSortedByTime)
{
    ApplicantProfile profile;
    profile.name = QStringLiteral("Aisha Rahman");
    ASSERT_TRUE(ProfileRepository(db()).saveProfile(profile));
    Season season = Season::defaultsFor(2027);
    season.signalCount = 12;
    ASSERT_TRUE(ProfileRepository(db()).saveSeason(season));

    ProgramRepository programs(db());
    const qint64 zeta = *programs.add(test::ProgramBuilder(QStringLiteral("Zeta")));
    const qint64 alpha = *programs.add(test::ProgramBuilder(QStringLiteral("Alpha")));
    const qint64 contact = *ContactRepository(db()).add(test::ContactBuilder(alpha));
    ASSERT_TRUE(QuotaRepository(db()).setDefault(QStringLiteral("thank_you"), {1, 1}));
    ASSERT_TRUE(QuotaRepository(db()).setMinGapDays(5));

    // Added out of order, and in different offsets: 03:30Z, 04:00Z, 04:30Z,
    // then a later day.
    CommunicationRepository comms(db());
    const qint64 fourth = *comms.add(CommunicationBuilder(zeta).at(at(10, 7, 9, 0, 0)));
    const qint64 second = *comms.add(CommunicationBuilder(alpha).at(at(10, 5, 20, 0, -8)));
    const QDateTime india(QDate(2026, 10, 6), QTime(9, 0), QTimeZone(19800));
    const qint64 first = *comms.add(CommunicationBuilder(alpha).contact(contact).at(india));
    const qint64 third = *comms.add(CommunicationBuilder(zeta).incoming().at(at(10, 6, 4, 30, 0)));
    Finding f;
    f.rule = QStringLiteral("timing.min_gap");
    ASSERT_TRUE(AcknowledgementRepository(db()).add(second, f, at(10, 5, 21, 0, -8), QString()));

    auto s = loadSeason(db(), 2030);
    ASSERT_TRUE(s) << s.errorMessage().toStdString();
    EXPECT_EQ(s->profile.name, QStringLiteral("Aisha Rahman"));
    EXPECT_EQ(s->season.signalCount, 12);
    ASSERT_EQ(s->programs.size(), 2);
    EXPECT_EQ(s->programs.first().id, alpha);
    ASSERT_EQ(s->contacts.size(), 1);
    EXPECT_EQ(s->contacts.first().id, contact);
    EXPECT_EQ(ids(s->communications), (QList<qint64>{first, second, third, fourth}));
    for (qsizetype i = 1; i < s->communications.size(); ++i)
        EXPECT_LE(s->communications[i - 1].at, s->communications[i].at);
    EXPECT_EQ(s->communications[1].at.offsetFromUtc(), -8 * 3600) << "offsets survive the load";
    EXPECT_EQ(s->quota.limits.value(QStringLiteral("thank_you")).maximum, 1);
    EXPECT_EQ(s->quota.minGapDays, 5);
    ASSERT_EQ(s->acknowledgements.size(), 1);
    EXPECT_EQ(s->acknowledgements.first().communicationId, second);
    EXPECT_EQ(sqlite3_get_autocommit(db().handle()), 1) << "no transaction left open";
}

TEST_F(SeasonLoaderTest, EqualTimesAreOrderedById)
{
    CommunicationRepository comms(db());
    const qint64 program = *ProgramRepository(db()).add(test::ProgramBuilder());
    const QDateTime same = at(11, 1, 12, 0, 0);
    QList<qint64> added;
    for (int i = 0; i < 3; ++i)
        added << *comms.add(CommunicationBuilder(program).at(same));
    auto s = loadSeason(db(), 2027);
    ASSERT_TRUE(s);
    EXPECT_EQ(ids(s->communications), added);
}

TEST_F(SeasonLoaderTest, InsideACallersTransactionItSeesUncommittedWorkAndLeavesItOpen)
{
    const qint64 program = *ProgramRepository(db()).add(test::ProgramBuilder());
    {
        Transaction tx(db());
        ASSERT_TRUE(tx.begin());
        ASSERT_TRUE(CommunicationRepository(db()).add(CommunicationBuilder(program)));
        auto s = loadSeason(db(), 2027);
        ASSERT_TRUE(s) << s.errorMessage().toStdString();
        EXPECT_EQ(s->communications.size(), 1);
        EXPECT_EQ(db().transactionDepth(), 1);
        EXPECT_EQ(sqlite3_get_autocommit(db().handle()), 0) << "the caller's transaction stays";
    } // rolled back
    auto s = loadSeason(db(), 2027);
    ASSERT_TRUE(s);
    EXPECT_TRUE(s->communications.isEmpty());
}

} // namespace
} // namespace rapport::core
