#pragma once

#include "Result.h"
#include "domain/Template.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace rapport::core {

// A free field a template asks the user to fill, e.g. field.conversation_topic.
struct TemplateField
{
    QString name;  // without "field."
    QString label; // short, for the compose form
    QString hint;  // an example of what to write, may be empty
};

struct BuiltInTemplate
{
    Template tmpl; // builtIn = true
    QString description;
    QList<TemplateField> fields; // exactly the free fields the text uses
};

// The file format of a built-in template: one JSON object per file with
// name, title, kind, description, subject, body (an array of lines) and
// fields. docs/templates.md describes it.
class TemplateFile final
{
public:
    TemplateFile() = delete;

    // source names the file in errors, e.g. ":/templates/thank-you.json".
    static Result<BuiltInTemplate> parse(const QByteArray &json, const QString &source);

    // Every *.json in dir; a file's "name" must be its base name. Ordered as
    // a season runs (by kind), then by name.
    static Result<QList<BuiltInTemplate>> loadDirectory(const QString &dir);

    static QString builtInDirectory() { return QStringLiteral(":/templates"); }
};

} // namespace rapport::core
