#include "domain/Contact.h"
#include "domain/Enums.h"
#include "domain/Program.h"
#include "domain/QuotaPolicy.h"

#include "support/Builders.h"
#include "support/QtPrinters.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

QStringList words(const char *spaced)
{
    return QString::fromLatin1(spaced).split(QLatin1Char(' '));
}

// The spellings are PRODUCT.md's "Canonical identifiers", in its order.
TEST(Enums, SpellingsAreTheCanonicalIdentifiers)
{
    EXPECT_EQ(enumNames<Direction>(), words("outgoing incoming"));
    EXPECT_EQ(enumNames<Channel>(), words("email phone video_call in_person conference "
                                          "second_look social_media letter"));
    EXPECT_EQ(enumNames<Kind>(),
              words("pre_interview_interest application_update visa_inquiry logistics "
                    "conference_follow_up thank_you post_interview_update letter_of_intent "
                    "letter_of_strong_interest reply_to_program second_look_request "
                    "program_invitation program_interest other"));
    EXPECT_EQ(enumNames<ProgramStatus>(), words("considering applied invited interview_scheduled "
                                                "interviewed ranked withdrawn rejected matched"));
    EXPECT_EQ(enumNames<CommunicationPolicy>(),
              words("none no_post_interview no_thank_you coordinator_only"));
    EXPECT_EQ(enumNames<VisaSponsorship>(), words("none j1 h1b both unknown"));
    EXPECT_EQ(enumNames<ContactRole>(),
              words("program_coordinator program_director associate_program_director faculty "
                    "research_mentor chief_resident resident other"));
    EXPECT_EQ(enumNames<Severity>(), words("info warning violation"));
    EXPECT_EQ(enumNames<CommState>(), words("draft sent"));
}

template <typename E> void expectRoundTrip()
{
    for (const QString &name : enumNames<E>()) {
        const auto value = parseEnum<E>(name);
        ASSERT_TRUE(value.has_value()) << name.toStdString();
        EXPECT_EQ(toString(*value), name);
    }
    EXPECT_FALSE(parseEnum<E>(QStringLiteral("bogus")).has_value());
    EXPECT_FALSE(parseEnum<E>(QString()).has_value());
    EXPECT_FALSE(parseEnum<E>(enumNames<E>().first().toUpper()).has_value())
        << "spellings are exact, not case-insensitive";
}

TEST(Enums, EveryNameParsesBackAndNothingElseDoes)
{
    expectRoundTrip<Direction>();
    expectRoundTrip<Channel>();
    expectRoundTrip<Kind>();
    expectRoundTrip<ProgramStatus>();
    expectRoundTrip<CommunicationPolicy>();
    expectRoundTrip<VisaSponsorship>();
    expectRoundTrip<ContactRole>();
    expectRoundTrip<Severity>();
    expectRoundTrip<CommState>();
    expectRoundTrip<Tristate>();
    expectRoundTrip<Source>();
}

TEST(Enums, SeverityOrder)
{
    EXPECT_TRUE(moreSevere(Severity::Violation, Severity::Warning));
    EXPECT_TRUE(moreSevere(Severity::Warning, Severity::Info));
    EXPECT_FALSE(moreSevere(Severity::Info, Severity::Info));
    EXPECT_FALSE(moreSevere(Severity::Info, Severity::Violation));
}

TEST(ContactNames, FormalNameUsesTitleAndLastName)
{
    Contact c = test::ContactBuilder(1);
    EXPECT_EQ(c.formalName(), QStringLiteral("Dr. Lopez"));
    EXPECT_EQ(c.fullName(), QStringLiteral("Maria Lopez"));
    c.title.clear();
    EXPECT_EQ(c.formalName(), QStringLiteral("Maria Lopez"));
    c.title = QStringLiteral("Dr.");
    c.lastName.clear();
    EXPECT_EQ(c.formalName(), QStringLiteral("Maria")) << "no 'Dr.' with a first name";
    c.firstName.clear();
    c.lastName = QStringLiteral("Lopez");
    EXPECT_EQ(c.fullName(), QStringLiteral("Lopez"));
}

TEST(ProgramInterview, AtItsTimeInItsOffsetOrAtFivePm)
{
    Program p = test::ProgramBuilder().interview(QDate(2026, 11, 12), QTime(8, 30));
    p.interviewOffsetSecs = 19800;
    EXPECT_EQ(p.interviewAt(), QDateTime(QDate(2026, 11, 12), QTime(3, 0), QTimeZone::utc()));
    EXPECT_EQ(p.interviewAt().offsetFromUtc(), 19800);
    p.interviewTime = QTime();
    EXPECT_EQ(p.interviewAt().time(), QTime(17, 0));
    p.interviewDate = QDate();
    EXPECT_FALSE(p.interviewAt().isValid());
}

TEST(ProgramInterview, PrintsTheOffsetItWasEnteredInEvenZero)
{
    Program p = test::ProgramBuilder().interview(QDate(2027, 1, 7), QTime(9, 0));
    p.interviewOffsetSecs = -5 * 3600;
    EXPECT_EQ(p.interviewAt().toString(Qt::ISODate), QStringLiteral("2027-01-07T09:00:00-05:00"));
    p.interviewOffsetSecs = 0;
    EXPECT_EQ(p.interviewAt().toString(Qt::ISODate), QStringLiteral("2027-01-07T09:00:00+00:00"));
    EXPECT_EQ(p.interviewAt().offsetFromUtc(), 0);
}

TEST(QuotaPolicyEffective, OverridesWinOnlyWhereSet)
{
    QuotaPolicy p;
    p.limits.insert(QStringLiteral("thank_you"), {1, 2});
    p.overrides[7].insert(QStringLiteral("thank_you"), {std::nullopt, 1});
    p.overrides[8].insert(QStringLiteral("thank_you"), {0, std::nullopt});

    EXPECT_EQ(p.effective(7, QStringLiteral("thank_you")).recommended, 1);
    EXPECT_EQ(p.effective(7, QStringLiteral("thank_you")).maximum, 1);
    EXPECT_EQ(p.effective(8, QStringLiteral("thank_you")).recommended, 0);
    EXPECT_EQ(p.effective(8, QStringLiteral("thank_you")).maximum, 2);
    EXPECT_EQ(p.effective(9, QStringLiteral("thank_you")).maximum, 2);
    EXPECT_FALSE(p.effective(7, QStringLiteral("top_choice")).maximum.has_value());
    EXPECT_EQ(QuotaPolicy::quotaNames(),
              words("pre_interview thank_you post_interview top_choice"));
}

} // namespace
} // namespace rapport::core
