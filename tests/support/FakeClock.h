#pragma once

#include "Clock.h"

#include <QTimeZone>

namespace rapport::test {

// A clock that stands still until a test moves it.
class FakeClock final : public core::Clock
{
public:
    explicit FakeClock(QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(12, 0),
                                                 QTimeZone::utc()))
        : m_now(std::move(now))
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advanceDays(int days) { m_now = m_now.addDays(days); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace rapport::test
