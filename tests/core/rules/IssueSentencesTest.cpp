// The sentences quoted in issue 8, in ordinary emails: what the checker
// missed or wrongly raised before it read sentences for what they do. Each
// is checked through the engine as the window checks a draft or a stored
// program message.
#include "RuleTestSupport.h"

namespace rapport::test {
namespace {

using core::Kind;

class IssueSentencesTest : public RuleTest
{
protected:
    static constexpr qint64 kStMarks = 3;
    static constexpr qint64 kPiedmont = 4;

    IssueSentencesTest()
    {
        addProgram(kStMarks, QStringLiteral("St. Mark's Hospital Otolaryngology"),
                   QStringLiteral("Chicago"));
        addProgram(kPiedmont, QStringLiteral("Piedmont Health Otolaryngology"),
                   QStringLiteral("Atlanta"));
        addContact(kPiedmont, 41, QStringLiteral("Dr."), QStringLiteral("Grace"),
                   QStringLiteral("Okafor"), core::ContactRole::ProgramDirector);
    }

    // An applicant's update with the sentence in the middle of it.
    static QString email(const QString &sentence)
    {
        return QStringLiteral("Dear Dr. Lopez,\n\n"
                              "Thank you again for the interview day at Lakeside and for the "
                              "time the residents spent with us in the temporal bone lab. %1 "
                              "I also wanted to share that my abstract on pediatric airway "
                              "outcomes was accepted at the spring meeting.\n\n"
                              "Best regards,\nAmina Rahman")
            .arg(sentence);
    }

    QList<core::Finding> draft(const QString &body, Kind kind = Kind::PostInterviewUpdate,
                               qint64 programId = kLakeside)
    {
        core::Draft d = draftFor(programId, body, kind);
        d.contactId = programId == kPiedmont ? 41 : kLopez;
        return engine().checkDraft(d);
    }

    QList<core::Finding> received(const QString &body, qint64 programId = kStMarks)
    {
        const qint64 id = receive(programId, utc(2027, 1, 8), body);
        return about(engine().checkSeason(), id);
    }

