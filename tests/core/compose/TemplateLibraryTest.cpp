#include "compose/TemplateLibrary.h"

#include "storage/TemplateRepository.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

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

TEST(TemplateLibrary, SuggestsKindsForThePhaseWithTheProgram)
{
    using Status = core::ProgramStatus;
    const QDate interview(2026, 12, 4);
    const core::Program before =
        test::ProgramBuilder().status(Status::InterviewScheduled).interview(interview);
    const QList<Kind> preInterview{Kind::PreInterviewInterest, Kind::ApplicationUpdate,
                                   Kind::VisaInquiry, Kind::ConferenceFollowUp};
    const QList<Kind> later{Kind::PostInterviewUpdate, Kind::LetterOfIntent,
                            Kind::LetterOfStrongInterest, Kind::SecondLookRequest};

    EXPECT_EQ(TemplateLibrary::suggestedKinds(before, interview.addDays(-1)), preInterview);
    EXPECT_EQ(
        TemplateLibrary::suggestedKinds(test::ProgramBuilder().status(Status::Applied), interview),
        preInterview);
    EXPECT_EQ(TemplateLibrary::suggestedKinds(before, interview), QList<Kind>{Kind::ThankYou});
    EXPECT_EQ(TemplateLibrary::suggestedKinds(before, interview.addDays(3)),
              QList<Kind>{Kind::ThankYou});
    EXPECT_EQ(TemplateLibrary::suggestedKinds(before, interview.addDays(4)), later);
    EXPECT_EQ(TemplateLibrary::suggestedKinds(test::ProgramBuilder().status(Status::Interviewed),
                                              interview),
              later);

    QList<Kind> replying{Kind::ReplyToProgram};
    replying << later;
    EXPECT_EQ(TemplateLibrary::suggestedKinds(before, interview.addDays(30), true), replying);
    EXPECT_EQ(TemplateLibrary::suggestedKinds(test::ProgramBuilder().status(Status::Withdrawn),
                                              interview, true),
              QList<Kind>{Kind::ReplyToProgram});
    EXPECT_TRUE(
        TemplateLibrary::suggestedKinds(test::ProgramBuilder().status(Status::Rejected), interview)
            .isEmpty());
}
