// Every built-in template, filled with realistic demo data, must pass every
// content rule: a template that trips the checks would teach the habit the
// checks are there to stop.

#include "compose/TemplateLibrary.h"
#include "compose/TemplateRenderer.h"
#include "rules/RuleData.h"
#include "rules/RuleEngine.h"

#include "support/DemoContext.h"
#include "support/FakeClock.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

namespace rapport::test {
namespace {

class BuiltInTemplatesPassRules : public ::testing::TestWithParam<int>
{};

std::string describe(const QList<core::Finding> &findings)
{
    std::string out;
    for (const core::Finding &f : findings)
        out += "  " + f.rule.toStdString() + " (" + core::toString(f.severity).toStdString() +
               "): " + f.message().toStdString() + "\n";
    return out;
}

TEST_P(BuiltInTemplatesPassRules, RenderedWithDemoDataRaisesNoContentFinding)
{
    TempDatabase temp;
    auto library = core::TemplateLibrary::open(temp.db());
    ASSERT_TRUE(library.ok()) << library.errorMessage().toStdString();
    const auto &builtIns = library->builtIns();
    ASSERT_EQ(builtIns.size(), 10);
    const core::Template &tmpl = builtIns.at(GetParam()).tmpl;

    const core::RenderContext context = demoContext(tmpl.kind);
    auto rendered = core::TemplateRenderer::render(tmpl, context);
    ASSERT_TRUE(rendered.ok()) << rendered.errorMessage().toStdString();
    ASSERT_TRUE(rendered->unfilled.isEmpty()) << tmpl.name.toStdString();

    core::SeasonSnapshot snapshot;
    snapshot.profile = context.profile;
    snapshot.season = context.season;
    snapshot.programs << *context.program;
    snapshot.contacts << *context.contact;
    FakeClock clock(QDateTime(context.today, QTime(10, 0), QTimeZone(-6 * 3600)));
    auto data = core::RuleData::builtIn();
    ASSERT_TRUE(data.ok()) << data.errorMessage().toStdString();
    core::RuleEngine engine(data.value(), clock);
    engine.setSnapshot(snapshot);

    core::Draft draft;
    draft.subject = rendered->subject;
    draft.body = rendered->body;
    draft.programId = context.program->id;
    draft.contactId = context.contact->id;
    draft.kind = tmpl.kind;
    draft.at = clock.now();
    QList<core::Finding> content;
    bool sawTopChoiceNote = false;
    for (const core::Finding &f : engine.checkDraft(draft)) {
        // A letter of intent says "first choice" once, honestly: that is the
        // info-level note that feeds the season-wide quota, not a fault.
        const bool expectedNote = tmpl.kind == core::Kind::LetterOfIntent &&
                                  f.rule == QLatin1String("content.top_choice_claim") &&
                                  f.severity == core::Severity::Info;
        sawTopChoiceNote = sawTopChoiceNote || expectedNote;
        if (f.rule.startsWith(QLatin1String("content.")) && !expectedNote)
            content << f;
    }
    // The checks did run: the letter of intent's claim is seen.
    EXPECT_EQ(sawTopChoiceNote, tmpl.kind == core::Kind::LetterOfIntent) << tmpl.name.toStdString();
    EXPECT_TRUE(content.isEmpty()) << tmpl.name.toStdString() << " raises:\n"
                                   << describe(content) << "\n"
                                   << rendered->body.toStdString();
}

INSTANTIATE_TEST_SUITE_P(EachBuiltIn, BuiltInTemplatesPassRules, ::testing::Range(0, 10));

} // namespace
} // namespace rapport::test