    // A program's message with the sentence after an ordinary opening.
    static QString programEmail(const QString &sentence)
    {
        return QStringLiteral("Dear Dr. Rahman,\n\n"
                              "Thank you for interviewing with us last week; the faculty "
                              "enjoyed meeting you. %1\n\n"
                              "Warm regards,\nProgram Coordinator")
            .arg(sentence);
    }
};

struct Case
{
    const char *sentence;
    const char *rule;
};

TEST_F(IssueSentencesTest, ApplicantSentencesTheCheckerMissed)
{
    const Case cases[] = {
        {"Would you consider ranking me to match?", "content.rank_inquiry"},
        {"Also, how am I looking on your list?", "content.rank_inquiry"},
        {"Any sense of where I stand among this year's applicants?", "content.rank_inquiry"},
        {"I will definitely come if you rank me.", "content.binding_commitment"},
        {"I hereby pledge to rank the program as my first choice.", "content.binding_commitment"},
        {"I plan to rank Lakeside first.", "content.top_choice_claim"},
    };
    for (const Case &c : cases) {
        const QString sentence = QString::fromUtf8(c.sentence);
        const auto found = withRule(draft(email(sentence)), QString::fromUtf8(c.rule));
        ASSERT_EQ(found.size(), 1) << c.rule << " on: " << c.sentence;
        // The finding names the sentence and points at it in the body.
        EXPECT_EQ(found.first().sentence(), sentence);
        ASSERT_TRUE(found.first().span().has_value());
        EXPECT_FALSE(found.first().span()->inSubject);
        EXPECT_EQ(email(sentence).mid(found.first().span()->start, found.first().span()->length),
                  sentence);
        EXPECT_FALSE(found.first().detectedBy().isEmpty());
    }
}

TEST_F(IssueSentencesTest, NumberedRankListInTheBody)
{
    const QString body = QStringLiteral("Dear Dr. Lopez,\n\n"
                                        "After my interviews, this is how I am ordering "
                                        "programs:\n"
                                        "1. Stanford\n2. Lakeside\n3. Michigan\n\n"
                                        "Best regards,\nAmina Rahman");
    const auto found = withRule(draft(body), QStringLiteral("content.rank_list_disclosure"));
    ASSERT_EQ(found.size(), 1) << describe(draft(body));
    EXPECT_TRUE(found.first().sentence().startsWith(QStringLiteral("1. Stanford")));

    // On one line, too.
    const QString inline_ = email(QStringLiteral("My list: 1. Stanford 2. Lakeside 3. Michigan."));
    EXPECT_TRUE(hasRule(draft(inline_), QStringLiteral("content.rank_list_disclosure")))
        << describe(draft(inline_));
}

TEST_F(IssueSentencesTest, ProgramSentencesTheCheckerMissed)
{
    const Case cases[] = {
        {"Rank us #1.", "incoming.rank_request"},
        {"We ask that you withdraw your application.", "incoming.withdraw_pressure"},
        {"Before our meeting, we'd need you to tell us where we are on your list.",
         "incoming.rank_request"},
        {"It would really help us to know how you plan to rank St. Mark's.",
         "incoming.rank_request"},
        {"Did you interview at Northwestern too?", "incoming.application_inquiry"},
    };
    for (const Case &c : cases) {
        const QString sentence = QString::fromUtf8(c.sentence);
        const auto found = withRule(received(programEmail(sentence)), QString::fromUtf8(c.rule));
        ASSERT_EQ(found.size(), 1) << c.rule << " on: " << c.sentence;
        EXPECT_EQ(found.first().sentence(), sentence);
        // What the program did, not a fault of the applicant.
        EXPECT_TRUE(found.first().message().startsWith(QStringLiteral("St. Mark's")))
            << found.first().message().toStdString();
    }
}

TEST_F(IssueSentencesTest, FalseAlarmsStayQuiet)
{
    const QString piedmont = QStringLiteral(
        "Dear Dr. Okafor,\n\n"
        "Thank you for the conversation on interview day. Piedmont's commitment to underserved "
        "care, from the mobile hearing clinic to the Spanish-language voice therapy group, is "
        "exactly the kind of work I hope to do in my own career as a surgeon.\n\n"
        "Best regards,\nAmina Rahman");
    EXPECT_FALSE(
        hasRule(draft(piedmont, Kind::ThankYou, kPiedmont), QStringLiteral("content.generic")))
        << describe(draft(piedmont, Kind::ThankYou, kPiedmont));
    EXPECT_FALSE(hasRule(draft(piedmont, Kind::ThankYou, kPiedmont),
                         QStringLiteral("content.binding_commitment")));

    const QString flights = QStringLiteral(
        "Dear Dr. Lopez,\n\n"
        "Could you let me know by Friday whether the 9 AM slot is still available? I need to "
        "book flights from Cairo and fares change quickly.\n\n"
        "Thank you,\nAmina Rahman");
    const auto found = draft(flights, Kind::Logistics);
    EXPECT_FALSE(hasRule(found, QStringLiteral("content.pressure"))) << describe(found);
}

TEST_F(IssueSentencesTest, WordsOfANameAreTheName)
{
    // "Mercy" pleads for nothing when it names a hospital or the applicant.
    const QString body = QStringLiteral(
        "Dear Dr. Lopez,\n\n"
        "Thank you for the interview day. Before medical school I volunteered at Mercy "
        "Hospital in Baltimore, and your outreach clinic reminded me of that work.\n\n"
        "Best regards,\nMercy Okonkwo");
    const auto found = draft(body, Kind::ThankYou);
    EXPECT_FALSE(hasRule(found, QStringLiteral("content.emotional"))) << describe(found);
    // The same word as a word still counts.
    const auto plea = draft(email(QStringLiteral("I beg you for mercy, please do not reject me.")));
    EXPECT_TRUE(hasRule(plea, QStringLiteral("content.emotional"))) << describe(plea);
}

} // namespace
} // namespace rapport::test
