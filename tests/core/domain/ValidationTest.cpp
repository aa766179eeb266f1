#include "domain/Validation.h"
#include "domain/Communication.h"
#include "domain/Contact.h"
#include "domain/Profile.h"
#include "domain/Program.h"
#include "domain/Season.h"
#include "domain/Template.h"

#include "support/Builders.h"
#include "support/QtPrinters.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::contains;

TEST(EmailAddress, AcceptsPracticalAddresses)
{
    for (const char *email : {"a@b.co", "first.last+eras@ent.lakeside.edu", "o'neil@example.org",
                              "PD_Office@Hospital-Name.ORG", "x@sub.domain.co.uk"})
        EXPECT_TRUE(isEmailAddress(QString::fromUtf8(email))) << email;
}

TEST(EmailAddress, RefusesWhatIsNotAnAddress)
{
    for (const char *email :
         {"", "not-an-email", "a@b", "x@y..com", "@lakeside.edu", "pd@", "a@.com", "a@com.",
          "a..b@x.com", "two@@x.com", "a b@x.com", "a@x.com\n", "a@x.com\r\n", "\na@x.com",
          "a@x.com, b@y.com", "pd@x.com?bcc=y@z.com", "a@-x.com", "a@x-.com", "<a@x.com>"})
        EXPECT_FALSE(isEmailAddress(QString::fromUtf8(email))) << email;
    const QString tooLong = QString(250, QLatin1Char('a')) + QStringLiteral("@x.co");
    EXPECT_FALSE(isEmailAddress(tooLong));
}

TEST(PlausibleDate, Spans1990To2100Inclusive)
{
    EXPECT_FALSE(isPlausibleDate(QDate(1989, 12, 31)));
    EXPECT_TRUE(isPlausibleDate(QDate(1990, 1, 1)));
    EXPECT_TRUE(isPlausibleDate(QDate(2100, 12, 31)));
    EXPECT_FALSE(isPlausibleDate(QDate(2101, 1, 1)));
    EXPECT_FALSE(isPlausibleDate(QDate()));
}

TEST(ValidateProgram, NameMustNotBeBlank)
{
    EXPECT_TRUE(validate(test::ProgramBuilder().build()));
    for (const char *name : {"", " ", "\t\n"}) {
        auto s = validate(test::ProgramBuilder(QString::fromUtf8(name)).build());
        ASSERT_FALSE(s) << '"' << name << '"';
        EXPECT_TRUE(contains(s.errorMessage(), "program name"));
    }
}

TEST(ValidateProgram, NumbersHaveInclusiveBounds)
{
    auto with = [](auto set) {
        Program p = test::ProgramBuilder();
        set(p);
        return validate(p);
    };
    EXPECT_TRUE(with([](Program &p) { p.preferenceRank = 1; }));
    EXPECT_TRUE(with([](Program &p) { p.preferenceRank = 999; }));
    EXPECT_TRUE(contains(with([](Program &p) { p.preferenceRank = 1000; }).errorMessage(),
                         "preference rank 1000"));
    EXPECT_TRUE(with([](Program &p) { p.minGapDays = 0; }));
    EXPECT_TRUE(with([](Program &p) { p.minGapDays = 365; }));
    EXPECT_TRUE(contains(with([](Program &p) { p.minGapDays = 366; }).errorMessage(), "366"));
    EXPECT_TRUE(with([](Program &p) { p.interviewOffsetSecs = 14 * 3600; }));
    EXPECT_TRUE(with([](Program &p) { p.interviewOffsetSecs = -14 * 3600; }));
    EXPECT_TRUE(
        contains(with([](Program &p) { p.interviewOffsetSecs = -14 * 3600 - 1; }).errorMessage(),
                 "UTC offset -50401"));
    EXPECT_TRUE(with([](Program &p) { p.emailDomain = QStringLiteral("ent.lakeside.edu"); }));
    EXPECT_FALSE(with([](Program &p) { p.emailDomain = QStringLiteral("@lakeside.edu"); }));
    EXPECT_FALSE(with([](Program &p) { p.emailDomain = QStringLiteral("lakeside.edu\n"); }));
}

TEST(ValidateContact, NeedsAProgramANameAndAKnownTitle)
{
    EXPECT_TRUE(validate(test::ContactBuilder(1).build()));
    EXPECT_TRUE(contains(validate(test::ContactBuilder(0).build()).errorMessage(), "no program"));
    EXPECT_TRUE(validate(test::ContactBuilder(1).name(QString(), QStringLiteral("Lopez")).build()));
    EXPECT_TRUE(validate(test::ContactBuilder(1).name(QStringLiteral("Maria"), QString()).build()));
    EXPECT_FALSE(
        validate(test::ContactBuilder(1).name(QStringLiteral(" "), QStringLiteral(" ")).build()));
    for (const char *title : {"", "Dr.", "Prof.", "Ms.", "Mrs.", "Mr.", "Mx."})
        EXPECT_TRUE(validate(test::ContactBuilder(1).title(QString::fromUtf8(title)).build()))
            << title;
    auto s = validate(test::ContactBuilder(1).title(QStringLiteral("Dr")).build());
    EXPECT_TRUE(contains(s.errorMessage(), "contact title \"Dr\""));
    s = validate(test::ContactBuilder(1).email(QStringLiteral("a@b")).build());
    EXPECT_TRUE(contains(s.errorMessage(), "contact email \"a@b\""));
}

