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

// Kinds outside every quota follow the program's policy and the gap too.
TEST_F(AllowanceTest, EveryKindHasAVerdict)
{
    program(kLakeside).policy = core::CommunicationPolicy::NoPostInterview;
    m_clock.set(utc(2026, 12, 20, 12));
    const core::ProgramAllowance after = allowance(kLakeside);
    EXPECT_EQ(after.verdict(Kind::SecondLookRequest).availability, Availability::Never);
    EXPECT_EQ(after.verdict(Kind::PostInterviewUpdate).quota, Quota::PostInterview);
    EXPECT_EQ(after.verdict(Kind::PostInterviewUpdate).availability, Availability::Never);
    // "Visa inquiry" is always appropriate, whatever the policy.
    EXPECT_EQ(after.verdict(Kind::VisaInquiry).availability, Availability::Now);
    EXPECT_EQ(after.verdict(Kind::ReplyToProgram).availability, Availability::Now);

    program(kLakeside).policy = core::CommunicationPolicy::None;
    program(kLakeside).interviewDate = QDate(2027, 2, 1);
    send(kLakeside, Kind::PreInterviewInterest, utc(2026, 12, 15));
    const core::ProgramAllowance before = allowance(kLakeside);
    EXPECT_EQ(before.verdict(Kind::ConferenceFollowUp).availability, Availability::Later);
    EXPECT_EQ(before.verdict(Kind::ConferenceFollowUp).from, utc(2026, 12, 29));
    EXPECT_EQ(before.verdict(Kind::VisaInquiry).availability, Availability::Now);
    EXPECT_EQ(before.verdict(Kind::Logistics).availability, Availability::Now);
}

// What is counted is what was sent by now: an entry dated later has not
// reached anyone yet, as a draft checked now sees it.
TEST_F(AllowanceTest, EntriesDatedAfterNowAreNotCountedYet)
{
    m_clock.set(utc(2026, 12, 20, 12));
    send(kLakeside, Kind::PostInterviewUpdate, utc(2026, 12, 10));
    send(kLakeside, Kind::PostInterviewUpdate, utc(2027, 1, 15));

    EXPECT_EQ(allowance(kLakeside)[Quota::PostInterview].used, 1);
    m_clock.set(utc(2027, 1, 16, 12));
    EXPECT_EQ(allowance(kLakeside)[Quota::PostInterview].used, 2);
}

// A program that wants no thank-you notes is not promised one next.
TEST_F(AllowanceTest, TheNextStepRespectsAPolicyAgainstThankYouNotes)
{
    program(kLakeside).policy = core::CommunicationPolicy::NoThankYou;
    program(kLakeside).interviewDate = QDate(2026, 12, 1);
    program(kLakeside).interviewTime = QTime(14, 0);
    m_clock.set(utc(2026, 11, 1, 12));
    send(kLakeside, Kind::PreInterviewInterest, utc(2026, 8, 1));
    send(kLakeside, Kind::ApplicationUpdate, utc(2026, 9, 1));

    const core::ProgramAllowance a = allowance(kLakeside);
    EXPECT_EQ(a[Quota::ThankYou].availability, Availability::Never);
    EXPECT_EQ(a.next.type, NextStep::Type::Waiting);
    EXPECT_EQ(a.next.quota, Quota::PostInterview);
    EXPECT_EQ(a.next.at, utc(2026, 12, 1, 14));
    EXPECT_FALSE(a.next.text.contains(QStringLiteral("thank-you"))) << a.next.text.toStdString();
}

// The window refreshes itself when an allowance changes by the clock alone:
// the earliest such moment of the season.
TEST_F(AllowanceTest, SaysWhenTheClockAloneWillChangeAnAllowance)
{
    m_clock.set(utc(2026, 12, 6, 12)); // the interview was yesterday at 09:00
    EXPECT_EQ(engine().allowances().nextChange(), utc(2026, 12, 8, 9)) << "the window closes";

    send(kLakeside, Kind::ThankYou, utc(2026, 12, 6, 10));
    // The thank-you round holds the next update for 14 days.
    EXPECT_EQ(engine().allowances().nextChange(), utc(2026, 12, 20, 10));

    m_clock.set(utc(2027, 1, 10, 12));
    EXPECT_FALSE(engine().allowances().nextChange().isValid());
}

} // namespace
} // namespace rapport::test
