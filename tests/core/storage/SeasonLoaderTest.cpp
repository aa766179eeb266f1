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

// What a reader remembers of a file: read again from it, the season must be
// exactly what reading it whole gives.
void expectSameSeason(const SeasonSnapshot &incremental, const SeasonSnapshot &whole)
{
    EXPECT_EQ(incremental.revision, whole.revision);
    EXPECT_EQ(incremental.programs, whole.programs);
    EXPECT_EQ(incremental.contacts, whole.contacts);
    ASSERT_EQ(incremental.communications.size(), whole.communications.size());
    for (qsizetype i = 0; i < whole.communications.size(); ++i) {
        EXPECT_EQ(incremental.communications.at(i), whole.communications.at(i)) << "row " << i;
        EXPECT_EQ(incremental.communications.at(i).at.offsetFromUtc(),
                  whole.communications.at(i).at.offsetFromUtc());
    }
}

TEST_F(SeasonLoaderTest, EveryWriteStampsItsRowWithTheNextRevision)
{
    ProgramRepository programs(db());
    Program p = test::ProgramBuilder(QStringLiteral("Harbor View"));
    p.id = *programs.add(p);
    const qint64 contact = *ContactRepository(db()).add(test::ContactBuilder(p.id));
    const qint64 message =
        *CommunicationRepository(db()).add(CommunicationBuilder(p.id).contact(contact));
    auto before = loadSeason(db(), 2027);
    ASSERT_TRUE(before);
    EXPECT_EQ(before->revision, 3) << "one stamp per insert";
    EXPECT_EQ(before->programs.first().revision, 1);
    EXPECT_EQ(before->contacts.first().revision, 2);
    EXPECT_EQ(before->communications.first().revision, 3);

    p = before->programs.first();
    p.notes = QStringLiteral("Ask about the research year");
    ASSERT_TRUE(programs.update(p));
    // Deleting the contact clears the entry's contact: that is a write too.
    ASSERT_TRUE(ContactRepository(db()).remove(contact));
    auto after = loadSeason(db(), 2027);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->programs.first().revision, 4);
    ASSERT_EQ(after->communications.size(), 1);
    EXPECT_EQ(after->communications.first().id, message);
    EXPECT_FALSE(after->communications.first().contactId);
    EXPECT_EQ(after->communications.first().revision, 5);
    EXPECT_EQ(after->revision, 5);
}

TEST_F(SeasonLoaderTest, ReadingAgainSinceASnapshotGivesWhatAWholeReadGives)
{
    ProgramRepository programs(db());
    ContactRepository contacts(db());
    CommunicationRepository comms(db());
    const qint64 birch = *programs.add(test::ProgramBuilder(QStringLiteral("Birch Valley")));
    const qint64 cedar = *programs.add(test::ProgramBuilder(QStringLiteral("Cedar Point")));
    const qint64 dune = *programs.add(test::ProgramBuilder(QStringLiteral("Dune Coast")));
    const qint64 lopez = *contacts.add(test::ContactBuilder(birch));
    const qint64 chen = *contacts.add(test::ContactBuilder(cedar).name("Wei", "Chen"));
    const qint64 first =
        *comms.add(CommunicationBuilder(birch).contact(lopez).on(QDate(2026, 10, 1)));
    const qint64 second =
        *comms.add(CommunicationBuilder(cedar).contact(chen).on(QDate(2026, 10, 2)));
    const qint64 third = *comms.add(CommunicationBuilder(dune).on(QDate(2026, 10, 3)));
    const qint64 fourth = *comms.add(CommunicationBuilder(birch).on(QDate(2026, 10, 4)));
    auto before = loadSeason(db(), 2027);
    ASSERT_TRUE(before);

    // Every kind of change: rows added, edited (one moving in the order),
    // deleted directly and by cascade, and cleared by a deleted contact.
    const qint64 alder = *programs.add(test::ProgramBuilder(QStringLiteral("Alder Ridge")));
    Program renamed = *programs.get(cedar);
    renamed.name = QStringLiteral("Aspen Cedar Point");
    ASSERT_TRUE(programs.update(renamed));
    ASSERT_TRUE(programs.remove(dune));
    ASSERT_TRUE(contacts.remove(chen));
    Contact moved = *contacts.get(lopez);
    moved.email = QStringLiteral("lopez@birch.example.edu");
    ASSERT_TRUE(contacts.update(moved));
    Communication edited = *comms.get(first);
    edited.body = QStringLiteral("Dear Dr. Lopez,\n\nAn update on my application.");
    edited.at = QDateTime(QDate(2026, 10, 5), QTime(8, 30), QTimeZone(-5 * 3600));
    ASSERT_TRUE(comms.update(edited));
    ASSERT_TRUE(comms.remove(fourth));
    const qint64 fifth = *comms.add(CommunicationBuilder(alder).on(QDate(2026, 9, 30)));

    auto incremental = loadSeason(db(), 2027, &before.value());
    ASSERT_TRUE(incremental) << incremental.errorMessage().toStdString();
    auto whole = loadSeason(db(), 2027);
    ASSERT_TRUE(whole);
    expectSameSeason(*incremental, *whole);
    EXPECT_EQ(ids(incremental->communications), (QList<qint64>{fifth, second, first}));
    (void)third; // gone with its program
    EXPECT_EQ(incremental->programs.first().id, alder);
    EXPECT_EQ(sqlite3_get_autocommit(db().handle()), 1) << "no transaction left open";
}

