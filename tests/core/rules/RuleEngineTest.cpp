#include "RuleTestSupport.h"

#include <QSet>

namespace rapport::test {
namespace {

using core::Kind;

QSet<QString> signature(const QList<core::Finding> &findings)
{
    QSet<QString> out;
    for (const core::Finding &f : findings)
        out.insert(QStringLiteral("%1|%2|%3").arg(f.rule, core::toString(f.severity), f.message()));
    return out;
}

// A season where most rules have something to say, shared by the tests.
class RuleEngineTest : public RuleTest
{
protected:
    static constexpr qint64 kRiverside = 2;

    RuleEngineTest()
    {
        addProgram(kRiverside, QStringLiteral("Riverside Medical Center Otolaryngology"),
                   QStringLiteral("Boston"));
        addContact(kRiverside, 21, QStringLiteral("Dr."), QStringLiteral("Alan"),
                   QStringLiteral("Ray"), core::ContactRole::ProgramDirector);
        addContact(kLakeside, 12, QStringLiteral("Dr."), QStringLiteral("Sam"),
                   QStringLiteral("Ng"));
        m_pre1 = send(kLakeside, Kind::PreInterviewInterest, utc(2026, 9, 1));
        m_pre2 = send(kLakeside, Kind::ApplicationUpdate, utc(2026, 10, 1));
        send(kRiverside, Kind::PreInterviewInterest, utc(2026, 9, 2), 21);
        receive(kRiverside, utc(2026, 10, 20));
        send(kLakeside, Kind::ThankYou, utc(2026, 12, 6));
        m_letter =
            send(kRiverside, Kind::LetterOfIntent, utc(2026, 12, 20), 21,
                 QStringLiteral("Dear Dr. Ray,\n\nRiverside is my first choice.\n\nBest,\nA"));
    }

    // Checks a draft, then logs the same message and checks the season: the
    // findings about the new entry must be the draft's.
    void expectAgreement(core::Draft d)
    {
        d.contactId = d.contactId.value_or(kLopez);
        const auto draftFindings = engine().checkDraft(d);
        CommunicationBuilder b(d.programId);
        b.id(++m_lastId).kind(d.kind).at(d.at).body(d.body).subject(d.subject).channel(d.channel);
        if (d.contactId)
            b.contact(*d.contactId);
        if (d.direction == core::Direction::Incoming)
            b.incoming();
        log(b);
        const auto stored = about(engine().checkSeason(), m_lastId);
        EXPECT_FALSE(draftFindings.isEmpty()) << "the case should raise something";
        EXPECT_EQ(signature(draftFindings), signature(stored))
            << "draft:\n"
            << describe(draftFindings) << "\nstored:\n"
            << describe(stored);
        for (const core::Finding &f : draftFindings)
            EXPECT_TRUE(f.communicationIds.isEmpty());
    }

