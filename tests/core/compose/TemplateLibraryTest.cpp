#include "compose/TemplateLibrary.h"

#include "rules/Allowance.h"
#include "rules/RuleEngine.h"
#include "storage/TemplateRepository.h"
#include "support/Builders.h"
#include "support/FakeClock.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

#include <QTimeZone>

#include <algorithm>

using namespace rapport;
using core::Kind;
using core::Template;
using core::TemplateLibrary;

namespace {

TemplateLibrary openLibrary(test::TempDatabase &tdb)
{
    auto library = TemplateLibrary::open(tdb.db());
    EXPECT_TRUE(library.ok()) << library.errorMessage().toStdString();
    return std::move(library).value();
}

QStringList namesOf(const QList<Template> &templates)
{
    QStringList names;
    for (const Template &t : templates)
        names << t.name;
    return names;
}

} // namespace

TEST(TemplateLibrary, ListsTheTenBuiltInsInSeasonOrder)
{
    test::TempDatabase tdb;
    const TemplateLibrary library = openLibrary(tdb);
    auto all = library.all();
    ASSERT_TRUE(all.ok()) << all.errorMessage().toStdString();
    EXPECT_EQ(namesOf(*all),
              (QStringList{"pre-interview-interest", "application-update", "visa-inquiry",
                           "conference-follow-up", "thank-you", "post-interview-update",
                           "letter-of-intent", "letter-of-strong-interest", "reply-to-pressure",
                           "second-look-request"}));
    for (const Template &t : *all) {
        EXPECT_TRUE(t.builtIn) << t.name.toStdString();
        EXPECT_FALSE(t.modified) << t.name.toStdString();
        EXPECT_FALSE(library.description(t.name).isEmpty()) << t.name.toStdString();
    }
}

TEST(TemplateLibrary, AnEditedBuiltInReplacesItUntilReset)
{
    test::TempDatabase tdb;
    TemplateLibrary library = openLibrary(tdb);
    auto original = library.get(QStringLiteral("thank-you"));
    ASSERT_TRUE(original.ok());

    Template edited = *original;
    edited.body = QStringLiteral("Dear {{contact.salutation}},\n\nThank you, briefly.\n\n"
                                 "Sincerely,\n{{applicant.signature}}");
    ASSERT_TRUE(library.save(edited).ok());

    auto got = library.get(QStringLiteral("thank-you"));
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(got->body, edited.body);
    EXPECT_TRUE(got->builtIn);
    EXPECT_TRUE(got->modified);
    EXPECT_GT(got->id, 0);

    auto all = library.all();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 10);
    const auto it = std::find_if(all->cbegin(), all->cend(), [](const Template &t) {
        return t.name == QLatin1String("thank-you");
    });
    ASSERT_NE(it, all->cend());
    EXPECT_EQ(it->body, edited.body);
    EXPECT_TRUE(it->modified);

    ASSERT_TRUE(library.reset(QStringLiteral("thank-you")).ok());
    auto back = library.get(QStringLiteral("thank-you"));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->body, original->body);
    EXPECT_FALSE(back->modified);
    EXPECT_EQ(back->id, 0);
    auto stored = core::TemplateRepository(tdb.db()).stored();
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->isEmpty());

    // Resetting an unedited built-in changes nothing and is not an error.
    EXPECT_TRUE(library.reset(QStringLiteral("thank-you")).ok());
}

TEST(TemplateLibrary, UserTemplatesFollowTheBuiltInsAndCanBeRemoved)
{
    test::TempDatabase tdb;
    TemplateLibrary library = openLibrary(tdb);
    Template own;
    own.name = QStringLiteral("away-rotation-follow-up");
    own.title = QStringLiteral("After an away rotation");
    own.kind = Kind::Other;
    own.body = QStringLiteral("Dear {{contact.salutation}},\n\nThank you for {{field.rotation}}.");
    const auto saved = library.save(own);
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();

    auto all = library.all();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 11);
    EXPECT_EQ(all->last().name, own.name);
    EXPECT_FALSE(all->last().builtIn);
    EXPECT_FALSE(all->last().modified);

    const auto resetOwn = library.reset(own.name);
    ASSERT_FALSE(resetOwn.ok());
    EXPECT_TRUE(resetOwn.errorMessage().contains(own.name));
    const auto removeBuiltIn = library.remove(QStringLiteral("thank-you"));
    ASSERT_FALSE(removeBuiltIn.ok());
    EXPECT_TRUE(removeBuiltIn.errorMessage().contains(QLatin1String("reset")));

    ASSERT_TRUE(library.remove(own.name).ok());
    const auto gone = library.get(own.name);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.errorMessage(), QStringLiteral("there is no template named "
                                                  "\"away-rotation-follow-up\""));
}

TEST(TemplateLibrary, FieldsCarryTheBuiltInLabels)
{
    test::TempDatabase tdb;
    const TemplateLibrary library = openLibrary(tdb);
    Template own;
    own.name = QStringLiteral("mine");
    own.body = QStringLiteral("{{field.conversation_topic}} {{field.my_own}}");
    const QList<core::TemplateField> fields = library.fieldsOf(own);
    ASSERT_EQ(fields.size(), 2);
    EXPECT_EQ(fields[0].name, QStringLiteral("conversation_topic"));
    EXPECT_EQ(fields[0].label, QStringLiteral("What you talked about"));
    EXPECT_FALSE(fields[0].hint.isEmpty());
    EXPECT_EQ(fields[1].name, QStringLiteral("my_own"));
    EXPECT_EQ(fields[1].label, QStringLiteral("my_own"));
}

