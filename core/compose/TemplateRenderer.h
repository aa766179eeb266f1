#pragma once

#include "Placeholders.h"
#include "RenderContext.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::core {

struct Template;

struct RenderedMessage
{
    QString subject;
    QString body;
    // Known placeholders the context had no value for, in order of first
    // appearance; they stay in the text as written, for content.placeholder.
    QStringList unfilled;
};

// A malformed or unknown placeholder, located for the template editor.
struct TemplateProblem
{
    enum class Part
    {
        Subject,
        Body
    };
    Part part = Part::Body;
    int line = 0;   // from 1
    int column = 0; // from 1
    int length = 0;
    QString message; // "body line 4: unknown placeholder \"{{progam.name}}\" …"
};

// Fills "{{placeholder}}" in a template's subject and body. Stateless and
// linear in the text, so it can run on every keystroke of the editor.
class TemplateRenderer final
{
public:
    TemplateRenderer() = delete;

    // Fails on the first malformed or unknown placeholder; a known one without
    // a value is not an error (see RenderedMessage::unfilled).
    static Result<RenderedMessage> render(const Template &tmpl, const RenderContext &context);

    // The placeholders checked without rendering: every problem, subject first.
    static QList<TemplateProblem> problems(const Template &tmpl);
    // The first problem as an error (with a count of the rest), or success.
    static Status validate(const Template &tmpl);

    // Free fields the template uses, by name without "field.", in order of
    // first appearance (subject first), each once.
    static QStringList placeholdersOf(const Template &tmpl);

    static const QList<PlaceholderInfo> &vocabulary();
};

} // namespace rapport::core
