#pragma once

#include "StoredRows.h"
#include "domain/Program.h"

#include <QList>

namespace rapport::core {

// What goes with a program when it is deleted, for the confirmation.
struct ProgramDependents
{
    int entries = 0; // log entries
    int contacts = 0;
};

// A deleted program with every row that went with it (contacts, log
// entries, their acknowledgements, quota overrides), as stored, so that
// ProgramRepository::restore() puts them all back with the same ids.
struct ProgramRemoval
{
    Program program; // as it was
    ProgramDependents dependents;
    QList<StoredRows> rows; // parents before children, the order to insert them
};

} // namespace rapport::core