// What compose suggests for a program at a moment, read from the allowance
// the rule engine works out for that program.
QList<core::KindAdvice> advise(core::Program p, const QDateTime &now, bool replying = false,
                               const QList<core::Communication> &sent = {})
{
    p.id = 1;
    test::FakeClock clock(now);
    auto data = core::RuleData::builtIn();
    EXPECT_TRUE(data.ok());
    core::RuleEngine engine(data.value(), clock);
    core::SeasonSnapshot snapshot;
    snapshot.programs << p;
    snapshot.communications = sent;
    engine.setSnapshot(snapshot);
    return TemplateLibrary::adviseKinds(p, *engine.allowance(1), replying);
}

QList<Kind> suggested(const core::Program &p, const QDateTime &now, bool replying = false,
                      const QList<core::Communication> &sent = {})
{
    QList<Kind> out;
    for (const core::KindAdvice &a : advise(p, now, replying, sent)) {
        if (a.allowed)
            out << a.kind;
    }
    return out;
}

QDateTime at(const QDate &day, int hour)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone::utc());
}

TEST(TemplateLibrary, SuggestsKindsForThePhaseWithTheProgram)
{
    using Status = core::ProgramStatus;
    const QDate interview(2026, 12, 4);
    const core::Program before =
        test::ProgramBuilder().status(Status::InterviewScheduled).interview(interview, QTime(9, 0));
    const QList<Kind> preInterview{Kind::PreInterviewInterest, Kind::ApplicationUpdate,
                                   Kind::VisaInquiry, Kind::ConferenceFollowUp};
    const QList<Kind> later{Kind::PostInterviewUpdate, Kind::LetterOfIntent,
                            Kind::LetterOfStrongInterest, Kind::SecondLookRequest,
                            Kind::VisaInquiry};

    EXPECT_EQ(suggested(before, at(interview.addDays(-1), 12)), preInterview);
    EXPECT_EQ(suggested(test::ProgramBuilder().status(Status::Applied), at(interview, 12)),
              preInterview);
    // From the interview until the 72-hour window closes: the thank-you.
    EXPECT_EQ(suggested(before, at(interview, 12)), QList<Kind>{Kind::ThankYou});
    EXPECT_EQ(suggested(before, at(interview.addDays(3), 8)), QList<Kind>{Kind::ThankYou});
    EXPECT_EQ(suggested(before, at(interview.addDays(4), 12)), later);
    // Interviewed, date unknown: no window to close, so a thank-you is still fine.
    EXPECT_EQ(suggested(test::ProgramBuilder().status(Status::Interviewed), at(interview, 12)),
              QList<Kind>{Kind::ThankYou} + later);

    QList<Kind> replying{Kind::ReplyToProgram};
    replying << later;
    EXPECT_EQ(suggested(before, at(interview.addDays(30), 12), true), replying);
    EXPECT_EQ(suggested(test::ProgramBuilder().status(Status::Withdrawn), at(interview, 12), true),
              QList<Kind>{Kind::ReplyToProgram});
    EXPECT_TRUE(
        suggested(test::ProgramBuilder().status(Status::Rejected), at(interview, 12)).isEmpty());
}

TEST(TemplateLibrary, NoLongerSuggestsAThankYouOnceTheRoundIsSent)
{
    const QDate interview(2027, 1, 7);
    const core::Program p = test::ProgramBuilder()
                                .status(core::ProgramStatus::Interviewed)
                                .interview(interview, QTime(9, 0));
    const QList<core::Communication> sent{
        test::CommunicationBuilder(1).id(5).kind(Kind::ThankYou).at(at(interview, 19))};

    const QList<core::KindAdvice> advice = advise(p, at(interview.addDays(1), 12), false, sent);
    const auto thanks = std::find_if(advice.cbegin(), advice.cend(),
                                     [](const auto &a) { return a.kind == Kind::ThankYou; });
    ASSERT_NE(thanks, advice.cend());
    EXPECT_FALSE(thanks->allowed);
    EXPECT_TRUE(thanks->reason.contains(QStringLiteral("2027-01-07")))
        << thanks->reason.toStdString();
    EXPECT_FALSE(suggested(p, at(interview.addDays(1), 12), false, sent).contains(Kind::ThankYou));
}

TEST(TemplateLibrary, SaysWhyAProgramThatWantsNoPostInterviewContactGetsNoUpdate)
{
    const QDate interview(2027, 1, 7);
    const core::Program p = test::ProgramBuilder()
                                .status(core::ProgramStatus::Interviewed)
                                .interview(interview, QTime(9, 0))
                                .policy(core::CommunicationPolicy::NoPostInterview);

    const QList<core::KindAdvice> advice = advise(p, at(interview.addDays(10), 12));
    QList<Kind> allowed;
    for (const core::KindAdvice &a : advice) {
        if (a.allowed) {
            allowed << a.kind;
        } else {
            EXPECT_TRUE(a.reason.contains(QStringLiteral("post-interview communication")))
                << a.reason.toStdString();
        }
    }
    // Only what no policy can rule out: a visa question. A second-look
    // request is post-interview communication too.
    EXPECT_EQ(allowed, QList<Kind>{Kind::VisaInquiry});
}
