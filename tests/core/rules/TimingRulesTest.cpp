#include "RuleTestSupport.h"

namespace rapport::test {
namespace {

using core::Kind;
using core::Severity;

const QString kWindow = QStringLiteral("timing.thank_you_window");
const QString kGap = QStringLiteral("timing.min_gap");
const QString kSpread = QStringLiteral("spread.many_contacts");

// Lakeside's interview is 2026-12-05 09:00 UTC (see RuleTest).
class TimingRulesTest : public RuleTest
{};

TEST_F(TimingRulesTest, ThankYouAtExactly72HoursIsOnTimeAt73HoursLate)
{
    const qint64 onTime = send(kLakeside, Kind::ThankYou, utc(2026, 12, 8, 9));
    EXPECT_TRUE(findings(onTime, kWindow).isEmpty());

    m_snapshot.communications.clear();
    const qint64 late = send(kLakeside, Kind::ThankYou, utc(2026, 12, 8, 10));
    const auto found = findings(late, kWindow);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().severity, Severity::Warning);
    EXPECT_EQ(found.first().message(),
              QStringLiteral("Thank-you to Lakeside University Otolaryngology sent 73 h after the "
                             "interview (2026-12-05 09:00); the window is 72 h"));
}

TEST_F(TimingRulesTest, ThankYouReminderIsOpenFromTheInterviewUntilTheWindowCloses)
{
    const auto reminderFinding = [this] {
        return withRule(engine().checkSeason(), kWindow);
    };
    m_clock.set(utc(2026, 12, 5, 8)); // an hour before the interview
    EXPECT_TRUE(reminderFinding().isEmpty());

    m_clock.set(utc(2026, 12, 6, 12));
    auto found = reminderFinding();
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().severity, Severity::Info);
    EXPECT_EQ(found.first().programId, kLakeside);
    EXPECT_TRUE(found.first().communicationIds.isEmpty());
    EXPECT_TRUE(found.first().message().contains(QStringLiteral("2026-12-08 09:00")));

    const auto reminders = engine().reminders();
    ASSERT_FALSE(reminders.isEmpty());
    EXPECT_EQ(reminders.first().id, QStringLiteral("thank_you:1"));
    EXPECT_EQ(reminders.first().due, utc(2026, 12, 8, 9));
    EXPECT_EQ(reminders.first().programId, kLakeside);

    m_clock.set(utc(2026, 12, 8, 9, 1)); // the window has closed
    EXPECT_TRUE(reminderFinding().isEmpty());
}

TEST_F(TimingRulesTest, NoThankYouReminderWhenLoggedOrUnwanted)
{
    m_clock.set(utc(2026, 12, 6, 12));
    program(kLakeside).policy = core::CommunicationPolicy::NoThankYou;
    EXPECT_TRUE(withRule(engine().checkSeason(), kWindow).isEmpty());
    EXPECT_TRUE(engine().reminders().isEmpty() ||
                !engine().reminders().first().id.startsWith(QStringLiteral("thank_you")));

    program(kLakeside).policy = core::CommunicationPolicy::None;
    send(kLakeside, Kind::ThankYou, utc(2026, 12, 6, 10));
    EXPECT_TRUE(withRule(engine().checkSeason(), kWindow).isEmpty());
}

TEST_F(TimingRulesTest, MinGapThirteenDaysWarnsFourteenDoesNot)
{
    send(kLakeside, Kind::PreInterviewInterest, utc(2026, 9, 1));
    const qint64 thirteen = send(kLakeside, Kind::ApplicationUpdate, utc(2026, 9, 14));
    const auto found = findings(thirteen, kGap);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().severity, Severity::Warning);
    EXPECT_TRUE(found.first().message().startsWith(QStringLiteral("Only 13 days after")))
        << found.first().message().toStdString();
    EXPECT_TRUE(found.first().message().contains(QStringLiteral("14 days")));

    m_snapshot.communications.removeLast();
    const qint64 fourteen = send(kLakeside, Kind::ApplicationUpdate, utc(2026, 9, 15));
    EXPECT_TRUE(findings(fourteen, kGap).isEmpty());
}

