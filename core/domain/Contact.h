#pragma once

#include "Enums.h"

#include <QString>

namespace rapport::core {

struct Contact
{
    qint64 id = 0;
    qint64 programId = 0;
    QString title; // "Dr.", "Prof.", "Ms.", "Mr.", "Mx." or empty
    QString firstName;
    QString lastName;
    ContactRole role = ContactRole::Other;
    QString email;
    QString phone;
    QString notes;
    // Stamped by the database on every insert and update (schema.md).
    qint64 revision = 0;

    // "Dr. Lopez", or the full name when there is no title.
    QString formalName() const;
    QString fullName() const;
    bool operator==(const Contact &) const = default;
};

} // namespace rapport::core
