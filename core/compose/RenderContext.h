#pragma once

#include "domain/Contact.h"
#include "domain/Profile.h"
#include "domain/Program.h"
#include "domain/Season.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace rapport::core {

// Everything a template can draw on when it is filled in for one message.
struct RenderContext
{
    ApplicantProfile profile;
    Season season;
    std::optional<Program> program;
    std::optional<Contact> contact;
    QHash<QString, QString> fields; // free fields by name, without "field."
    QDate today;
};

} // namespace rapport::core
