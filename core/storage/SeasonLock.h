#pragma once

#include "Result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace rapport::core {

// One window per season file: PATH.lock beside the season, held while a
// window shows it. A lock whose process is gone (a crash, kill -9) is stale
// and taken over; rapport-cli asks isHeld() before it writes.
class SeasonLock final
{
public:
    ~SeasonLock();
    Q_DISABLE_COPY_MOVE(SeasonLock)

    static Result<std::unique_ptr<SeasonLock>> acquire(const QString &seasonPath);
    // True while another live process (or this one) holds the season.
    static bool isHeld(const QString &seasonPath);
    static QString lockPath(const QString &seasonPath);

private:
    explicit SeasonLock(const QString &lockPath);

    QLockFile m_file;
};

} // namespace rapport::core
