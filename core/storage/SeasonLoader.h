#pragma once

#include "Result.h"
#include "domain/SeasonSnapshot.h"

namespace rapport::core {

class Database;

// Reads everything the rule engine needs in one consistent read.
Result<SeasonSnapshot> loadSeason(Database &db, int defaultMatchYear);

} // namespace rapport::core
