#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>

namespace rapport::core {

struct Season
{
    QString name; // e.g. "2026-2027 Match"
    QDate applicationsOpen;
    QDate interviewsStart;
    QDate interviewsEnd;
    QDate rankListDeadline;
    QDate matchDay;
    int signalCount = 25; // preference signals allowed in the specialty
    // Whether the applicant checked the rank-list deadline and Match Day
    // against the NRMP's calendar; computed defaults are estimates until then.
    bool datesConfirmed = false;
    // The IANA zone the applicant lives the season in (e.g.
    // "America/Chicago"), in which the window shows every time; empty: the
    // computer's zone.
    QString timeZone;

    // Estimated defaults for the season whose Match falls in matchYear.
    static Season defaultsFor(int matchYear);
    // The Match year of the season current at today: a season runs from
    // June to the March Match, so from June on it is next year's.
    static int matchYearAt(const QDate &today);

    // Match Day is the Friday of Match Week, the third Friday of March.
    static QDate estimatedMatchDay(int matchYear);
    // The rank-list deadline: the Wednesday about three weeks before.
    static QDate estimatedRankListDeadline(int matchYear);

    // timeZone as a zone: the computer's when empty or unknown.
    QTimeZone zone() const;

    bool operator==(const Season &) const = default;
};

} // namespace rapport::core
