#include "Season.h"

namespace rapport::core {

Season Season::defaultsFor(int matchYear)
{
    Season s;
    s.name = QStringLiteral("%1 Match").arg(matchYear);
    s.applicationsOpen = QDate(matchYear - 1, 6, 5);
    s.interviewsStart = QDate(matchYear - 1, 10, 1);
    s.interviewsEnd = QDate(matchYear, 1, 31);
    // The NRMP moves these each year (2026: 25 February and 20 March); the
    // user edits them in settings.
    s.rankListDeadline = QDate(matchYear, 2, 25);
    s.matchDay = QDate(matchYear, 3, 20);
    s.signalCount = 25;
    return s;
}

} // namespace rapport::core
