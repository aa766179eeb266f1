#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QString>

#include <optional>

namespace rapport::core {

struct RenderContext;

struct PlaceholderInfo
{
    QString name;        // e.g. "program.name"
    QString description; // what it becomes, for the template editor
};

// The placeholder vocabulary: the fixed dotted names plus free fields
// written "field.NAME". Values are English, because the text goes to a US
// program whatever language the window is in.
namespace placeholders {

inline constexpr QStringView kFieldPrefix = u"field.";

const QList<PlaceholderInfo> &vocabulary();

// A fixed name of the vocabulary, or a well-formed "field.NAME".
bool isKnown(const QString &name);
bool isFreeField(const QString &name);

// The closest fixed name, for "did you mean"; empty when nothing is close.
QString closestKnown(const QString &name);

// The value of a known placeholder; nullopt when the context lacks it
// (no contact, empty profile field, free field not supplied).
std::optional<QString> valueOf(const QString &name, const RenderContext &context);

// "Program Director": contact roles as they are written in a letter.
QString roleTitle(ContactRole role);

} // namespace placeholders
} // namespace rapport::core
