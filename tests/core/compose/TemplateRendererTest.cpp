#include "compose/TemplateRenderer.h"

#include "domain/Template.h"
#include "support/Builders.h"
#include "support/DemoContext.h"

#include <gtest/gtest.h>

using namespace rapport;
using core::RenderContext;
using core::Template;
using core::TemplateRenderer;

namespace {

Template bodyOnly(const QString &body, const QString &subject = {})
{
    Template t;
    t.name = QStringLiteral("test");
    t.subject = subject;
    t.body = body;
    return t;
}

// Renders body text that must be valid; the test fails loudly if it is not.
core::RenderedMessage render(const QString &body, const RenderContext &context)
{
    auto r = TemplateRenderer::render(bodyOnly(body), context);
    EXPECT_TRUE(r.ok()) << r.errorMessage().toStdString();
    return r.ok() ? r.value() : core::RenderedMessage{};
}

QString renderBody(const QString &body, const RenderContext &context)
{
    return render(body, context).body;
}

} // namespace

TEST(TemplateRenderer, FillsApplicantPlaceholders)
{
    const RenderContext c = test::demoContext();
    EXPECT_EQ(renderBody(QStringLiteral("{{applicant.name}}|{{applicant.first_name}}|"
                                        "{{applicant.last_name}}|{{applicant.degree}}"),
                         c),
              QStringLiteral("Amina Rahman|Amina|Rahman|MBBS"));
    EXPECT_EQ(renderBody(QStringLiteral("{{applicant.school}}, {{applicant.country}}, "
                                        "{{applicant.graduation_year}}"),
                         c),
              QStringLiteral("Aga Khan University, Pakistan, 2023"));
    EXPECT_EQ(renderBody(QStringLiteral("{{applicant.aamc_id}} {{applicant.email}} "
                                        "{{applicant.phone}} / {{applicant.visa_status}}"),
                         c),
              QStringLiteral("14523876 amina.rahman@example.com +1 312 555 0142 / Needs J-1 "
                             "sponsorship"));
    EXPECT_EQ(renderBody(QStringLiteral("{{applicant.signature}}"), c), c.profile.signature);
}

TEST(TemplateRenderer, SplitsAMultiWordFamilyName)
{
    RenderContext c = test::demoContext();
    c.profile.name = QStringLiteral("  Maria  de la Cruz ");
    EXPECT_EQ(renderBody(QStringLiteral("{{applicant.first_name}}/{{applicant.last_name}}"), c),
              QStringLiteral("Maria/de la Cruz"));
}

TEST(TemplateRenderer, ComposesASignatureWhenTheProfileHasNone)
{
    RenderContext c = test::demoContext();
    c.profile.signature.clear();
    c.profile.phone.clear();
    EXPECT_EQ(renderBody(QStringLiteral("{{applicant.signature}}"), c),
              QStringLiteral("Amina Rahman, MBBS\nAAMC ID 14523876\namina.rahman@example.com"));

    c.profile.name.clear();
    const auto r = render(QStringLiteral("{{applicant.signature}}"), c);
    EXPECT_EQ(r.unfilled, QStringList{QStringLiteral("applicant.signature")});
}

TEST(TemplateRenderer, FillsProgramAndInterviewPlaceholders)
{
    RenderContext c = test::demoContext();
    EXPECT_EQ(
        renderBody(QStringLiteral("{{program.name}} at {{program.institution}}, "
                                  "{{program.city}}, {{program.state}} ({{program.specialty}})"),
                   c),
        QStringLiteral("Lakeside University Otolaryngology Residency at Lakeside University "
                       "Medical Center, Chicago, IL (Otolaryngology)"));
    EXPECT_EQ(renderBody(QStringLiteral("{{interview.weekday}}, {{interview.date}} at "
                                        "{{interview.time}}"),
                         c),
              QStringLiteral("Friday, December 4, 2026 at 9:00 AM"));
}

TEST(TemplateRenderer, FillsDatesInUsEnglishWhateverTheLocale)
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    RenderContext c = test::demoContext();
    const QString out = renderBody(QStringLiteral("{{today}}; {{season.rank_list_deadline}}; "
                                                  "{{season.match_day}}; {{season.name}}"),
                                   c);
    QLocale::setDefault(saved);
    EXPECT_EQ(out,
              QStringLiteral("December 6, 2026; February 24, 2027; March 19, 2027; 2027 Match"));
}

TEST(TemplateRenderer, FillsContactPlaceholders)
{
    const RenderContext c = test::demoContext();
    EXPECT_EQ(renderBody(QStringLiteral("{{contact.salutation}}|{{contact.title}}|"
                                        "{{contact.first_name}}|{{contact.last_name}}|"
                                        "{{contact.full_name}}|{{contact.role}}|{{contact.email}}"),
                         c),
              QStringLiteral("Dr. Lopez|Dr.|Maria|Lopez|Maria Lopez|Program Director|"
                             "mlopez@lakeside.edu"));
}