    qint64 m_pre1 = 0;
    qint64 m_pre2 = 0;
    qint64 m_letter = 0;
};

TEST_F(RuleEngineTest, DraftAgreesWithSeasonForAThirdPreInterviewEmail)
{
    core::Draft d =
        draftFor(kLakeside, QStringLiteral("Dear Dr. Lopez,\n\nA new paper.\n\nBest,\nA"),
                 Kind::ApplicationUpdate);
    d.at = utc(2026, 10, 10); // also too soon after the 2nd
    expectAgreement(d);
}

TEST_F(RuleEngineTest, DraftAgreesWithSeasonForALateThankYouWithMistakes)
{
    core::Draft d = draftFor(kLakeside,
                             QStringLiteral("Hi Maria,\n\nThank you! "
                                            "[Program Name]\n\nBest,\nA"),
                             Kind::ThankYou);
    d.at = utc(2026, 12, 9, 12);
    d.contactId = 12;
    expectAgreement(d);
}

TEST_F(RuleEngineTest, DraftAgreesWithSeasonForASecondTopChoice)
{
    core::Draft d = draftFor(kLakeside, QStringLiteral("Dear Dr. Lopez,\n\nLakeside is my "
                                                       "No. 1.\n\nBest,\nA"));
    d.at = utc(2026, 12, 28);
    const auto found = withRule(engine().checkDraft(d), QStringLiteral("quota.top_choice"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_TRUE(found.first().message().contains(QStringLiteral("Riverside")));
    expectAgreement(d);
}

TEST_F(RuleEngineTest, DraftAgreesWithSeasonForAnIncomingMessage)
{
    core::Draft d = draftFor(kRiverside,
                             QStringLiteral("Where will you rank us? We can offer "
                                            "you a position outside the Match."),
                             Kind::ProgramInterest);
    d.direction = core::Direction::Incoming;
    d.at = utc(2027, 1, 5);
    expectAgreement(d);
}

TEST_F(RuleEngineTest, EditingAStoredEntryLeavesItOutOfItsOwnHistory)
{
    // The edit moves the 2nd email three weeks later: its stored version
    // must not count as an earlier email.
    core::Draft d = draftFor(kLakeside, QStringLiteral("An edit."), Kind::ApplicationUpdate);
    d.at = utc(2026, 10, 22);
    d.replacesId = m_pre2;
    const auto asEdit = withRule(engine().checkDraft(d), QStringLiteral("quota.pre_interview"));
    ASSERT_EQ(asEdit.size(), 1);
    EXPECT_EQ(asEdit.first().severity, core::Severity::Info) << "still the 2nd, not the 3rd";

    d.replacesId.reset();
    const auto asNew = withRule(engine().checkDraft(d), QStringLiteral("quota.pre_interview"));
    ASSERT_EQ(asNew.size(), 1);
    EXPECT_EQ(asNew.first().severity, core::Severity::Warning);
}

TEST_F(RuleEngineTest, AcknowledgedFindingsAreMarked)
{
    const qint64 third = send(kLakeside, Kind::PreInterviewInterest, utc(2026, 10, 5));
    core::Acknowledgement ack;
    ack.communicationId = third;
    ack.rule = QStringLiteral("quota.pre_interview");
    m_snapshot.acknowledgements << ack;

    const auto findings = about(engine().checkSeason(), third);
    ASSERT_TRUE(hasRule(findings, QStringLiteral("quota.pre_interview")));
    ASSERT_TRUE(hasRule(findings, QStringLiteral("timing.min_gap")));
    for (const core::Finding &f : findings)
        EXPECT_EQ(f.acknowledged, f.rule == QLatin1String("quota.pre_interview"))
            << f.rule.toStdString();
    EXPECT_FALSE(
        withRule(about(engine().checkSeason(), m_pre2), QStringLiteral("quota.pre_interview"))
            .first()
            .acknowledged);
}

TEST_F(RuleEngineTest, SeasonIsOrderedByProgramThenTime)
{
    send(kLakeside, Kind::PreInterviewInterest, utc(2026, 9, 5)); // before m_pre2, min-gap finding
    m_snapshot.season.signalCount = 0;
    program(kRiverside).signalSent = true;
    const auto findings = engine().checkSeason();
    ASSERT_GE(findings.size(), 3);
    qsizetype lastProgram = -1;
    QDateTime lastTime;
    for (const core::Finding &f : findings) {
        const qsizetype position = f.programId ? (*f.programId == kLakeside ? 0 : 1) : 2;
        ASSERT_GE(position, lastProgram) << describe(findings);
        if (position != lastProgram)
            lastTime = QDateTime();
        lastProgram = position;
        if (const auto id = f.communicationId()) {
            for (const core::Communication &c : std::as_const(m_snapshot.communications)) {
                if (c.id == *id) {
                    EXPECT_TRUE(!lastTime.isValid() || lastTime <= c.at) << describe(findings);
                    lastTime = c.at;
                }
            }
        }
    }
    EXPECT_EQ(findings.last().rule, QStringLiteral("quota.signals"));
}

TEST_F(RuleEngineTest, CheckProgramIsTheProgramsPartOfTheSeason)
{
    send(kLakeside, Kind::PreInterviewInterest, utc(2026, 10, 5));
    const auto season = engine().checkSeason();
    QList<core::Finding> lakeside;
    for (const core::Finding &f : season) {
        if (f.programId == kLakeside)
            lakeside << f;
    }
    ASSERT_FALSE(lakeside.isEmpty());
    EXPECT_EQ(signature(engine().checkProgram(kLakeside)), signature(lakeside));
    EXPECT_TRUE(engine().checkProgram(999).isEmpty());
}

TEST_F(RuleEngineTest, DraftForAnUnknownProgramIsCheckedAsTextAlone)
{
    const auto findings = engine().checkDraft(draftFor(999, QStringLiteral("[Program Name]")));
    ASSERT_FALSE(findings.isEmpty());
    for (const core::Finding &f : findings) {
        EXPECT_TRUE(f.rule.startsWith(QLatin1String("content.")) ||
                    f.rule.startsWith(QLatin1String("incoming.")))
            << f.rule.toStdString();
        EXPECT_FALSE(f.programId.has_value());
    }
}

TEST_F(RuleEngineTest, MilestoneRemindersUntilTheyPass)
{
    m_clock.set(utc(2027, 2, 20));
    auto reminders = engine().reminders();
    ASSERT_EQ(reminders.size(), 2);
    EXPECT_EQ(reminders.at(0).id, QStringLiteral("rank_list_deadline"));
    // 21:00 US Eastern (EST, UTC-5) on the estimated 2027-02-24.
    EXPECT_EQ(reminders.at(0).due.toUTC(), utc(2027, 2, 25, 2));
    EXPECT_FALSE(reminders.at(0).title.isEmpty());
    EXPECT_EQ(reminders.at(1).id, QStringLiteral("match_day"));

    m_clock.set(utc(2027, 2, 25, 3));
    reminders = engine().reminders();
    ASSERT_EQ(reminders.size(), 1);
    EXPECT_EQ(reminders.first().id, QStringLiteral("match_day"));
}

TEST_F(RuleEngineTest, MilestoneRemindersSayWhileTheDatesAreEstimates)
{
    m_clock.set(utc(2027, 1, 10));
    const QString estimated = QStringLiteral("Estimated date — check the NRMP calendar.");
    ASSERT_FALSE(m_snapshot.season.datesConfirmed) << "the defaults are estimates";
    auto reminders = engine().reminders();
    ASSERT_EQ(reminders.size(), 2);
    for (const core::Reminder &r : reminders) {
        EXPECT_TRUE(r.description.endsWith(estimated)) << r.description.toStdString();
        EXPECT_GT(r.description.size(), estimated.size()) << "the rule data's text stays";
        EXPECT_TRUE(r.title.endsWith(QStringLiteral(" (estimated)"))) << r.title.toStdString();
    }

    m_snapshot.season.datesConfirmed = true;
    reminders = engine().reminders();
    ASSERT_EQ(reminders.size(), 2);
    EXPECT_EQ(reminders.at(0).title, QStringLiteral("Rank-list deadline"));
    EXPECT_EQ(reminders.at(1).title, QStringLiteral("Match Day"));
    for (const core::Reminder &r : reminders) {
        EXPECT_FALSE(r.description.contains(QStringLiteral("stimated")))
            << r.description.toStdString();
        EXPECT_FALSE(r.description.isEmpty());
    }
}

TEST_F(RuleEngineTest, SnapshotIsReplacedNotMerged)
{
    const qint64 third = send(kLakeside, Kind::PreInterviewInterest, utc(2026, 10, 20));
    EXPECT_TRUE(
        hasRule(about(engine().checkSeason(), third), QStringLiteral("quota.pre_interview")));
    m_snapshot.communications.clear();
    EXPECT_TRUE(engine().checkSeason().isEmpty()) << describe(engine().checkSeason());
}

} // namespace
} // namespace rapport::test

namespace rapport::test {
namespace {

QStringList rulesOf(const QList<core::Finding> &findings)
{
    QStringList out;
    for (const core::Finding &f : findings)
        out << f.rule;
    return out;
}

// rapport-cli lint without --program: the text rules still run; nothing
// that needs a program's history does, and no finding names a program.
TEST_F(RuleEngineTest, DraftWithoutAProgramGetsTheTextRulesOnly)
{
    core::Draft outgoing;
    outgoing.kind = Kind::PostInterviewUpdate;
    outgoing.at = utc(2027, 1, 5);
    outgoing.body = QStringLiteral("Dear Dr. Ray,\n\nCould you tell me where I stand on your rank "
                                   "list?\n\nBest,\nA");
    const auto findings = engine().checkDraft(outgoing);
    EXPECT_TRUE(rulesOf(findings).contains(QStringLiteral("content.rank_inquiry")))
        << describe(findings);
    for (const core::Finding &f : findings) {
        EXPECT_FALSE(f.programId.has_value()) << f.rule.toStdString();
        EXPECT_FALSE(f.rule.startsWith(QLatin1String("quota.")) ||
                     f.rule.startsWith(QLatin1String("timing.")))
            << f.rule.toStdString();
    }

    core::Draft incoming = outgoing;
    incoming.direction = core::Direction::Incoming;
    incoming.body = QStringLiteral("Will you rank us #1?");
    EXPECT_EQ(rulesOf(engine().checkDraft(incoming)),
              QStringList{QStringLiteral("incoming.rank_request")});
}

// Messages quote the user's words; the lower-cased matching text must not
// turn "I" into "i".
TEST_F(RuleEngineTest, FindingQuotesKeepThePronounCapitalised)
{
    core::Draft d;
    d.kind = Kind::PostInterviewUpdate;
    d.at = utc(2027, 1, 5);
    d.body = QStringLiteral("Dear Dr. Ray,\n\nCould you tell me where I stand on your rank list?");
    const auto findings = engine().checkDraft(d);
    ASSERT_FALSE(findings.isEmpty());
    const auto inquiry =
        std::find_if(findings.cbegin(), findings.cend(), [](const core::Finding &f) {
            return f.rule == QLatin1String("content.rank_inquiry");
        });
    ASSERT_NE(inquiry, findings.cend()) << describe(findings);
    EXPECT_TRUE(inquiry->message().contains(QLatin1String("where I stand")))
        << inquiry->message().toStdString();
}

} // namespace
} // namespace rapport::test
