#pragma once

#include "StoredRows.h"
#include "domain/Contact.h"

#include <QList>

namespace rapport::core {

// A deleted contact and the log entries that named it (they stay, with no
// contact), so that ContactRepository::restore() puts it back with the same
// id and names it on those entries again.
struct ContactRemoval
{
    Contact contact; // as it was
    QList<qint64> communicationIds;
    StoredRows row;
};

} // namespace rapport::core
