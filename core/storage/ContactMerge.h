#pragma once

#include "StoredRows.h"
#include "domain/Contact.h"

#include <QList>

namespace rapport::core {

// Two contacts of one program made one: the log entries naming the other
// name the kept one, its fields filled where the kept one had none, the
// other deleted. ContactRepository::unmerge() reverses it exactly.
struct ContactMerge
{
    Contact kept;                   // before the merge
    Contact gone;                   // before the merge
    Contact merged;                 // the kept contact as the merge wrote it
    QList<qint64> communicationIds; // that named gone
    StoredRows keptRow;
    StoredRows goneRow;
};

} // namespace rapport::core
