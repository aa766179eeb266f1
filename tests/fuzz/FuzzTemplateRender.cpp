// A template as the user types it in the editor: checked for problems and
// filled in for a program and contact.
#include "FuzzSupport.h"

#include "support/Builders.h"

#include "compose/TemplateRenderer.h"
#include "domain/Template.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace rapport;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    core::RenderContext context;
    context.season = core::Season::defaultsFor(2027);
    context.today = QDate(2026, 12, 10);
    if (in.ConsumeBool())
        context.program = test::ProgramBuilder().id(1).interview(QDate(2026, 12, 5));
    if (in.ConsumeBool())
        context.contact = test::ContactBuilder(1).id(11);
    const QString fieldValue = QString::fromStdString(in.ConsumeRandomLengthString(64));
    context.fields.insert(QStringLiteral("topic"), fieldValue);

    core::Template tmpl;
    tmpl.subject = QString::fromStdString(in.ConsumeRandomLengthString(200));
    tmpl.body = QString::fromStdString(in.ConsumeRemainingBytesAsString());

    const QList<core::TemplateProblem> problems = core::TemplateRenderer::problems(tmpl);
    for (const core::TemplateProblem &p : problems) {
        if (p.line < 1 || p.column < 1 || p.message.isEmpty())
            fuzz::failInvariant("a template problem without a place or a message");
    }
    const core::Status valid = core::TemplateRenderer::validate(tmpl);
    if (valid.ok() != problems.isEmpty())
        fuzz::failInvariant("validate() and problems() disagree");
    (void)core::TemplateRenderer::placeholdersOf(tmpl);
    const auto rendered = core::TemplateRenderer::render(tmpl, context);
    if (rendered.ok() != problems.isEmpty())
        fuzz::failInvariant("render() fails although problems() found none, or the reverse");
    return 0;
}
