// Merging a program into another and undoing it: entries and contacts move,
// the kept program gains the fields it lacked, the rules count the merged
// program's messages as one program's, and an undo restores every row.

#include "rules/Allowance.h"
#include "rules/RuleData.h"
#include "rules/RuleEngine.h"
#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/ProgramRepository.h"
#include "storage/QuotaRepository.h"
#include "storage/SeasonLoader.h"

#include "support/Builders.h"
#include "support/FakeClock.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::foreignKeyProblems;
using test::rowsDump;

// "Riverside" typed by hand and "Riverside Medical Center" imported later:
// each has a contact, messages and a quota override of its own.
class ProgramMergeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Program typed = test::ProgramBuilder(QStringLiteral("Riverside"))
                            .status(ProgramStatus::Interviewed)
                            .interview(QDate(2027, 1, 7), QTime(9, 0));
        typed.notes = QStringLiteral("Kind residents.");
        keep = *programs.add(typed);
        Program imported = test::ProgramBuilder(QStringLiteral("Riverside Medical Center"))
                               .nrmp(QStringLiteral("1234560C0"))
                               .status(ProgramStatus::Applied);
        imported.city = QString();
        imported.institution = QStringLiteral("Riverside Health");
        imported.website = QStringLiteral("https://riverside.example.org");
        imported.notes = QStringLiteral("Imported from the spreadsheet.");
        gone = *programs.add(imported);
        other = *programs.add(test::ProgramBuilder(QStringLiteral("Hillcrest")));

        director = *contacts.add(test::ContactBuilder(keep));
        coordinator = *contacts.add(test::ContactBuilder(gone)
                                        .name(QStringLiteral("Sam"), QStringLiteral("Lee"))
                                        .role(ContactRole::ProgramCoordinator)
                                        .email(QStringLiteral("slee@riverside.example.org")));
        keepEntries << log(keep, director, QDate(2026, 10, 1), Kind::PreInterviewInterest)
                    << log(keep, director, QDate(2027, 1, 7), Kind::ThankYou, QTime(18, 0));
        goneEntries << log(gone, coordinator, QDate(2026, 11, 2), Kind::PreInterviewInterest)
                    << log(gone, coordinator, QDate(2027, 1, 7), Kind::ThankYou, QTime(19, 0));
        log(other, 0, QDate(2026, 10, 1), Kind::PreInterviewInterest);
        ASSERT_TRUE(quotas.setOverride(keep, QStringLiteral("thank_you"), {1, 1}));
        ASSERT_TRUE(quotas.setOverride(gone, QStringLiteral("thank_you"), {2, 3}));
        ASSERT_TRUE(quotas.setOverride(gone, QStringLiteral("pre_interview"), {1, 1}));
    }

    qint64 log(qint64 program, qint64 contact, QDate day, Kind kind, QTime time = QTime(10, 0))
    {
        test::CommunicationBuilder b(program);
        b.on(day, time).kind(kind).subject(QStringLiteral("Riverside %1").arg(toString(kind)));
        if (contact)
            b.contact(contact);
        auto id = comms.add(b);
        EXPECT_TRUE(id) << id.errorMessage().toStdString();
        return id ? *id : 0;
    }

    // Each program's counted messages per quota, as the rule engine sees the
    // file on 8 January 2027.
    QHash<qint64, QList<int>> used()
    {
        auto data = RuleData::builtIn();
        EXPECT_TRUE(data) << data.errorMessage().toStdString();
        test::FakeClock clock(QDateTime(QDate(2027, 1, 8), QTime(12, 0), QTimeZone::utc()));
        RuleEngine engine(*data, clock);
        auto season = loadSeason(temp.db(), 2027);
        EXPECT_TRUE(season) << season.errorMessage().toStdString();
        engine.setSnapshot(*season);
        QHash<qint64, QList<int>> out;
        for (const ProgramAllowance &a : engine.allowances().programs()) {
            for (Quota q : {Quota::PreInterview, Quota::ThankYou, Quota::PostInterview})
                out[a.programId] << a[q].used;
        }
        return out;
    }

    QList<qint64> entriesOf(qint64 program)
    {
        CommunicationFilter f;
        f.programId = program;
        const auto entries = comms.list(f);
        EXPECT_TRUE(entries.ok());
        QList<qint64> ids;
        for (const Communication &c : *entries)
            ids << c.id;
        return ids;
    }

    test::TempDatabase temp;
    ProgramRepository programs{temp.db()};
    ContactRepository contacts{temp.db()};
    CommunicationRepository comms{temp.db()};
    QuotaRepository quotas{temp.db()};
    qint64 keep = 0, gone = 0, other = 0, director = 0, coordinator = 0;
    QList<qint64> keepEntries, goneEntries;
};

