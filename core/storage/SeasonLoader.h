#pragma once

#include "Result.h"
#include "domain/SeasonSnapshot.h"

namespace rapport::core {

class Database;

// Reads everything the rule engine needs in one consistent read. Given the
// snapshot read before from the same file, only the programs, contacts and
// communications stamped since are read again; the rest is taken over from
// it (their strings shared, not copied).
Result<SeasonSnapshot> loadSeason(Database &db, int defaultMatchYear,
                                  const SeasonSnapshot *previous = nullptr);

// Reads every communication's body into snapshot, for a snapshot whose
// bodies were let go once the rules had read them (RuleEngine::prepare).
Status readBodies(Database &db, SeasonSnapshot &snapshot);

} // namespace rapport::core
