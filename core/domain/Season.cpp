#include "Season.h"

namespace rapport::core {

QTimeZone Season::zone() const
{
    if (!timeZone.isEmpty()) {
        QTimeZone named(timeZone.toUtf8());
        if (named.isValid())
            return named;
    }
    return QTimeZone::systemTimeZone();
}

QDate Season::estimatedMatchDay(int matchYear)
{
    const QDate first(matchYear, 3, 1);
    const int toFriday = (static_cast<int>(Qt::Friday) - first.dayOfWeek() + 7) % 7;
    return first.addDays(toFriday + 14);
}

QDate Season::estimatedRankListDeadline(int matchYear)
{
    // 2026: Wednesday 25 February, 23 days before Match Day on 20 March. The
    // NRMP has moved it within February and early March (2024: 28 February),
    // so this is only an estimate until the applicant confirms it.
    return estimatedMatchDay(matchYear).addDays(-23);
}

int Season::matchYearAt(const QDate &today)
{
    return today.month() >= 6 ? today.year() + 1 : today.year();
}

Season Season::defaultsFor(int matchYear)
{
    Season s;
    s.name = QStringLiteral("%1 Match").arg(matchYear);
    // ERAS opens in early June; interviews run from October to January.
    s.applicationsOpen = QDate(matchYear - 1, 6, 5);
    s.interviewsStart = QDate(matchYear - 1, 10, 1);
    s.interviewsEnd = QDate(matchYear, 1, 31);
    s.rankListDeadline = estimatedRankListDeadline(matchYear);
    s.matchDay = estimatedMatchDay(matchYear);
    s.signalCount = 25;
    s.datesConfirmed = false;
    return s;
}

} // namespace rapport::core
