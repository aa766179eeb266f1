#include "SeasonLock.h"

#include "AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace rapport::core {

SeasonLock::SeasonLock(const QString &lockPath) : m_file(lockPath) {}

SeasonLock::~SeasonLock() = default;

QString SeasonLock::lockPath(const QString &seasonPath)
{
    return canonicalSeasonPath(seasonPath) + QStringLiteral(".lock");
}

Result<std::unique_ptr<SeasonLock>> SeasonLock::acquire(const QString &seasonPath)
{
    const QString path = lockPath(seasonPath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::unique_ptr<SeasonLock> lock(new SeasonLock(path));
    if (lock->m_file.tryLock(0))
        return lock;
    switch (lock->m_file.error()) {
    case QLockFile::LockFailedError:
        return fail(QCoreApplication::translate("SeasonLock",
                                                "%1 is already open in another Rapport window.")
                        .arg(seasonPath));
    case QLockFile::PermissionError:
        return fail(QCoreApplication::translate(
                        "SeasonLock", "%1 cannot be opened: its folder does not allow writing "
                                      "the lock file %2.")
                        .arg(seasonPath, path));
    default:
        return fail(QCoreApplication::translate("SeasonLock",
                                                "%1 cannot be opened: the lock file %2 could "
                                                "not be written.")
                        .arg(seasonPath, path));
    }
}

bool SeasonLock::isHeld(const QString &seasonPath)
{
    QLockFile file(lockPath(seasonPath));
    if (file.tryLock(0)) {
        file.unlock();
        return false;
    }
    return file.error() == QLockFile::LockFailedError;
}

} // namespace rapport::core
