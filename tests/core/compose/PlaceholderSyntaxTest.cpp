#include "compose/TemplateRenderer.h"

#include "domain/Template.h"
#include "support/DemoContext.h"

#include <gtest/gtest.h>

using namespace rapport;
using core::Template;
using core::TemplateProblem;
using core::TemplateRenderer;

namespace {

Template withBody(const QString &body, const QString &subject = QStringLiteral("Hello"))
{
    Template t;
    t.name = QStringLiteral("test");
    t.subject = subject;
    t.body = body;
    return t;
}

std::string errorOf(const Template &t)
{
    return TemplateRenderer::validate(t).errorMessage().toStdString();
}

} // namespace

TEST(PlaceholderSyntax, UnknownPlaceholderIsAnErrorNamingItAndItsLine)
{
    const Template t = withBody(QStringLiteral("Dear {{contact.salutation}},\n\n"
                                               "Thank you.\n"
                                               "I enjoyed visiting {{progam.name}}.\n"));
    const auto r = TemplateRenderer::render(t, test::demoContext());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errorMessage().toStdString(),
              "body line 4: unknown placeholder \"{{progam.name}}\" (did you mean "
              "\"{{program.name}}\"?)");
    EXPECT_EQ(errorOf(t), r.errorMessage().toStdString());
}

TEST(PlaceholderSyntax, UnknownPlaceholderFarFromAnyNameHasNoSuggestion)
{
    EXPECT_EQ(errorOf(withBody(QStringLiteral("{{hospital.parking}}"))),
              "body line 1: unknown placeholder \"{{hospital.parking}}\"");
}

TEST(PlaceholderSyntax, BadFreeFieldNamesAreUnknown)
{
    EXPECT_EQ(errorOf(withBody(QStringLiteral("{{field.Topic}}"))),
              "body line 1: unknown placeholder \"{{field.Topic}}\" (a free field is \"field.\" "
              "and a lower-case name, e.g. \"{{field.conversation_topic}}\")");
    EXPECT_FALSE(TemplateRenderer::validate(withBody(QStringLiteral("{{field.a.b}}"))).ok());
    EXPECT_FALSE(TemplateRenderer::validate(withBody(QStringLiteral("{{topic}}"))).ok());
}

TEST(PlaceholderSyntax, SubjectProblemsAreReportedAsSubject)
{
    const Template t = withBody(QStringLiteral("Fine."), QStringLiteral("About {{program.nmae}}"));
    EXPECT_EQ(errorOf(t), "subject line 1: unknown placeholder \"{{program.nmae}}\" (did you mean "
                          "\"{{program.name}}\"?)");
}

struct MalformedCase
{
    const char *id; // the test's name
    const char *body;
    int line;
    const char *message;
};

void PrintTo(const MalformedCase &c, std::ostream *os)
{
    *os << c.id;
}

class MalformedPlaceholder : public ::testing::TestWithParam<MalformedCase>
{};

TEST_P(MalformedPlaceholder, IsAnErrorWithItsLine)
{
    const MalformedCase c = GetParam();
    const Template t = withBody(QString::fromUtf8(c.body));
    const auto r = TemplateRenderer::render(t, test::demoContext());
    ASSERT_FALSE(r.ok()) << c.body;
    const std::string expected = "body line " + std::to_string(c.line) + ": " + c.message;
    EXPECT_EQ(TemplateRenderer::problems(t).value(0).message.toStdString(), expected);
    EXPECT_TRUE(r.errorMessage().startsWith(QString::fromStdString(expected)))
        << r.errorMessage().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Forms, MalformedPlaceholder,
    ::testing::Values(
        MalformedCase{"UnclosedMidLine", "Dear Dr. Lopez,\n\nI applied to {{program.name and more",
                      3,
                      "unclosed placeholder \"{{program.name\" (no closing \"}}\" on this line)"},
        MalformedCase{"UnclosedWithSingleBrace", "{{program.name}", 1,
                      "unclosed placeholder \"{{program.name}\" (no closing \"}}\" on this line)"},
        MalformedCase{"UnclosedAcrossLines", "Line one\n{{program.name\n}}", 2,
                      "unclosed placeholder \"{{program.name\" (no closing \"}}\" on this line)"},
        MalformedCase{"UnclosedBeforeAnother", "a {{program.city {{program.state}}", 1,
                      "unclosed placeholder \"{{program.city\" (no closing \"}}\" on this line)"},
        MalformedCase{"Empty", "x\n\n{{}}", 3, "empty placeholder \"{{}}\""},
        MalformedCase{"EmptyWithBlanks", "{{   }}", 1, "empty placeholder \"{{   }}\""},
        MalformedCase{"BadCharacters", "ok\n{{ bad name! }}", 2,
                      "malformed placeholder \"{{ bad name! }}\" (a name is letters, digits and "
                      "'_' joined by dots, e.g. \"{{program.name}}\")"},
        MalformedCase{"DoubleDot", "{{program..name}}", 1,
                      "malformed placeholder \"{{program..name}}\" (a name is letters, digits and "
                      "'_' joined by dots, e.g. \"{{program.name}}\")"},
        MalformedCase{"OneOpeningBrace", "Visit {program.name}} soon", 1,
                      "malformed placeholder \"{program.name}}\" (it opens with one brace; "
                      "placeholders take two, e.g. \"{{program.name}}\")"},
        MalformedCase{"SingleBraces", "Dear\nVisit {program.name} soon", 2,
                      "malformed placeholder \"{program.name}\" (placeholders take two braces: "
                      "\"{{program.name}}\")"},
        MalformedCase{"StrayClosing", "one\ntwo\nclosing program.name}} here", 3,
                      "malformed placeholder \"program.name}}\" (\"}}\" without an opening "
                      "\"{{\")"}),
    [](const ::testing::TestParamInfo<MalformedCase> &param) {
        return std::string(param.param.id);
    });

