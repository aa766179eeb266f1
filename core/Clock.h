#pragma once

#include <QDateTime>

namespace rapport::core {

// Injectable time source, so rules and reminders can be tested at any date.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

} // namespace rapport::core
