#include "Contact.h"

namespace rapport::core {

QString Contact::fullName() const
{
    QString out = firstName;
    if (!lastName.isEmpty())
        out += (out.isEmpty() ? QString() : QStringLiteral(" ")) + lastName;
    return out;
}

QString Contact::formalName() const
{
    if (title.isEmpty() || lastName.isEmpty())
        return fullName();
    return title + QLatin1Char(' ') + lastName;
}

} // namespace rapport::core