TEST(PlaceholderSyntax, SingleBracesAroundOrdinaryTextAreText)
{
    EXPECT_TRUE(TemplateRenderer::validate(withBody(QStringLiteral("a {note} and {x}"))).ok());
}

TEST(PlaceholderSyntax, ProblemsListsEveryProblemWithPosition)
{
    const Template t = withBody(QStringLiteral("Dear {{contact.salutation}},\n"
                                               "  {{nope}} and {{}}"),
                                QStringLiteral("{{program.name"));
    const QList<TemplateProblem> problems = TemplateRenderer::problems(t);
    ASSERT_EQ(problems.size(), 3);
    EXPECT_EQ(problems[0].part, TemplateProblem::Part::Subject);
    EXPECT_EQ(problems[0].line, 1);
    EXPECT_EQ(problems[0].column, 1);
    EXPECT_EQ(problems[1].part, TemplateProblem::Part::Body);
    EXPECT_EQ(problems[1].line, 2);
    EXPECT_EQ(problems[1].column, 3);
    EXPECT_EQ(problems[1].length, 8);
    EXPECT_EQ(problems[2].column, 16);
    EXPECT_EQ(problems[2].length, 4);

    // validate() reports the first and counts the rest.
    EXPECT_EQ(errorOf(t), "subject line 1: unclosed placeholder \"{{program.name\" (no closing "
                          "\"}}\" on this line) (and 2 more placeholder problems)");
}

TEST(PlaceholderSyntax, ValidateAcceptsEveryVocabularyName)
{
    QString body;
    for (const core::PlaceholderInfo &info : TemplateRenderer::vocabulary()) {
        EXPECT_FALSE(info.description.isEmpty()) << info.name.toStdString();
        body += QStringLiteral("{{%1}}\n").arg(info.name);
    }
    body += QStringLiteral("{{field.anything_1}}");
    EXPECT_TRUE(TemplateRenderer::validate(withBody(body)).ok()) << errorOf(withBody(body));
}

TEST(PlaceholderSyntax, VocabularyHasTheDocumentedFamilies)
{
    QStringList names;
    for (const core::PlaceholderInfo &info : TemplateRenderer::vocabulary())
        names << info.name;
    for (const char *expected : {"applicant.name",
                                 "applicant.first_name",
                                 "applicant.last_name",
                                 "applicant.degree",
                                 "applicant.school",
                                 "applicant.country",
                                 "applicant.aamc_id",
                                 "applicant.email",
                                 "applicant.phone",
                                 "applicant.signature",
                                 "applicant.visa_status",
                                 "program.name",
                                 "program.institution",
                                 "program.city",
                                 "program.state",
                                 "program.specialty",
                                 "contact.salutation",
                                 "contact.title",
                                 "contact.first_name",
                                 "contact.last_name",
                                 "contact.full_name",
                                 "contact.role",
                                 "interview.date",
                                 "interview.weekday",
                                 "today",
                                 "season.match_day",
                                 "season.rank_list_deadline"}) {
        EXPECT_TRUE(names.contains(QLatin1String(expected))) << expected;
    }
    EXPECT_EQ(names.removeDuplicates(), 0);
}

TEST(PlaceholderSyntax, PlaceholdersOfListsFreeFieldsOnceInOrder)
{
    const Template t = withBody(QStringLiteral("{{field.update_1}} {{program.name}}\n"
                                               "{{ field.topic }} {{field.update_1}}"),
                                QStringLiteral("Re: {{field.their_subject}}"));
    EXPECT_EQ(TemplateRenderer::placeholdersOf(t),
              (QStringList{QStringLiteral("their_subject"), QStringLiteral("update_1"),
                           QStringLiteral("topic")}));
    EXPECT_TRUE(TemplateRenderer::placeholdersOf(withBody(QStringLiteral("{{today}}"))).isEmpty());
}