TEST_F(TimingRulesTest, MinGapProgramOverrideBeatsPolicyBeatsData)
{
    send(kLakeside, Kind::PreInterviewInterest, utc(2026, 9, 1));
    const qint64 later = send(kLakeside, Kind::ApplicationUpdate, utc(2026, 9, 16)); // 15 days

    EXPECT_TRUE(findings(later, kGap).isEmpty());
    m_snapshot.quota.minGapDays = 20;
    ASSERT_EQ(findings(later, kGap).size(), 1);
    EXPECT_TRUE(findings(later, kGap).first().message().contains(QStringLiteral("20 days")));
    program(kLakeside).minGapDays = 10;
    EXPECT_TRUE(findings(later, kGap).isEmpty());
}

TEST_F(TimingRulesTest, RepliesAndLogisticsAreExempt)
{
    send(kLakeside, Kind::PreInterviewInterest, utc(2026, 9, 1));
    receive(kLakeside, utc(2026, 9, 3));
    const qint64 reply = send(kLakeside, Kind::Other, utc(2026, 9, 4));
    const qint64 logistics = send(kLakeside, Kind::Logistics, utc(2026, 9, 5));
    EXPECT_TRUE(findings(reply, kGap).isEmpty());
    EXPECT_TRUE(findings(logistics, kGap).isEmpty());
}

TEST_F(TimingRulesTest, LogisticsDoNotCountAsThePreviousMessage)
{
    send(kLakeside, Kind::PreInterviewInterest, utc(2026, 9, 1));
    send(kLakeside, Kind::Logistics, utc(2026, 9, 10));
    const qint64 update = send(kLakeside, Kind::ApplicationUpdate, utc(2026, 9, 16));
    EXPECT_TRUE(findings(update, kGap).isEmpty());
}

TEST_F(TimingRulesTest, ThankYouDayIsExemptButAnUpdateRightAfterIsNot)
{
    send(kLakeside, Kind::PreInterviewInterest, utc(2026, 11, 30));
    const qint64 thanks = send(kLakeside, Kind::ThankYou, utc(2026, 12, 6));
    const qint64 update = send(kLakeside, Kind::PostInterviewUpdate, utc(2026, 12, 10));
    EXPECT_TRUE(findings(thanks, kGap).isEmpty());
    const auto found = findings(update, kGap);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().communicationIds, (QList<qint64>{update, thanks}));
}

TEST_F(TimingRulesTest, ManyContactsWithinSevenDays)
{
    addContact(kLakeside, 12, QStringLiteral("Dr."), QStringLiteral("Sam"), QStringLiteral("Ng"));
    const qint64 first = send(kLakeside, Kind::PreInterviewInterest, utc(2026, 9, 1), kLopez);
    const qint64 fiveDays = send(kLakeside, Kind::ConferenceFollowUp, utc(2026, 9, 6), 12);
    const auto found = findings(fiveDays, kSpread);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().severity, Severity::Warning);
    EXPECT_EQ(found.first().communicationIds, (QList<qint64>{fiveDays, first}));
    EXPECT_TRUE(found.first().message().contains(QStringLiteral("Dr. Lopez on 2026-09-01")));
    EXPECT_TRUE(found.first().message().contains(QStringLiteral("now Dr. Ng")));

    m_snapshot.communications.removeLast();
    const qint64 sevenDays = send(kLakeside, Kind::ConferenceFollowUp, utc(2026, 9, 8), 12);
    EXPECT_TRUE(findings(sevenDays, kSpread).isEmpty());
    // The same person twice is the min-gap rule's business, not this one's.
    const qint64 samePerson = send(kLakeside, Kind::ApplicationUpdate, utc(2026, 9, 9), 12);
    EXPECT_TRUE(findings(samePerson, kSpread).isEmpty());
}

