#pragma once

#include <QDate>
#include <QString>

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

    // Defaults for the season whose Match falls in matchYear.
    static Season defaultsFor(int matchYear);
};

} // namespace rapport::core
