#pragma once

#include "StoredRows.h"
#include "domain/Program.h"

#include <QList>

namespace rapport::core {

// Two programs made one: the other's contacts and log entries moved to the
// kept one, its fields filled where the kept one had none, the other
// deleted. Holds what ProgramRepository::unmerge() needs to reverse it
// exactly, the same ids included.
struct ProgramMerge
{
    Program kept;                   // before the merge
    Program gone;                   // before the merge
    Program merged;                 // the kept program as the merge wrote it
    QList<qint64> contactIds;       // moved from gone to kept
    QList<qint64> communicationIds; // moved from gone to kept
    StoredRows keptRow;
    StoredRows goneRow;
    StoredRows quotaOverrides; // both programs', before the merge
};

} // namespace rapport::core
