#include "Program.h"

#include <QTimeZone>

namespace rapport::core {

QDateTime Program::interviewAt() const
{
    if (!interviewDate.isValid())
        return {};
    const QTime time = interviewTime.isValid() ? interviewTime : QTime(17, 0);
    // At a fixed offset the moment takes 48 bytes; in a zone of its own,
    // 176 and the zone's block besides (0.5 MB at 100x, one per program's
    // allowance). Qt makes offset 0 UTC, printed "Z", so that one keeps a zone.
    if (interviewOffsetSecs != 0)
        return QDateTime(interviewDate, time, Qt::OffsetFromUTC, interviewOffsetSecs);
    return QDateTime(interviewDate, time, QTimeZone(0));
}

} // namespace rapport::core
