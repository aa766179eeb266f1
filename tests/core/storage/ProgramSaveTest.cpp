// Two writers on one program: the window, which read the row before the
// user started editing, and rapport-cli (another connection) writing in
// between. Saving the window's edit must keep what the other wrote.

#include "storage/Database.h"
#include "storage/ProgramRepository.h"

#include "support/Builders.h"
#include "support/QtPrinters.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

class ProgramSaveTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto id = ProgramRepository(temp.db()).add(test::ProgramBuilder());
        ASSERT_TRUE(id) << id.errorMessage().toStdString();
        auto read = ProgramRepository(temp.db()).get(*id);
        ASSERT_TRUE(read) << read.errorMessage().toStdString();
        original = *read;
        auto other = Database::open(temp.path());
        ASSERT_TRUE(other) << other.errorMessage().toStdString();
        otherWriter = std::move(other.value());
    }

    // What the other writer does: read the row now, change it, write it.
    void otherWrites(const std::function<void(Program &)> &change)
    {
        ProgramRepository repo(*otherWriter);
        auto now = repo.get(original.id);
        ASSERT_TRUE(now) << now.errorMessage().toStdString();
        change(*now);
        ASSERT_TRUE(repo.update(*now));
    }

    Program stored()
    {
        auto p = ProgramRepository(temp.db()).get(original.id);
        EXPECT_TRUE(p) << p.errorMessage().toStdString();
        return p ? *p : Program();
    }

    test::TempDatabase temp;
    std::unique_ptr<Database> otherWriter;
    Program original;
};

TEST_F(ProgramSaveTest, WhatAnotherWriterChangedMeanwhileStays)
{
    otherWrites([](Program &p) {
        p.notes = QStringLiteral("Written by the command line");
        p.preferenceRank = 3;
    });
    Program edited = original;
    edited.policyNote = QStringLiteral("Updates welcome by email");
    auto saved = ProgramRepository(temp.db()).save(original, edited);
    ASSERT_TRUE(saved) << saved.errorMessage().toStdString();
    EXPECT_TRUE(saved->written());
    const Program now = stored();
    EXPECT_EQ(now.policyNote, QStringLiteral("Updates welcome by email"));
    EXPECT_EQ(now.notes, QStringLiteral("Written by the command line"));
    EXPECT_EQ(now.preferenceRank, 3);
    EXPECT_EQ(saved->stored, now);
}

TEST_F(ProgramSaveTest, TheSameFieldChangedByBothIsAConflictAndNothingIsWritten)
{
    otherWrites([](Program &p) {
        p.notes = QStringLiteral("Theirs");
        p.city = QStringLiteral("Evanston");
    });
    const Program between = stored();
    Program edited = original;
    edited.notes = QStringLiteral("Mine");
    edited.status = ProgramStatus::Interviewed;
    auto saved = ProgramRepository(temp.db()).save(original, edited);
    ASSERT_TRUE(saved) << saved.errorMessage().toStdString();
    ASSERT_FALSE(saved->written());
    ASSERT_EQ(saved->conflicts.size(), 1);
    EXPECT_EQ(saved->conflicts.first().key, QStringLiteral("notes"));
    EXPECT_EQ(saved->conflicts.first().yours, QStringLiteral("Mine"));
    EXPECT_EQ(saved->conflicts.first().stored, QStringLiteral("Theirs"));
    EXPECT_EQ(stored(), between) << "nothing written";

    // Resolved: the stored row is the new original, the user's choice the edit.
    Program resolved = saved->stored;
    resolved.notes = QStringLiteral("Mine");
    resolved.status = ProgramStatus::Interviewed;
    auto again = ProgramRepository(temp.db()).save(saved->stored, resolved);
    ASSERT_TRUE(again) << again.errorMessage().toStdString();
    EXPECT_TRUE(again->written());
    const Program now = stored();
    EXPECT_EQ(now.notes, QStringLiteral("Mine"));
    EXPECT_EQ(now.city, QStringLiteral("Evanston"));
    EXPECT_EQ(now.status, ProgramStatus::Interviewed);
}

TEST_F(ProgramSaveTest, BothMakingTheSameChangeIsNoConflict)
{
    otherWrites([](Program &p) { p.signalSent = true; });
    Program edited = original;
    edited.signalSent = true;
    auto saved = ProgramRepository(temp.db()).save(original, edited);
    ASSERT_TRUE(saved) << saved.errorMessage().toStdString();
    EXPECT_TRUE(saved->written());
    EXPECT_TRUE(stored().signalSent);
}

TEST_F(ProgramSaveTest, AnInterviewIsOneFactOfDateTimeAndZone)
{
    otherWrites([](Program &p) {
        p.interviewDate = QDate(2026, 11, 20);
        p.interviewTime = QTime(9, 0);
        p.interviewOffsetSecs = -6 * 3600;
    });
    Program edited = original;
    edited.interviewDate = QDate(2026, 11, 21);
    auto saved = ProgramRepository(temp.db()).save(original, edited);
    ASSERT_TRUE(saved) << saved.errorMessage().toStdString();
    ASSERT_EQ(saved->conflicts.size(), 1);
    EXPECT_EQ(saved->conflicts.first().key, QStringLiteral("interview"));
    EXPECT_EQ(saved->conflicts.first().stored, QStringLiteral("2026-11-20 09:00"));
    EXPECT_EQ(saved->conflicts.first().yours, QStringLiteral("2026-11-21"));
}

TEST_F(ProgramSaveTest, EveryFieldAnEditCanChangeIsMerged)
{
    // A field missing from the merge would silently keep the stored value.
    Program edited = original;
    edited.name = QStringLiteral("Lakeshore University Otolaryngology");
    edited.institution = QStringLiteral("Lakeshore Health");
    edited.specialty = QStringLiteral("Head and Neck Surgery");
    edited.city = QStringLiteral("Milwaukee");
    edited.state = QStringLiteral("WI");
    edited.nrmpCode = QStringLiteral("1234567C0");
    edited.participatesInMatch = !original.participatesInMatch;
    edited.visa = VisaSponsorship::H1b;
    edited.matchedImgs = Tristate::Yes;
    edited.policy = CommunicationPolicy::NoPostInterview;
    edited.policyNote = QStringLiteral("No updates, please");
    edited.status = ProgramStatus::Interviewed;
    edited.signalSent = !original.signalSent;
    edited.homeProgram = !original.homeProgram;
    edited.applicationDate = QDate(2026, 9, 25);
    edited.interviewDate = QDate(2026, 11, 20);
    edited.interviewTime = QTime(8, 30);
    edited.interviewOffsetSecs = -5 * 3600;
    edited.preferenceRank = 2;
    edited.website = QStringLiteral("https://lakeshore.example.edu");
    edited.emailDomain = QStringLiteral("lakeshore.example.edu");
    edited.notes = QStringLiteral("Met the PD at a conference");
    edited.minGapDays = 10;
    Program probe = original;
    for (const RowField<Program> &f : ProgramRepository::fields())
        f.take(probe, edited);
    EXPECT_EQ(probe, edited);

    otherWrites([](Program &p) { p.notes += QStringLiteral(" "); });
    edited.notes = original.notes; // the user left notes alone
    auto saved = ProgramRepository(temp.db()).save(original, edited);
    ASSERT_TRUE(saved) << saved.errorMessage().toStdString();
    ASSERT_TRUE(saved->written());
    Program expected = edited;
    expected.notes = original.notes + QStringLiteral(" ");
    expected.revision = saved->stored.revision;
    EXPECT_EQ(saved->stored, expected);
}

} // namespace
} // namespace rapport::core
