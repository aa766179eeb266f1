#include "RuleTestSupport.h"

namespace rapport::test {
namespace {

using core::Kind;
using core::Severity;

const QString kGeneric = QStringLiteral("content.generic");
const QString kPlaceholder = QStringLiteral("content.placeholder");
const QString kSalutation = QStringLiteral("content.salutation");
const QString kLength = QStringLiteral("content.length");

// A thank-you in the shape of the guide's example, with the program's
// details as fields so copies can be made for other programs.
QString thankYou(const QString &contact, const QString &program, const QString &date,
                 const QString &honored = QStringLiteral("honored"),
                 const QString &closely = QStringLiteral("closely"))
{
    return QStringLiteral(
               "Dear %1,\n\n"
               "Thank you for the opportunity to interview with the %2 otolaryngology residency "
               "on %3. I particularly appreciated our discussion about global surgery and your "
               "work on sustainable training partnerships abroad.\n\n"
               "As an international medical graduate with experience in resource-limited "
               "settings, I was excited to learn how the program combines simulation training "
               "with longitudinal mentorship. I would be %4 to train in such an environment, and "
               "my background and goals align %5 with the mission of the department.\n\n"
               "Thank you again for your time and consideration.\n\n"
               "Sincerely,\nPriya Sharma, MD")
        .arg(contact, program, date, honored, closely);
}

class ContentRulesTest : public RuleTest
{
protected:
    static constexpr qint64 kRiverside = 2;

    ContentRulesTest()
    {
        addProgram(kRiverside, QStringLiteral("Riverside Medical Center Otolaryngology"),
                   QStringLiteral("Boston"));
        addContact(kRiverside, 21, QStringLiteral("Dr."), QStringLiteral("Alan"),
                   QStringLiteral("Ray"), core::ContactRole::ProgramDirector);
    }

