#include "TemplateFile.h"

#include "TemplateRenderer.h"
#include "domain/Validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>
#include <utility>

namespace rapport::core {
namespace {

// Reading one file; every error starts with the file's name.
class Reader
{
public:
    Reader(const QJsonObject &object, const QString &source) : m_object(object), m_source(source) {}

    Error error(const QString &message) const { return fail(m_source + u": " + message); }

    Status onlyKeys(const QJsonObject &object, const QStringList &allowed,
                    const QString &where) const
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key())) {
                return error(QStringLiteral("unknown key \"%1\"%2 (expected one of %3)")
                                 .arg(it.key(), where, allowed.join(QStringLiteral(", "))));
            }
        }
        return {};
    }

    Result<QString> text(const QJsonObject &object, const QString &key, bool required,
                         const QString &where = {}) const
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined() && !required)
            return QString();
        if (!v.isString())
            return error(QStringLiteral("\"%1\"%2 must be a string").arg(key, where));
        return v.toString();
    }

    // The body is an array of lines so that the JSON stays readable.
    Result<QString> body() const
    {
        const QJsonValue v = m_object.value(QLatin1String("body"));
        if (!v.isArray())
            return error(QStringLiteral("\"body\" must be an array of lines"));
        QStringList lines;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return error(QStringLiteral("\"body\" line %1 is not a string").arg(i + 1));
            lines << array.at(i).toString();
        }
        return lines.join(QLatin1Char('\n'));
    }

    Result<QList<TemplateField>> fields() const
    {
        static const QRegularExpression fieldName(QStringLiteral("^[a-z][a-z0-9_]*$"));
        const QJsonValue v = m_object.value(QLatin1String("fields"));
        if (!v.isArray())
            return error(QStringLiteral("\"fields\" must be an array"));
        QList<TemplateField> out;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = QStringLiteral(" in field %1").arg(i + 1);
            if (!array.at(i).isObject())
                return error(QStringLiteral("field %1 is not an object").arg(i + 1));
            const QJsonObject o = array.at(i).toObject();
            if (auto s = onlyKeys(
                    o, {QStringLiteral("name"), QStringLiteral("label"), QStringLiteral("hint")},
                    where);
                !s)
                return s.error();
            TemplateField f;
            for (auto [key, target, required] : {std::tuple{"name", &f.name, true},
                                                 {"label", &f.label, true},
                                                 {"hint", &f.hint, false}}) {
                auto value = text(o, QLatin1String(key), required, where);
                if (!value)
                    return value.error();
                *target = *value;
            }
            if (!fieldName.match(f.name).hasMatch())
                return error(QStringLiteral("field name \"%1\" must be lower-case letters, "
                                            "digits or '_'")
                                 .arg(f.name));
            out << f;
        }
        return out;
    }

private:
    const QJsonObject &m_object;
    QString m_source;
};

int lineOfOffset(const QByteArray &json, int offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

} // namespace

Result<BuiltInTemplate> TemplateFile::parse(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(QStringLiteral("%1 line %2: %3")
                        .arg(source)
                        .arg(lineOfOffset(json, parseError.offset))
                        .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return fail(QStringLiteral("%1: a template file must hold one JSON object").arg(source));
    const QJsonObject object = doc.object();
    const Reader r(object, source);
    if (auto s =
            r.onlyKeys(object,
                       {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("kind"),
                        QStringLiteral("description"), QStringLiteral("subject"),
                        QStringLiteral("body"), QStringLiteral("fields")},
                       QString());
        !s)
        return s.error();

    BuiltInTemplate out;
    out.tmpl.builtIn = true;
    QString kind;
    for (auto [key, target] : {std::pair{"name", &out.tmpl.name},
                               {"title", &out.tmpl.title},
                               {"kind", &kind},
                               {"description", &out.description},
                               {"subject", &out.tmpl.subject}}) {
        auto value = r.text(object, QLatin1String(key), true);
        if (!value)
            return value.error();
        *target = *value;
    }
    const auto parsedKind = parseEnum<Kind>(kind);
    if (!parsedKind) {
        return r.error(QStringLiteral("kind \"%1\" is not one of %2")
                           .arg(kind, enumNames<Kind>().join(QStringLiteral(", "))));
    }
    out.tmpl.kind = *parsedKind;
    auto body = r.body();
    if (!body)
        return body.error();
    out.tmpl.body = *body;
    auto fields = r.fields();
    if (!fields)
        return fields.error();
    out.fields = *fields;

    if (auto s = validate(out.tmpl); !s)
        return r.error(s.errorMessage());
    if (auto s = TemplateRenderer::validate(out.tmpl); !s)
        return r.error(s.errorMessage());

    // The compose form shows exactly the declared fields, so the two lists
    // must agree or a field would be missing from the form or shown for nothing.
    const QStringList used = TemplateRenderer::placeholdersOf(out.tmpl);
    QStringList declared;
    for (const TemplateField &f : out.fields)
        declared << f.name;
    for (const QString &name : used) {
        if (!declared.contains(name))
            return r.error(
                QStringLiteral("{{field.%1}} is used but not declared in \"fields\"").arg(name));
    }
    for (const QString &name : declared) {
        if (!used.contains(name) || declared.count(name) > 1)
            return r.error(QStringLiteral("field \"%1\" is declared %2")
                               .arg(name, used.contains(name) ? QStringLiteral("twice")
                                                              : QStringLiteral("but not used")));
    }
    return out;
}

Result<QList<BuiltInTemplate>> TemplateFile::loadDirectory(const QString &dir)
{
    const QDir folder(dir);
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return fail(QStringLiteral("no template files (*.json) in %1").arg(dir));
    QList<BuiltInTemplate> out;
    for (const QString &fileName : files) {
        const QString path = folder.filePath(fileName);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString()));
        auto parsed = parse(file.readAll(), path);
        if (!parsed)
            return parsed.error();
        if (parsed->tmpl.name != QFileInfo(fileName).completeBaseName()) {
            return fail(QStringLiteral("%1: name \"%2\" does not match the file name")
                            .arg(path, parsed->tmpl.name));
        }
        out << std::move(parsed).value();
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const BuiltInTemplate &a, const BuiltInTemplate &b) {
                         return a.tmpl.kind < b.tmpl.kind;
                     });
    return out;
}

} // namespace rapport::core
