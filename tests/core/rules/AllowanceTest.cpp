#include "RuleTestSupport.h"

#include "rules/Allowance.h"

namespace rapport::test {
namespace {

using core::Availability;
using core::Kind;
using core::NextStep;
using core::Quota;

class AllowanceTest : public RuleTest
{
protected:
    static constexpr qint64 kValley = 2;

    core::ProgramAllowance allowance(qint64 programId)
    {
        const core::ProgramAllowance *a = engine().allowance(programId);
        EXPECT_NE(a, nullptr);
        return a ? *a : core::ProgramAllowance{};
    }
};

// "Tell one program it is your top choice": once another program holds it,
// no later interview reopens it.
TEST_F(AllowanceTest, TheTopChoiceIsSpentForProgramsNotInterviewedYet)
{
    m_clock.set(utc(2027, 1, 21, 12));
    send(kLakeside, Kind::PostInterviewUpdate, utc(2027, 1, 20), kLopez,
         QStringLiteral("I plan to rank you first."));
    m_snapshot.programs << ProgramBuilder(QStringLiteral("Valley Otolaryngology")).id(kValley);

    const core::ProgramAllowance valley = allowance(kValley);
    EXPECT_EQ(valley[Quota::TopChoice].used, 1);
    EXPECT_EQ(valley[Quota::TopChoice].availability, Availability::Never);
    EXPECT_TRUE(valley[Quota::TopChoice].reason.contains(QStringLiteral("Lakeside")))
        << valley[Quota::TopChoice].reason.toStdString();
    EXPECT_FALSE(valley.toldTopChoice);

    const core::ProgramAllowance lakeside = allowance(kLakeside);
    EXPECT_TRUE(lakeside.toldTopChoice);
    EXPECT_TRUE(lakeside.holdsTopChoice);
    EXPECT_EQ(engine().allowances().topChoiceHolder(), kLakeside);
}

// An update two days before the interview holds the next message for 14
// days: no pre-interview email can go out any more, and the thank-you comes
// next, at the interview.
TEST_F(AllowanceTest, AGapRunningPastTheInterviewEndsThePreInterviewPhase)
{
    program(kLakeside).interviewDate = QDate(2027, 1, 7);
    program(kLakeside).interviewTime = QTime(14, 0);
    m_clock.set(utc(2027, 1, 6, 12));
    send(kLakeside, Kind::ApplicationUpdate, utc(2027, 1, 5));

    const core::ProgramAllowance a = allowance(kLakeside);
    EXPECT_EQ(a[Quota::PreInterview].used, 1);
    EXPECT_EQ(a[Quota::PreInterview].availability, Availability::Never);
    EXPECT_EQ(a[Quota::ThankYou].availability, Availability::Later);
    EXPECT_EQ(a[Quota::ThankYou].from, utc(2027, 1, 7, 14));
    EXPECT_EQ(a[Quota::PostInterview].from, utc(2027, 1, 19));
    EXPECT_EQ(a.next.type, NextStep::Type::Waiting);
    EXPECT_EQ(a.next.quota, Quota::ThankYou);
    EXPECT_EQ(a.next.at, utc(2027, 1, 7, 14));
}

// Before the gap runs out, the next pre-interview email waits for it.
TEST_F(AllowanceTest, TheMinimumGapGivesTheNextAllowedDate)
{
    program(kLakeside).interviewDate = QDate(2027, 2, 7);
    m_clock.set(utc(2027, 1, 6, 12));
    const qint64 first = send(kLakeside, Kind::PreInterviewInterest, utc(2027, 1, 2));

    const core::ProgramAllowance a = allowance(kLakeside);
    EXPECT_EQ(a[Quota::PreInterview].availability, Availability::Later);
    EXPECT_EQ(a[Quota::PreInterview].from, utc(2027, 1, 16));
    EXPECT_EQ(a.gapAfterId, first);
    EXPECT_EQ(a.next.type, NextStep::Type::Waiting);
    EXPECT_EQ(a.next.at, utc(2027, 1, 16));

    // The program wrote back: answering is never too soon.
    receive(kLakeside, utc(2027, 1, 4));
    EXPECT_EQ(allowance(kLakeside)[Quota::PreInterview].availability, Availability::Now);
}

} // namespace
} // namespace rapport::test
