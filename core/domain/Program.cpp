#include "Program.h"

#include <QTimeZone>

namespace rapport::core {

QDateTime Program::interviewAt() const
{
    if (!interviewDate.isValid())
        return {};
    const QTime time = interviewTime.isValid() ? interviewTime : QTime(17, 0);
    return QDateTime(interviewDate, time, QTimeZone(interviewOffsetSecs));
}

} // namespace rapport::core