TEST(TemplateRenderer, SalutationFallsBackToNameRoleOrCommittee)
{
    RenderContext c = test::demoContext();
    const QString body = QStringLiteral("Dear {{contact.salutation}},");

    c.contact = test::ContactBuilder(1).title(QString()).name(QStringLiteral("Sam"),
                                                              QStringLiteral("Park"));
    EXPECT_EQ(renderBody(body, c), QStringLiteral("Dear Sam Park,"));

    c.contact = test::ContactBuilder(1)
                    .name(QString(), QString())
                    .role(core::ContactRole::ProgramCoordinator);
    EXPECT_EQ(renderBody(body, c), QStringLiteral("Dear Program Coordinator,"));

    c.contact = test::ContactBuilder(1).name(QString(), QString()).role(core::ContactRole::Other);
    EXPECT_EQ(renderBody(body, c), QStringLiteral("Dear Selection Committee,"));

    c.contact.reset();
    const auto r = render(body, c);
    EXPECT_EQ(r.body, QStringLiteral("Dear Selection Committee,"));
    EXPECT_TRUE(r.unfilled.isEmpty());
}

TEST(TemplateRenderer, FillsFreeFields)
{
    RenderContext c = test::demoContext();
    c.fields.insert(QStringLiteral("topic"), QStringLiteral("skull base surgery"));
    EXPECT_EQ(renderBody(QStringLiteral("We discussed {{field.topic}}."), c),
              QStringLiteral("We discussed skull base surgery."));
}

TEST(TemplateRenderer, AllowsWhitespaceInsideBraces)
{
    const RenderContext c = test::demoContext();
    EXPECT_EQ(
        renderBody(QStringLiteral("{{ program.city }}/{{program.state  }}/{{\tfield.visa_type}}"),
                   c),
        QStringLiteral("Chicago/IL/J-1"));
}

TEST(TemplateRenderer, FillsTheSubjectToo)
{
    const RenderContext c = test::demoContext();
    auto r = TemplateRenderer::render(
        bodyOnly(QStringLiteral("Body."), QStringLiteral("Thank you, {{contact.salutation}} "
                                                         "({{ applicant.aamc_id }})")),
        c);
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    EXPECT_EQ(r->subject, QStringLiteral("Thank you, Dr. Lopez (14523876)"));
    EXPECT_EQ(r->body, QStringLiteral("Body."));
}

TEST(TemplateRenderer, LeavesKnownPlaceholdersWithoutValueAndListsThem)
{
    RenderContext c = test::demoContext();
    c.contact.reset();
    c.program->interviewDate = {};
    c.profile.aamcId.clear();
    c.fields.insert(QStringLiteral("blank"), QStringLiteral("   "));
    Template t = bodyOnly(QStringLiteral("Dear {{contact.salutation}},\n"
                                         "Dr. {{ contact.last_name }} on {{interview.date}}.\n"
                                         "{{field.missing}} {{field.blank}} {{contact.last_name}}"),
                          QStringLiteral("AAMC {{applicant.aamc_id}}"));
    auto r = TemplateRenderer::render(t, c);
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    EXPECT_EQ(r->subject, QStringLiteral("AAMC {{applicant.aamc_id}}"));
    EXPECT_EQ(r->body, QStringLiteral("Dear Selection Committee,\n"
                                      "Dr. {{ contact.last_name }} on {{interview.date}}.\n"
                                      "{{field.missing}} {{field.blank}} {{contact.last_name}}"));
    EXPECT_EQ(r->unfilled,
              (QStringList{QStringLiteral("applicant.aamc_id"), QStringLiteral("contact.last_name"),
                           QStringLiteral("interview.date"), QStringLiteral("field.missing"),
                           QStringLiteral("field.blank")}));
}

TEST(TemplateRenderer, WithoutAProgramProgramPlaceholdersAreUnfilled)
{
    RenderContext c = test::demoContext();
    c.program.reset();
    const auto r = render(QStringLiteral("{{program.name}} {{interview.weekday}}"), c);
    EXPECT_EQ(r.body, QStringLiteral("{{program.name}} {{interview.weekday}}"));
    EXPECT_EQ(r.unfilled.size(), 2);
}

TEST(TemplateRenderer, DoesNotExpandPlaceholdersInsideValues)
{
    RenderContext c = test::demoContext();
    c.fields.insert(QStringLiteral("topic"), QStringLiteral("{{applicant.name}} and {{oops"));
    const auto r = render(QStringLiteral("About {{field.topic}}."), c);
    EXPECT_EQ(r.body, QStringLiteral("About {{applicant.name}} and {{oops."));
    EXPECT_TRUE(r.unfilled.isEmpty());
}

TEST(TemplateRenderer, KeepsTextAroundPlaceholdersExactly)
{
    const RenderContext c = test::demoContext();
    EXPECT_EQ(renderBody(QStringLiteral("\u00e9 {braces} {{program.state}}{{program.state}} }\n\n"
                                        "end"),
                         c),
              QStringLiteral("\u00e9 {braces} ILIL }\n\nend"));
}
