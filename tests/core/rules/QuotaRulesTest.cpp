#include "RuleTestSupport.h"

namespace rapport::test {
namespace {

using core::Kind;
using core::Severity;

const QString kPre = QStringLiteral("quota.pre_interview");
const QString kThankYou = QStringLiteral("quota.thank_you");
const QString kPost = QStringLiteral("quota.post_interview");
const QString kTopChoice = QStringLiteral("quota.top_choice");

class QuotaRulesTest : public RuleTest
{
protected:
    static constexpr qint64 kRiverside = 2;
    static constexpr qint64 kWestfield = 3;

    QuotaRulesTest()
    {
        addProgram(kRiverside, QStringLiteral("Riverside Medical Center Otolaryngology"),
                   QStringLiteral("Boston"));
        addProgram(kWestfield, QStringLiteral("Westfield Health Otolaryngology"),
                   QStringLiteral("Denver"));
    }
};

TEST_F(QuotaRulesTest, PreInterviewInfoPastRecommendedWarningPastMaximum)
{
    const qint64 first = send(kLakeside, Kind::PreInterviewInterest, utc(2026, 9, 1));
    const qint64 second = send(kLakeside, Kind::ApplicationUpdate, utc(2026, 10, 1));
    const qint64 third = send(kLakeside, Kind::PreInterviewInterest, utc(2026, 11, 1));

    EXPECT_TRUE(findings(first, kPre).isEmpty());
    const auto atSecond = findings(second, kPre);
    ASSERT_EQ(atSecond.size(), 1);
    EXPECT_EQ(atSecond.first().severity, Severity::Info);
    const auto atThird = findings(third, kPre);
    ASSERT_EQ(atThird.size(), 1);
    EXPECT_EQ(atThird.first().severity, Severity::Warning);
    EXPECT_EQ(atThird.first().message(),
              QStringLiteral("3rd pre-interview email to Lakeside University Otolaryngology; "
                             "the maximum is 2"));
    EXPECT_EQ(atThird.first().communicationIds, (QList<qint64>{third, first, second}));
    EXPECT_EQ(atThird.first().programId, kLakeside);
}

TEST_F(QuotaRulesTest, DraftsAndOtherProgramsAreNotCounted)
{
    send(kLakeside, Kind::PreInterviewInterest, utc(2026, 9, 1));
    send(kRiverside, Kind::PreInterviewInterest, utc(2026, 9, 2));
    log(CommunicationBuilder(kLakeside)
            .id(900)
            .kind(Kind::PreInterviewInterest)
            .on(QDate(2026, 9, 20))
            .draft());
    const qint64 second = send(kLakeside, Kind::PreInterviewInterest, utc(2026, 10, 1));

    const auto atSecond = findings(second, kPre);
    ASSERT_EQ(atSecond.size(), 1);
    EXPECT_EQ(atSecond.first().severity, Severity::Info) << "the stored draft was counted";
    // A stored draft raises nothing in the season check: it reached no one.
    EXPECT_TRUE(about(engine().checkSeason(), 900).isEmpty());
}

TEST_F(QuotaRulesTest, DraftIsCountedAsIfSent)
{
    send(kLakeside, Kind::PreInterviewInterest, utc(2026, 9, 1));
    send(kLakeside, Kind::PreInterviewInterest, utc(2026, 10, 1));
    core::Draft d = draftFor(kLakeside, QStringLiteral("An update."), Kind::ApplicationUpdate);
    d.at = utc(2026, 11, 1);

    const auto found = withRule(engine().checkDraft(d), kPre);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().severity, Severity::Warning);
    EXPECT_TRUE(found.first().message().startsWith(QStringLiteral("3rd ")));
    EXPECT_TRUE(found.first().communicationIds.isEmpty());
}

TEST_F(QuotaRulesTest, StoredDefaultsBeatRuleDataAndProgramOverridesBeatBoth)
{
    m_snapshot.quota.limits[QStringLiteral("pre_interview")].maximum = 1;
    const qint64 lakeside2 = [&] {
        send(kLakeside, Kind::PreInterviewInterest, utc(2026, 9, 1));
        return send(kLakeside, Kind::PreInterviewInterest, utc(2026, 10, 1));
    }();
    send(kRiverside, Kind::PreInterviewInterest, utc(2026, 9, 1));
    const qint64 riverside2 = send(kRiverside, Kind::PreInterviewInterest, utc(2026, 10, 1));
    const qint64 riverside3 = send(kRiverside, Kind::PreInterviewInterest, utc(2026, 11, 1));
    m_snapshot.quota.overrides[kRiverside][QStringLiteral("pre_interview")].maximum = 3;

    // Lakeside: the stored season default (1) applies, so the 2nd is past it.
    ASSERT_EQ(findings(lakeside2, kPre).size(), 1);
    EXPECT_EQ(findings(lakeside2, kPre).first().severity, Severity::Warning);
    // Riverside: its own maximum of 3 wins; 2 and 3 are only past "recommended".
    ASSERT_EQ(findings(riverside2, kPre).size(), 1);
    EXPECT_EQ(findings(riverside2, kPre).first().severity, Severity::Info);
    ASSERT_EQ(findings(riverside3, kPre).size(), 1);
    EXPECT_EQ(findings(riverside3, kPre).first().severity, Severity::Info);
}

// The guide: "1 thank-you email after interview" -- to the program director
// and each interviewer. Notes to different people in the window are one
// round, whatever the calendar day.
TEST_F(QuotaRulesTest, NotesToDifferentInterviewersInTheWindowAreOneRound)
{
    addContact(kLakeside, 12, QStringLiteral("Dr."), QStringLiteral("Sam"), QStringLiteral("Ng"));
    addContact(kLakeside, 13, QStringLiteral("Dr."), QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    const qint64 evening = send(kLakeside, Kind::ThankYou, utc(2026, 12, 5, 19));
    const qint64 nextMorning = send(kLakeside, Kind::ThankYou, utc(2026, 12, 6, 9), 12);
    const qint64 twoDaysOn = send(kLakeside, Kind::ThankYou, utc(2026, 12, 7, 15), 13);

    const auto all = engine().checkSeason();
    EXPECT_FALSE(hasRule(all, kThankYou)) << describe(all);
    EXPECT_FALSE(hasRule(all, QStringLiteral("spread.many_contacts"))) << describe(all);
    EXPECT_FALSE(hasRule(all, QStringLiteral("timing.min_gap"))) << describe(all);
    for (qint64 id : {evening, nextMorning, twoDaysOn}) {
        for (const core::Finding &f : about(all, id))
            EXPECT_EQ(f.severity, Severity::Info) << id << ": " << describe({f});
    }
}

TEST_F(QuotaRulesTest, ASecondNoteToTheSamePersonIsASecondThankYou)
{
    send(kLakeside, Kind::ThankYou, utc(2026, 12, 7, 9));
    core::Draft again =
        draftFor(kLakeside, QStringLiteral("Thank you again for the interview."), Kind::ThankYou);
    again.contactId = kLopez;
    again.at = utc(2026, 12, 7, 16);

    const auto found = withRule(engine().checkDraft(again), kThankYou);
    ASSERT_EQ(found.size(), 1) << describe(engine().checkDraft(again));
    EXPECT_EQ(found.first().severity, Severity::Warning);
    EXPECT_TRUE(found.first().message().contains(QStringLiteral("2nd thank-you round")))
        << found.first().message().toStdString();
    EXPECT_TRUE(found.first().message().contains(QStringLiteral("2026-12-07")));
}

TEST_F(QuotaRulesTest, AThankYouAfterTheRoundCountsAgain)
{
    addContact(kLakeside, 12, QStringLiteral("Dr."), QStringLiteral("Sam"), QStringLiteral("Ng"));
    const qint64 round = send(kLakeside, Kind::ThankYou, utc(2026, 12, 6, 9));
    // To someone not thanked yet, but a week later: the round is long over.
    const qint64 later = send(kLakeside, Kind::ThankYou, utc(2026, 12, 13, 9), 12);

    EXPECT_TRUE(findings(round, kThankYou).isEmpty());
    const auto found = findings(later, kThankYou);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().communicationIds, (QList<qint64>{later, round}));
}

TEST_F(QuotaRulesTest, PostInterviewWarnsOnlyPastMaximum)
{
    const qint64 first = send(kLakeside, Kind::PostInterviewUpdate, utc(2026, 12, 20));
    const qint64 second = send(kLakeside, Kind::LetterOfStrongInterest, utc(2027, 1, 10));
    const qint64 third = send(kLakeside, Kind::PostInterviewUpdate, utc(2027, 2, 1));

    EXPECT_TRUE(findings(first, kPost).isEmpty());
    EXPECT_TRUE(findings(second, kPost).isEmpty()) << "no info level is defined for this quota";
    ASSERT_EQ(findings(third, kPost).size(), 1);
    EXPECT_EQ(findings(third, kPost).first().severity, Severity::Warning);
}

TEST_F(QuotaRulesTest, TopChoiceIsAViolationFromTheSecondProgramOn)
{
    const qint64 letter = send(kLakeside, Kind::LetterOfIntent, utc(2026, 12, 20));
    const qint64 claim =
        send(kRiverside, Kind::PostInterviewUpdate, utc(2026, 12, 22), std::nullopt,
             QStringLiteral("Dear Dr. Ray,\n\nRiverside is my #1 choice.\n\nBest,\nA"));
    const qint64 again =
        send(kLakeside, Kind::PostInterviewUpdate, utc(2027, 1, 15), kLopez,
             QStringLiteral("Dear Dr. Lopez,\n\nYou remain my top choice.\n\nBest,\nA"));

    EXPECT_TRUE(findings(letter, kTopChoice).isEmpty());
    const auto second = findings(claim, kTopChoice);
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(second.first().severity, Severity::Violation);
    EXPECT_TRUE(second.first().message().contains(QStringLiteral("2nd program")));
    EXPECT_TRUE(
        second.first().message().contains(QStringLiteral("Lakeside University Otolaryngology")));
    EXPECT_EQ(second.first().communicationIds, (QList<qint64>{claim, letter}));
    // Telling the first program again is not a second program.
    EXPECT_TRUE(findings(again, kTopChoice).isEmpty());

    core::Draft d = draftFor(kWestfield, QStringLiteral("I plan to rank you first."));
    const auto third = withRule(engine().checkDraft(d), kTopChoice);
    ASSERT_EQ(third.size(), 1);
    EXPECT_TRUE(third.first().message().contains(QStringLiteral("3rd program")));
}

TEST_F(QuotaRulesTest, ALongListOfProgramsToldBeforeNamesTheFirstThree)
{
    // Telling many programs each that it is the top choice: every one after
    // the first is a finding, which names the earliest and counts the rest.
    const QStringList cities{QStringLiteral("Austin"), QStringLiteral("Fresno"),
                             QStringLiteral("Omaha"),  QStringLiteral("Tulsa"),
                             QStringLiteral("Reno"),   QStringLiteral("Boise")};
    QList<qint64> letters;
    for (qsizetype i = 0; i < cities.size(); ++i) {
        const qint64 id = 10 + i;
        addProgram(id, QStringLiteral("%1 University Otolaryngology").arg(cities.at(i)),
                   cities.at(i));
        letters << send(id, Kind::LetterOfIntent, utc(2027, 1, 10 + static_cast<int>(i)));
    }
    const auto fifth = findings(letters.at(4), kTopChoice);
    ASSERT_EQ(fifth.size(), 1);
    EXPECT_TRUE(fifth.first().message().contains(QStringLiteral("Tulsa University Otolaryngology")))
        << "four told before are all named";
    const auto sixth = findings(letters.at(5), kTopChoice);
    ASSERT_EQ(sixth.size(), 1);
    const QString message = sixth.first().message();
    EXPECT_TRUE(message.startsWith(QStringLiteral("Boise University Otolaryngology is the 6th")));
    EXPECT_TRUE(message.contains(QStringLiteral("Austin University Otolaryngology on ")));
    EXPECT_TRUE(message.contains(QStringLiteral("Omaha University Otolaryngology on ")));
    EXPECT_FALSE(message.contains(QStringLiteral("Tulsa"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("; and 2 more)"))) << message.toStdString();
    // Every letter told before is still one the finding is about.
    EXPECT_EQ(sixth.first().communicationIds.size(), 6);
}

TEST_F(QuotaRulesTest, HedgedInterestIsNotATopChoice)
{
    send(kLakeside, Kind::LetterOfIntent, utc(2026, 12, 20));
    const qint64 hedge =
        send(kRiverside, Kind::PostInterviewUpdate, utc(2026, 12, 22), std::nullopt,
             QStringLiteral("Riverside is one of my top choices and I plan to "
                            "rank it highly."));
    EXPECT_TRUE(findings(hedge, kTopChoice).isEmpty());
}

TEST_F(QuotaRulesTest, TopChoiceMaximumIsAQuotaLimitToo)
{
    m_snapshot.quota.limits[QStringLiteral("top_choice")].maximum = 2;
    send(kLakeside, Kind::LetterOfIntent, utc(2026, 12, 20));
    const qint64 second = send(kRiverside, Kind::LetterOfIntent, utc(2026, 12, 22));
    const qint64 third = send(kWestfield, Kind::LetterOfIntent, utc(2026, 12, 23));
    EXPECT_TRUE(findings(second, kTopChoice).isEmpty());
    EXPECT_EQ(findings(third, kTopChoice).size(), 1);
}

TEST_F(QuotaRulesTest, SignalsPastTheSeasonCount)
{
    m_snapshot.season.signalCount = 2;
    program(kLakeside).signalSent = true;
    program(kRiverside).signalSent = true;
    EXPECT_FALSE(hasRule(engine().checkSeason(), QStringLiteral("quota.signals")));

    program(kWestfield).signalSent = true;
    const auto found = withRule(engine().checkSeason(), QStringLiteral("quota.signals"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().severity, Severity::Warning);
    EXPECT_TRUE(found.first().message().startsWith(QStringLiteral("3 programs")));
    EXPECT_TRUE(found.first().message().contains(QStringLiteral("allows 2")));
}

TEST_F(QuotaRulesTest, SignalToTheHomeProgram)
{
    program(kRiverside).signalSent = true;
    EXPECT_FALSE(hasRule(engine().checkSeason(), QStringLiteral("signals.home_program")));

    // Marked on the program, or named in the profile.
    program(kRiverside).homeProgram = true;
    auto found = withRule(engine().checkSeason(), QStringLiteral("signals.home_program"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().programId, kRiverside);
    EXPECT_EQ(found.first().severity, Severity::Info);

    program(kRiverside).homeProgram = false;
    m_snapshot.profile.homeProgramName = QStringLiteral("riverside medical center otolaryngology");
    EXPECT_TRUE(hasRule(engine().checkSeason(), QStringLiteral("signals.home_program")));
}

} // namespace
} // namespace rapport::test
