// The built-in templates are what most letters start from: an underline in
// one would be noise in every letter, and teach the user to ignore them.

#include "compose/TemplateLibrary.h"
#include "compose/TemplateRenderer.h"
#include "domain/SeasonSnapshot.h"
#include "spelling/SeasonWords.h"
#include "spelling/SpellChecker.h"

#include "support/DemoContext.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

namespace rapport::test {
namespace {

std::string misspelt(core::SpellChecker &checker, const QString &text,
                     const QSet<QString> &known = {})
{
    std::string out;
    for (const QString &line : text.split(u'\n')) {
        for (const auto &range : checker.misspellings(line, known))
            out += " \"" + line.sliced(range.start, range.length).toStdString() + "\"";
    }
    return out;
}

TEST(BuiltInTemplatesSpelling, TemplatesAndTheirDemoLettersHaveNoMisspelling)
{
    core::SpellChecker::Paths paths = core::SpellChecker::defaultPaths();
    paths.userWords.clear();
    core::SpellChecker checker(paths);
    ASSERT_TRUE(checker.isAvailable()) << checker.errorMessage().toStdString();

    TempDatabase temp;
    auto library = core::TemplateLibrary::open(temp.db());
    ASSERT_TRUE(library.ok()) << library.errorMessage().toStdString();
    ASSERT_FALSE(library->builtIns().isEmpty());
    for (const auto &builtIn : library->builtIns()) {
        const core::Template &tmpl = builtIn.tmpl;
        const std::string name = tmpl.name.toStdString();
        EXPECT_EQ(misspelt(checker, tmpl.subject + u'\n' + tmpl.body), "") << name;

        const core::RenderContext context = demoContext(tmpl.kind);
        auto rendered = core::TemplateRenderer::render(tmpl, context);
        ASSERT_TRUE(rendered.ok()) << rendered.errorMessage().toStdString();
        core::SeasonSnapshot season;
        season.profile = context.profile;
        season.programs << *context.program;
        season.contacts << *context.contact;
        // The demo's mentor is nobody in the season: a name the user adds.
        QSet<QString> known = core::spelling::seasonWords(season);
        known.insert(QStringLiteral("okafor"));
        EXPECT_EQ(misspelt(checker, rendered->subject + u'\n' + rendered->body, known), "") << name;
    }
}

} // namespace
} // namespace rapport::test