TEST_F(ProgramMergeTest, MovesEntriesAndContactsAndFillsWhatTheKeptOneLacks)
{
    auto merged = programs.merge(keep, gone);
    ASSERT_TRUE(merged) << merged.errorMessage().toStdString();
    EXPECT_FALSE(programs.get(gone));
    EXPECT_EQ(entriesOf(keep),
              (QList<qint64>{keepEntries[0], goneEntries[0], keepEntries[1], goneEntries[1]}));
    EXPECT_EQ(contacts.get(coordinator)->programId, keep);
    EXPECT_EQ(merged->contactIds, QList<qint64>{coordinator});
    EXPECT_EQ(merged->communicationIds, goneEntries);

    const Program p = *programs.get(keep);
    EXPECT_EQ(merged->merged, p);
    EXPECT_EQ(p.name, QStringLiteral("Riverside")) << "the kept program's own values stay";
    EXPECT_EQ(p.city, QStringLiteral("Chicago"));
    EXPECT_EQ(p.status, ProgramStatus::Interviewed);
    EXPECT_EQ(p.institution, QStringLiteral("Riverside Health")) << "empty: taken over";
    EXPECT_EQ(p.website, QStringLiteral("https://riverside.example.org"));
    EXPECT_EQ(p.nrmpCode, QStringLiteral("1234560C0")) << "unique, and free once the other went";
    EXPECT_EQ(p.notes, QStringLiteral("Kind residents.\n\nImported from the spreadsheet."));

    auto policy = quotas.load();
    ASSERT_TRUE(policy);
    EXPECT_EQ(policy->overrides[keep][QStringLiteral("thank_you")], (QuotaLimit{1, 1}))
        << "the kept program's own override wins";
    EXPECT_EQ(policy->overrides[keep][QStringLiteral("pre_interview")], (QuotaLimit{1, 1}));
    EXPECT_FALSE(policy->overrides.contains(gone));
    EXPECT_TRUE(foreignKeyProblems(temp.db()).isEmpty());
}

TEST_F(ProgramMergeTest, TheMergedProgramCountsAsOneProgram)
{
    const auto before = used();
    ASSERT_EQ(before[keep], (QList<int>{1, 1, 0}));
    ASSERT_EQ(before[gone], (QList<int>{1, 1, 0}));
    ASSERT_TRUE(programs.merge(keep, gone));
    const auto after = used();
    EXPECT_FALSE(after.contains(gone));
    // Pre-interview messages add up; the two thank-you notes, to two people
    // the evening of one interview, are one round.
    EXPECT_EQ(after[keep], (QList<int>{2, 1, 0}));
    EXPECT_EQ(after[other], before[other]);
}

TEST_F(ProgramMergeTest, UnmergeRestoresEveryRow)
{
    const std::string before = rowsDump(temp.db()).toStdString();
    auto merged = programs.merge(keep, gone);
    ASSERT_TRUE(merged) << merged.errorMessage().toStdString();
    ASSERT_NE(rowsDump(temp.db()).toStdString(), before);
    const qint64 seen =
        test::queryValue(temp.db(), QStringLiteral("SELECT value FROM revision")).toLongLong();

    auto undone = programs.unmerge(*merged);
    ASSERT_TRUE(undone) << undone.errorMessage().toStdString();
    EXPECT_EQ(rowsDump(temp.db()).toStdString(), before);
    EXPECT_TRUE(foreignKeyProblems(temp.db()).isEmpty());
    EXPECT_EQ(comms.changedSince(seen)->size(), goneEntries.size()) << "moved back, stamped";
    EXPECT_EQ(programs.changedSince(seen)->size(), 2);
}