    QList<core::Finding> draft(const QString &body, Kind kind = Kind::ThankYou,
                               qint64 programId = kRiverside, qint64 contact = 21)
    {
        core::Draft d = draftFor(programId, body, kind);
        d.contactId = contact;
        return engine().checkDraft(d);
    }
};

TEST_F(ContentRulesTest, NearCopyOfAMessageToAnotherProgramIsGeneric)
{
    const qint64 original = send(kLakeside, Kind::ThankYou, utc(2026, 12, 6), kLopez,
                                 thankYou(QStringLiteral("Dr. Lopez"), QStringLiteral("Lakeside"),
                                          QStringLiteral("December 5")));
    // Program name, contact and date swapped, two more words changed.
    const auto copy =
        withRule(draft(thankYou(QStringLiteral("Dr. Ray"), QStringLiteral("Riverside"),
                                QStringLiteral("December 12"), QStringLiteral("delighted"),
                                QStringLiteral("well"))),
                 kGeneric);
    ASSERT_EQ(copy.size(), 1);
    EXPECT_EQ(copy.first().severity, Severity::Warning);
    EXPECT_TRUE(
        copy.first().message().contains(QStringLiteral("Lakeside University Otolaryngology")))
        << copy.first().message().toStdString();
    EXPECT_TRUE(copy.first().message().contains(QStringLiteral("2026-12-06")));

    // Stored, the copy points at the original, and the original at the copy.
    const qint64 stored = send(kRiverside, Kind::ThankYou, utc(2026, 12, 13), 21,
                               thankYou(QStringLiteral("Dr. Ray"), QStringLiteral("Riverside"),
                                        QStringLiteral("December 12"), QStringLiteral("delighted"),
                                        QStringLiteral("well")));
    ASSERT_EQ(findings(stored, kGeneric).size(), 1);
    EXPECT_EQ(findings(stored, kGeneric).first().communicationIds,
              (QList<qint64>{stored, original}));
    EXPECT_EQ(findings(original, kGeneric).size(), 1);
}

TEST_F(ContentRulesTest, GenuinelyDifferentMessageIsNotGeneric)
{
    send(kLakeside, Kind::ThankYou, utc(2026, 12, 6), kLopez,
         thankYou(QStringLiteral("Dr. Lopez"), QStringLiteral("Lakeside"),
                  QStringLiteral("December 5")));
    const QString different = QStringLiteral(
        "Dear Dr. Ray,\n\n"
        "Thank you for the interview day at Riverside. Meeting your residents in the skull base "
        "clinic and hearing how the Boston program rotates juniors through the VA made the "
        "training model concrete for me.\n\n"
        "Our conversation about cochlear implant outcomes in older adults stayed with me; I "
        "would welcome the chance to continue that line of work as a resident.\n\n"
        "Sincerely,\nPriya Sharma, MD");
    EXPECT_FALSE(hasRule(draft(different), kGeneric)) << describe(draft(different));
}

TEST_F(ContentRulesTest, MessageThatNamesNothingOfTheProgramIsGeneric)
{
    const QString vague = QStringLiteral(
        "Dear Dr. Ray,\n\n"
        "Thank you for the interview. I enjoyed learning about the program and meeting the "
        "residents and faculty. The training environment seems excellent and I believe I would "
        "be a good fit for your department.\n\n"
        "Sincerely,\nPriya Sharma, MD");
    const auto found = withRule(draft(vague), kGeneric);
    ASSERT_EQ(found.size(), 1);
    EXPECT_TRUE(found.first().message().contains(QStringLiteral("names nothing specific")));

    // The salutation does not count as a detail; the city or a name in the body does.
    QString tailored = vague;
    tailored.replace(QStringLiteral("the training environment"),
                     QStringLiteral("the training in Boston"), Qt::CaseInsensitive);
    EXPECT_FALSE(hasRule(draft(tailored), kGeneric)) << tailored.toStdString();
}

TEST_F(ContentRulesTest, Placeholders)
{
    const char *broken[] = {
        "Dear Dr. Ray,\n\nI would be honored to train at [Program Name].\n\nBest,\n[Your Name]",
        "Dear {{contact_name}},\n\nThank you.",
        "Dear Dr. Ray,\n\nMy AAMC ID is XXX.",
        "Dear Dr. Ray,\n\nMy AAMC ID is #######.",
        "Dear Dr. ______,\n\nThank you.",
        "Dear Dr. Ray,\n\nI look forward to <insert date>.",
    };
    for (const char *body : broken) {
        const auto found = withRule(draft(QString::fromUtf8(body)), kPlaceholder);
        ASSERT_EQ(found.size(), 1) << body;
        EXPECT_EQ(found.first().severity, Severity::Violation);
    }
    const char *clean[] = {
        "Dear Dr. Ray,\n\nMy AAMC ID is 12345678 and I am the #1 fan of your journal club.",
        "Dear Dr. Ray,\n\nI enjoyed the Riverside tour (and the coffee).",
        "Dear Dr. Ray,\n\nThe quote was \"nothing is permanent\" [sic] as I recall.",
        "Dear Dr. Ray,\n\n[EXTERNAL] tags aside, thank you for the Riverside "
        "tour.\n\nBest,\nPriya\n"
        "________________________________\nFrom: Alan Ray\nSent: Monday",
    };
    for (const char *body : clean)
        EXPECT_FALSE(hasRule(draft(QString::fromUtf8(body)), kPlaceholder)) << body;
}

TEST_F(ContentRulesTest, SalutationMustMatchTitleAndLastName)
{
    const auto salutationOf = [this](const char *greeting) {
        return withRule(
            draft(QString::fromUtf8(greeting) +
                  QStringLiteral("\n\nThank you for the tour of Riverside.\n\nBest,\nPriya")),
            kSalutation);
    };
    EXPECT_TRUE(salutationOf("Dear Dr. Ray,").isEmpty());
    EXPECT_TRUE(salutationOf("Dear Dr Ray,").isEmpty());
    EXPECT_TRUE(salutationOf("Dear Doctor Ray:").isEmpty());
    EXPECT_TRUE(salutationOf("Dear Dr. Alan Ray,").isEmpty());
    EXPECT_TRUE(salutationOf("Hello Dr. Ray and Dr. Ng,").isEmpty());

    const auto wrongTitle = salutationOf("Dear Mr. Ray,");
    ASSERT_EQ(wrongTitle.size(), 1);
    EXPECT_EQ(wrongTitle.first().severity, Severity::Info);
    EXPECT_TRUE(wrongTitle.first().message().contains(QStringLiteral("Dr. Ray")));
    EXPECT_EQ(salutationOf("Dear Alan,").size(), 1);
    EXPECT_EQ(salutationOf("Dear Dr. Lopez,").size(), 1) << "a copy-paste from another program";

    const auto none =
        withRule(draft(QStringLiteral("Thank you for the tour of Riverside.")), kSalutation);
    ASSERT_EQ(none.size(), 1);
    EXPECT_TRUE(none.first().message().contains(QStringLiteral("no salutation")));
}

TEST_F(ContentRulesTest, LengthCountsBodyLinesOnly)
{
    const auto withLines = [](int n) -> QString {
        QStringList lines;
        for (int i = 1; i <= n; ++i)
            lines << QStringLiteral("Line %1 about the Riverside program.").arg(i);
        return QStringLiteral("Dear Dr. Ray,\n\n") + lines.join(QLatin1Char('\n')) +
               QStringLiteral("\n\nSincerely,\nPriya Sharma, MD\nAAMC ID 12345678");
    };
    EXPECT_FALSE(hasRule(draft(withLines(12), Kind::PostInterviewUpdate), kLength));
    const auto tooLong = withRule(draft(withLines(13), Kind::PostInterviewUpdate), kLength);
    ASSERT_EQ(tooLong.size(), 1);
    EXPECT_EQ(tooLong.first().severity, Severity::Warning);
    EXPECT_TRUE(tooLong.first().message().contains(QStringLiteral("13 lines")));

    const auto tooShort = withRule(draft(withLines(2), Kind::PostInterviewUpdate), kLength);
    ASSERT_EQ(tooShort.size(), 1);
    EXPECT_EQ(tooShort.first().severity, Severity::Info);
    // A two-line logistics note is fine.
    EXPECT_FALSE(hasRule(draft(withLines(2), Kind::Logistics), kLength));
}

TEST_F(ContentRulesTest, ALongParagraphCountsAsTheLinesItWrapsTo)
{
    const QString paragraph =
        QString(QStringLiteral("Riverside word ")).repeated(70); // ~1,050 chars
    const auto found = withRule(draft(QStringLiteral("Dear Dr. Ray,\n\n") + paragraph +
                                      QStringLiteral("\n\nBest regards,\nPriya")),
                                kLength);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().severity, Severity::Warning);
}

TEST_F(ContentRulesTest, QuotedEarlierMessagesAreNotTheAuthorsWords)
{
    // The reply quotes the program's offer; the applicant's own text is fine.
    const QString reply = QStringLiteral(
        "Dear Dr. Ray,\n\nThank you for the Riverside second-look details; I will attend.\n\n"
        "Best regards,\nPriya\n\n"
        "On Mon, Jan 4, 2027 at 9:00 AM Alan Ray <aray@riverside.edu> wrote:\n"
        "> Will you rank us #1? [Program Name] is my top choice, we hope yours too.\n");
    const auto found = draft(reply, Kind::ReplyToProgram);
    EXPECT_FALSE(hasRule(found, kPlaceholder)) << describe(found);
    EXPECT_FALSE(hasRule(found, QStringLiteral("content.top_choice_claim"))) << describe(found);

    QString quotedOnly =
        QStringLiteral("Dear Dr. Ray,\n\nI will attend.\n\n> [Program Name] is my top choice");
    EXPECT_FALSE(hasRule(draft(quotedOnly, Kind::ReplyToProgram), kPlaceholder));
    quotedOnly.remove(QStringLiteral("> "));
    EXPECT_TRUE(hasRule(draft(quotedOnly, Kind::ReplyToProgram), kPlaceholder));
}

TEST_F(ContentRulesTest, ContentRulesIgnoreCallNotesAndIncomingMail)
{
    // A phone call's notes are not an email: no salutation, length or placeholder checks.
    core::Draft call =
        draftFor(kRiverside, QStringLiteral("Talked about [Program Name] briefly."), Kind::Other);
    call.channel = core::Channel::Phone;
    const auto found = engine().checkDraft(call);
    EXPECT_FALSE(hasRule(found, kSalutation));
    EXPECT_FALSE(hasRule(found, kPlaceholder));
    EXPECT_FALSE(hasRule(found, kLength));

    core::Draft incoming = draftFor(kRiverside, QStringLiteral("Hi"), Kind::ProgramInterest);
    incoming.direction = core::Direction::Incoming;
    EXPECT_TRUE(engine().checkDraft(incoming).isEmpty());
}

} // namespace
} // namespace rapport::test
