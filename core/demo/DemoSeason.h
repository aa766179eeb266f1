#pragma once

#include "Result.h"

#include <QDate>

namespace rapport::core {

class Database;

struct DemoOptions
{
    int scale = 1;       // N x (40 programs, ~300 communications)
    int matchYear = 0;   // the season's Match; 0 = the season after today
    quint32 seed = 2027; // same seed, same season
};

struct DemoSummary
{
    int programs = 0;
    int contacts = 0;
    int communications = 0;
};

// Fills an empty database with a realistic ENT season, June to March:
// programs in every status, 1-4 contacts each, the usual exchange of
// messages, and a few real breaches of every quota and timing rule so that
// every check has something to show. One transaction.
Result<DemoSummary> generateDemoSeason(Database &db, const DemoOptions &options);

} // namespace rapport::core