TEST_F(SeasonLoaderTest, UnchangedRowsShareTheirTextWithTheSnapshotBefore)
{
    const qint64 program = *ProgramRepository(db()).add(test::ProgramBuilder());
    CommunicationRepository comms(db());
    const qint64 kept = *comms.add(CommunicationBuilder(program).on(QDate(2026, 10, 1)));
    const qint64 changed = *comms.add(CommunicationBuilder(program).on(QDate(2026, 10, 2)));
    auto before = loadSeason(db(), 2027);
    ASSERT_TRUE(before);
    Communication c = *comms.get(changed);
    c.subject = QStringLiteral("Thank you");
    ASSERT_TRUE(comms.update(c));

    auto after = loadSeason(db(), 2027, &before.value());
    ASSERT_TRUE(after);
    ASSERT_EQ(ids(after->communications), (QList<qint64>{kept, changed}));
    EXPECT_TRUE(after->communications.at(0).body.isSharedWith(before->communications.at(0).body))
        << "not read again";
    EXPECT_EQ(after->communications.at(1).subject, QStringLiteral("Thank you"));
}

TEST_F(SeasonLoaderTest, ASnapshotOfARestoredOrOtherFileIsReadWhole)
{
    const qint64 program = *ProgramRepository(db()).add(test::ProgramBuilder());
    const qint64 id = *CommunicationRepository(db()).add(CommunicationBuilder(program));
    auto before = loadSeason(db(), 2027);
    ASSERT_TRUE(before);

    // Another file with the same ids and a counter that went further.
    test::TempDatabase other;
    const qint64 otherProgram =
        *ProgramRepository(other.db()).add(test::ProgramBuilder(QStringLiteral("Elsewhere")));
    Communication c = CommunicationBuilder(otherProgram).subject(QStringLiteral("Other file"));
    c.id = *CommunicationRepository(other.db()).add(c);
    c.subject = QStringLiteral("Other file, edited");
    ASSERT_TRUE(CommunicationRepository(other.db()).update(c));
    ASSERT_EQ(c.id, id);
    auto read = loadSeason(other.db(), 2027, &before.value());
    ASSERT_TRUE(read);
    auto whole = loadSeason(other.db(), 2027);
    ASSERT_TRUE(whole);
    expectSameSeason(*read, *whole);
    EXPECT_EQ(read->programs.first().name, QStringLiteral("Elsewhere"));
}

} // namespace
} // namespace rapport::core