TEST(ValidateCommunication, NeedsAProgramAndAPlausibleTime)
{
    EXPECT_TRUE(validate(test::CommunicationBuilder(1).build()));
    EXPECT_TRUE(
        contains(validate(test::CommunicationBuilder(0).build()).errorMessage(), "no program"));
    EXPECT_FALSE(validate(test::CommunicationBuilder(1).at(QDateTime()).build()));
    EXPECT_TRUE(validate(test::CommunicationBuilder(1).on(QDate(1990, 1, 1)).build()));
    EXPECT_TRUE(validate(test::CommunicationBuilder(1).on(QDate(2100, 12, 31)).build()));
    EXPECT_TRUE(contains(
        validate(test::CommunicationBuilder(1).on(QDate(2101, 1, 1)).build()).errorMessage(),
        "communication date 2101-01-01"));
}

TEST(ValidateCommunication, SubjectFitsAnEmailHeaderLine)
{
    EXPECT_TRUE(
        validate(test::CommunicationBuilder(1).subject(QString(998, QLatin1Char('s'))).build()));
    EXPECT_TRUE(contains(
        validate(test::CommunicationBuilder(1).subject(QString(999, QLatin1Char('s'))).build())
            .errorMessage(),
        "subject"));
}

TEST(ValidateSeason, DeadlineMayBeOnButNotAfterMatchDay)
{
    Season s = Season::defaultsFor(2027);
    EXPECT_TRUE(validate(s));
    s.rankListDeadline = s.matchDay;
    EXPECT_TRUE(validate(s));
    s.rankListDeadline = s.matchDay.addDays(1);
    auto bad = validate(s);
    ASSERT_FALSE(bad);
    EXPECT_TRUE(contains(bad.errorMessage(), "rank-list deadline 2027-03-20"));
    EXPECT_TRUE(contains(bad.errorMessage(), "Match Day 2027-03-19"));
}

TEST(ValidateSeason, ConfirmedOnlyWithBothDates)
{
    Season s = Season::defaultsFor(2027);
    s.datesConfirmed = true;
    EXPECT_TRUE(validate(s));
    // Dates the NRMP moved somewhere unusual are still the user's to confirm.
    s.rankListDeadline = QDate(2027, 3, 3);
    s.matchDay = QDate(2027, 3, 22);
    EXPECT_TRUE(validate(s));
    s.matchDay = QDate();
    auto bad = validate(s);
    ASSERT_FALSE(bad);
    EXPECT_TRUE(contains(bad.errorMessage(), "confirmed"));
    s.datesConfirmed = false;
    EXPECT_TRUE(validate(s)) << "unconfirmed, a missing date is allowed";
    s.matchDay = QDate(2027, 3, 19);
    s.rankListDeadline = QDate();
    s.datesConfirmed = true;
    EXPECT_FALSE(validate(s));
}

TEST(ValidateSeason, SignalCountIsBetween0And100)
{
    Season s = Season::defaultsFor(2027);
    for (int ok : {0, 100}) {
        s.signalCount = ok;
        EXPECT_TRUE(validate(s)) << ok;
    }
    for (int bad : {-1, 101}) {
        s.signalCount = bad;
        EXPECT_TRUE(contains(validate(s).errorMessage(), QString::number(bad)));
    }
}

TEST(ValidateProfile, EmailsAndGraduationYear)
{
    ApplicantProfile p;
    EXPECT_TRUE(validate(p)) << "an empty profile is allowed";
    p.email = QStringLiteral("a@example.org");
    p.otherEmails = {QStringLiteral("b@example.org"), QStringLiteral("c@example.org")};
    EXPECT_TRUE(validate(p));
    p.otherEmails << QStringLiteral("not-an-email");
    EXPECT_TRUE(contains(validate(p).errorMessage(), "\"not-an-email\""));
    p.otherEmails.removeLast();
    for (int year : {1950, 2100}) {
        p.graduationYear = year;
        EXPECT_TRUE(validate(p)) << year;
    }
    for (int year : {1949, 2101}) {
        p.graduationYear = year;
        EXPECT_TRUE(contains(validate(p).errorMessage(), QString::number(year)));
    }
}

TEST(ValidateTemplate, NameIsASlugAndBodyIsNotEmpty)
{
    Template t;
    t.name = QStringLiteral("thank-you_2");
    t.body = QStringLiteral("Dear {{contact.formal_name}},");
    EXPECT_TRUE(validate(t));
    t.name = QStringLiteral("Thank You");
    EXPECT_TRUE(contains(validate(t).errorMessage(), "\"Thank You\""));
    t.name = QStringLiteral("thank-you\n");
    EXPECT_FALSE(validate(t)) << "a trailing newline is not part of a slug";
    t.name = QStringLiteral("thank-you");
    t.body = QStringLiteral("  \n ");
    EXPECT_TRUE(contains(validate(t).errorMessage(), "empty body"));
}

} // namespace
} // namespace rapport::core
