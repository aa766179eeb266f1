#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace rapport::core {

struct Reminder;

// Reminders as an iCalendar file (libical writes it: line folding, text
// escaping and CRLF are its job). A thank-you due becomes a VTODO with a
// DUE and an alarm 12 hours before it; the rank-list deadline and Match Day
// become VEVENTs with an alarm a day before. Times are written in UTC,
// which every calendar reads the same way. UIDs come from the reminder id,
// so importing a newer file updates the events instead of adding copies.
class IcsExport final
{
public:
    // stamp is DTSTAMP: when the file was made.
    static Result<QByteArray> write(const QList<Reminder> &reminders, const QDateTime &stamp);

    // "thank_you:12" -> "thank_you-12@rapport"
    static QString uidFor(const QString &reminderId);
};

} // namespace rapport::core
