#pragma once

#include "Result.h"

namespace rapport::core {

class Database;

// SQLite's PRAGMA data_version on db's connection: a number that changes
// whenever another connection (another process, rapport-cli) commits to
// the file, and never for this connection's own writes.
Result<qint64> dataVersion(Database &db);

} // namespace rapport::core
