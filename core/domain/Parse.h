#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace rapport::core {

// Typed text to values, with errors that quote the text and say the form
// expected. what names the field, e.g. "--at" or "interview date".

// YYYY-MM-DD, within 1990-2100.
Result<QDate> parseDate(const QString &text, const QString &what);
// HH:MM (24-hour).
Result<QTime> parseTime(const QString &text, const QString &what);
// YYYY-MM-DDTHH:MM[:SS] with an optional Z or ±HH:MM; without one, the
// local zone's offset at that moment is taken and kept.
Result<QDateTime> parseMoment(const QString &text, const QString &what);

} // namespace rapport::core