TEST_F(ProgramMergeTest, UnmergeRefusesWhenTheKeptProgramChangedSince)
{
    auto merged = programs.merge(keep, gone);
    ASSERT_TRUE(merged);
    Program edited = merged->merged;
    edited.city = QStringLiteral("Evanston");
    ASSERT_TRUE(programs.update(edited));
    const std::string before = rowsDump(temp.db()).toStdString();
    auto undone = programs.unmerge(*merged);
    ASSERT_FALSE(undone);
    EXPECT_TRUE(undone.errorMessage().contains(QStringLiteral("changed since")));
    EXPECT_EQ(rowsDump(temp.db()).toStdString(), before);
}

TEST_F(ProgramMergeTest, UnmergeRefusesWhenAMovedEntryWasDeletedSince)
{
    auto merged = programs.merge(keep, gone);
    ASSERT_TRUE(merged);
    ASSERT_TRUE(comms.remove(goneEntries[1]));
    const std::string before = rowsDump(temp.db()).toStdString();
    auto undone = programs.unmerge(*merged);
    ASSERT_FALSE(undone);
    EXPECT_TRUE(undone.errorMessage().contains(QString::number(goneEntries[1])))
        << undone.errorMessage().toStdString();
    EXPECT_EQ(rowsDump(temp.db()).toStdString(), before);
}

TEST_F(ProgramMergeTest, AFailureHalfWayLeavesBothPrograms)
{
    const std::string before = rowsDump(temp.db()).toStdString();
    // Entries and contacts have moved by the time the other program goes.
    ASSERT_TRUE(test::execSql(temp.db(), QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE "
                                                        "DELETE ON main.programs BEGIN "
                                                        "SELECT RAISE(ABORT, 'refused'); END")));
    auto merged = programs.merge(keep, gone);
    ASSERT_FALSE(merged);
    EXPECT_EQ(rowsDump(temp.db()).toStdString(), before);
    EXPECT_EQ(temp.db().transactionDepth(), 0);
}

TEST_F(ProgramMergeTest, RefusesToMergeAProgramWithItselfOrAnUnknownOne)
{
    const std::string before = rowsDump(temp.db()).toStdString();
    EXPECT_FALSE(programs.merge(keep, keep));
    auto unknown = programs.merge(keep, 999);
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.errorMessage().contains(QStringLiteral("999")));
    EXPECT_EQ(rowsDump(temp.db()).toStdString(), before);
}

TEST(ProgramCombined, FillsOnlyFieldsStillAtTheirDefault)
{
    Program keep;
    keep.name = QStringLiteral("Riverside");
    keep.visa = VisaSponsorship::J1;
    Program gone;
    gone.name = QStringLiteral("Riverside Medical");
    gone.visa = VisaSponsorship::Both;
    gone.matchedImgs = Tristate::Yes;
    gone.policy = CommunicationPolicy::NoThankYou;
    gone.preferenceRank = 3;
    gone.interviewDate = QDate(2027, 1, 7);
    gone.interviewTime = QTime(9, 0);
    gone.interviewOffsetSecs = -5 * 3600;
    const Program c = ProgramRepository::combined(keep, gone);
    EXPECT_EQ(c.name, keep.name);
    EXPECT_EQ(c.visa, VisaSponsorship::J1);
    EXPECT_EQ(c.matchedImgs, Tristate::Yes);
    EXPECT_EQ(c.policy, CommunicationPolicy::NoThankYou) << "a rule the other knew of stays";
    EXPECT_EQ(c.preferenceRank, std::optional<int>(3));
    EXPECT_EQ(c.interviewAt(), gone.interviewAt());
}

} // namespace
} // namespace rapport::core