TEST_F(TimingRulesTest, ThankYouNotesToEachInterviewerAreExemptFromManyContacts)
{
    addContact(kLakeside, 12, QStringLiteral("Dr."), QStringLiteral("Sam"), QStringLiteral("Ng"));
    addContact(kLakeside, 13, QStringLiteral("Ms."), QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    send(kLakeside, Kind::ThankYou, utc(2026, 12, 6, 9), kLopez);
    const qint64 second = send(kLakeside, Kind::ThankYou, utc(2026, 12, 6, 10), 12);
    const qint64 third = send(kLakeside, Kind::ThankYou, utc(2026, 12, 6, 11), 13);
    EXPECT_TRUE(findings(second, kSpread).isEmpty());
    EXPECT_TRUE(findings(third, kSpread).isEmpty());
    EXPECT_TRUE(findings(third, kGap).isEmpty());
}

TEST_F(TimingRulesTest, ProgramPolicies)
{
    const QString rule = QStringLiteral("policy.program");
    program(kLakeside).policy = core::CommunicationPolicy::NoPostInterview;
    program(kLakeside).policyNote =
        QStringLiteral("We do not consider post-interview communication.");
    const qint64 before = send(kLakeside, Kind::PreInterviewInterest, utc(2026, 11, 1));
    const qint64 logistics = send(kLakeside, Kind::Logistics, utc(2026, 12, 7));
    const qint64 update = send(kLakeside, Kind::PostInterviewUpdate, utc(2026, 12, 28));
    EXPECT_TRUE(findings(before, rule).isEmpty());
    EXPECT_TRUE(findings(logistics, rule).isEmpty());
    const auto found = findings(update, rule);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().severity, Severity::Warning);
    EXPECT_TRUE(found.first().message().contains(QStringLiteral("We do not consider")));

    program(kLakeside).policy = core::CommunicationPolicy::NoThankYou;
    const qint64 thanks = send(kLakeside, Kind::ThankYou, utc(2026, 12, 6));
    EXPECT_EQ(findings(thanks, rule).size(), 1);
    EXPECT_TRUE(findings(update, rule).isEmpty());

    program(kLakeside).policy = core::CommunicationPolicy::CoordinatorOnly;
    addContact(kLakeside, 14, QStringLiteral("Ms."), QStringLiteral("Jo"), QStringLiteral("Park"),
               core::ContactRole::ProgramCoordinator);
    const qint64 toCoordinator = send(kLakeside, Kind::PostInterviewUpdate, utc(2027, 1, 20), 14);
    EXPECT_TRUE(findings(toCoordinator, rule).isEmpty());
    EXPECT_EQ(findings(update, rule).size(), 1) << "written to the program director";
}

TEST_F(TimingRulesTest, KindLoggedInTheWrongPhase)
{
    const QString rule = QStringLiteral("phase.kind");
    const qint64 lateInterest = send(kLakeside, Kind::PreInterviewInterest, utc(2026, 12, 10));
    const qint64 earlyThanks = send(kLakeside, Kind::ThankYou, utc(2026, 12, 5, 8));
    const qint64 fine = send(kLakeside, Kind::ThankYou, utc(2026, 12, 5, 15));
    ASSERT_EQ(findings(lateInterest, rule).size(), 1);
    EXPECT_EQ(findings(lateInterest, rule).first().severity, Severity::Info);
    EXPECT_EQ(findings(earlyThanks, rule).size(), 1);
    EXPECT_TRUE(findings(fine, rule).isEmpty());

    // Without an interview time, the interview day itself is not "before".
    program(kLakeside).interviewTime = QTime();
    EXPECT_TRUE(findings(earlyThanks, rule).isEmpty());
}

} // namespace
} // namespace rapport::test
