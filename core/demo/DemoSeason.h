#pragma once

#include "Result.h"

#include <QDate>

namespace rapport::core {

class Database;

struct DemoOptions
{
    int scale = 1; // N x (40 programs, ~300 communications)
    // The day the demo is seen from: nothing dated after it is logged, and
    // each program's status is the one it has reached by then. Invalid =
    // the system's date; callers pass their clock's.
    QDate today;
    int matchYear = 0;   // the season's Match; 0 = the season current at today
    quint32 seed = 2027; // same seed, same story; with the same today, same demo
};

struct DemoSummary
{
    int programs = 0;
    int contacts = 0;
    int communications = 0;
};

// Fills an empty database with a realistic ENT season, June to March, as it
// stands on options.today: programs in every status, 1-4 contacts each, the
// usual exchange of messages, and a few real breaches of every quota and
// timing rule so that every check has something to show once the season has
// got that far. The story is the same whatever today is (the random draws do
// not depend on it); what lies after today is simply not logged yet: an
// interview still to come stays scheduled, a program is ranked only once the
// rank-list opens. One transaction.
Result<DemoSummary> generateDemoSeason(Database &db, const DemoOptions &options);

} // namespace rapport::core
