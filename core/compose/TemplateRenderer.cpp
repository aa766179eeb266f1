#include "TemplateRenderer.h"

#include "PlaceholderScanner.h"
#include "domain/Template.h"

namespace rapport::core {
namespace {

using Part = TemplateProblem::Part;

void collectProblems(const placeholders::Scan &scan, Part part, QList<TemplateProblem> &out)
{
    const QString where =
        part == Part::Subject ? QStringLiteral("subject") : QStringLiteral("body");
    for (const placeholders::Problem &p : scan.problems) {
        out << TemplateProblem{
            part, p.line, p.column, p.length,
            QStringLiteral("%1 line %2: %3").arg(where).arg(p.line).arg(p.message)};
    }
}

Status firstProblem(const QList<TemplateProblem> &found)
{
    if (found.isEmpty())
        return {};
    QString message = found.first().message;
    if (found.size() == 2)
        message += QStringLiteral(" (and 1 more placeholder problem)");
    else if (found.size() > 2)
        message += QStringLiteral(" (and %1 more placeholder problems)").arg(found.size() - 1);
    return fail(message);
}

QString fill(const QString &text, const placeholders::Scan &scan, const RenderContext &context,
             QStringList &unfilled)
{
    QString out;
    out.reserve(text.size() + text.size() / 2);
    qsizetype from = 0;
    for (const placeholders::Token &token : scan.tokens) {
        out += QStringView(text).mid(from, token.start - from);
        if (const auto value = placeholders::valueOf(token.name, context)) {
            out += *value;
        } else {
            out += QStringView(text).mid(token.start, token.length);
            if (!unfilled.contains(token.name))
                unfilled << token.name;
        }
        from = token.start + token.length;
    }
    out += QStringView(text).mid(from);
    return out;
}

} // namespace

QList<TemplateProblem> TemplateRenderer::problems(const Template &tmpl)
{
    QList<TemplateProblem> out;
    collectProblems(placeholders::scan(tmpl.subject), Part::Subject, out);
    collectProblems(placeholders::scan(tmpl.body), Part::Body, out);
    return out;
}

Status TemplateRenderer::validate(const Template &tmpl)
{
    return firstProblem(problems(tmpl));
}

Result<RenderedMessage> TemplateRenderer::render(const Template &tmpl, const RenderContext &context)
{
    // One scan per part serves both the check and the filling.
    const placeholders::Scan subject = placeholders::scan(tmpl.subject);
    const placeholders::Scan body = placeholders::scan(tmpl.body);
    QList<TemplateProblem> found;
    collectProblems(subject, Part::Subject, found);
    collectProblems(body, Part::Body, found);
    if (auto s = firstProblem(found); !s)
        return s.error();
    RenderedMessage out;
    out.subject = fill(tmpl.subject, subject, context, out.unfilled);
    out.body = fill(tmpl.body, body, context, out.unfilled);
    return out;
}

QStringList TemplateRenderer::placeholdersOf(const Template &tmpl)
{
    QStringList fields;
    for (const QString *text : {&tmpl.subject, &tmpl.body}) {
        for (const placeholders::Token &token : placeholders::scan(*text).tokens) {
            if (!placeholders::isFreeField(token.name))
                continue;
            const QString field = token.name.mid(placeholders::kFieldPrefix.size());
            if (!fields.contains(field))
                fields << field;
        }
    }
    return fields;
}

const QList<PlaceholderInfo> &TemplateRenderer::vocabulary()
{
    return placeholders::vocabulary();
}

} // namespace rapport::core
