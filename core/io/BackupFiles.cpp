#include "BackupFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport::core {
namespace {

const char *const kSidecars[] = {"-journal", "-wal", "-shm"};

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

void removeWithSidecars(const QString &path)
{
    QFile::remove(path);
    for (const char *suffix : kSidecars)
        QFile::remove(path + QLatin1String(suffix));
}

// rename(2) that fails when to exists, even if it appeared a moment ago.
int renameNoReplace(const QByteArray &from, const QByteArray &to)
{
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return -1;
    // File systems without RENAME_NOREPLACE: link() refuses an existing name.
    if (::link(from.constData(), to.constData()) != 0)
        return -1;
    return ::unlink(from.constData());
}

} // namespace

PartialFile::PartialFile(QString path, int lockFd) : m_path(std::move(path)), m_lockFd(lockFd) {}

PartialFile::~PartialFile()
{
    if (!m_committed)
        removeWithSidecars(m_path);
    ::close(m_lockFd);
}

Result<std::unique_ptr<PartialFile>> PartialFile::create(const QString &finalPath)
{
    const QFileInfo info(finalPath);
    const QByteArray pattern =
        QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                          QStringLiteral(".partial-XXXXXX"));
    for (int attempt = 0; attempt < 10; ++attempt) {
        QByteArray name = pattern;
        const int fd = ::mkstemp(name.data()); // owner-only, 0600
        if (fd < 0)
            return fail(QStringLiteral("cannot create a file in %1: %2")
                            .arg(info.absolutePath(), systemError(errno)));
        struct stat st = {};
        // A clean-up that ran between mkstemp() and flock() may have taken
        // the file away: then it is made again.
        if (::flock(fd, LOCK_EX) == 0 && ::fstat(fd, &st) == 0 && st.st_nlink > 0)
            return std::unique_ptr<PartialFile>(new PartialFile(QFile::decodeName(name), fd));
        ::close(fd);
    }
    return fail(QStringLiteral("cannot create a file in %1").arg(info.absolutePath()));
}

Status PartialFile::commit(const QString &finalPath, Existing existing)
{
    if (::fsync(m_lockFd) != 0)
        return fail(QStringLiteral("cannot write %1 to disk: %2").arg(m_path, systemError(errno)));
    crashPoint();
    const QByteArray from = QFile::encodeName(m_path);
    const QByteArray to = QFile::encodeName(finalPath);
    const int rc = existing == Existing::Replace ? std::rename(from.constData(), to.constData())
                                                 : renameNoReplace(from, to);
    if (rc != 0) {
        const int error = errno;
        return fail(
            error == EEXIST
                ? QStringLiteral("%1 already exists; choose a new name").arg(finalPath)
                : QStringLiteral("cannot create %1: %2").arg(finalPath, systemError(error)));
    }
    m_committed = true;
    crashPoint();
    return syncToDisk(QFileInfo(finalPath).absolutePath());
}

Status syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(QStringLiteral("cannot open %1: %2").arg(path, systemError(errno)));
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0)
        return fail(QStringLiteral("cannot write %1 to disk: %2").arg(path, systemError(error)));
    return {};
}

QString linkTarget(const QString &path)
{
    QFileInfo info(path);
    for (int depth = 0; depth < 40 && info.isSymLink(); ++depth)
        info.setFile(info.symLinkTarget());
    return info.absoluteFilePath();
}

Result<QString> outputTarget(const QString &path)
{
    if (path.isEmpty())
        return fail(QStringLiteral("no file name given"));
    const QFileInfo asked(path);
    const QString target = linkTarget(path);
    const QFileInfo info(target);
    if (asked.isSymLink() && !info.exists())
        return fail(QStringLiteral("%1 is a link to %2, which does not exist; choose another name")
                        .arg(path, target));
    if (info.exists() && !info.isFile())
        return fail(QStringLiteral("%1 is not a regular file; choose another name").arg(path));
    if (!info.absoluteDir().exists())
        return fail(QStringLiteral("%1 cannot be written: the folder %2 does not exist")
                        .arg(path, info.absolutePath()));
    return target;
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    auto target = outputTarget(path);
    if (!target)
        return target.error();
    auto partial = PartialFile::create(*target);
    if (!partial)
        return partial.error();
    QFile file((*partial)->path());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return fail(QStringLiteral("%1 could not be written: %2").arg(path, file.errorString()));
    file.close();
    return (*partial)->commit(*target, PartialFile::Existing::Replace);
}

int removeLeftovers(const QString &path)
{
    static const QRegularExpression partial(
        QStringLiteral(R"(^(\..+\.partial-[A-Za-z0-9]{6})(-journal|-wal|-shm)?$)"));
    QSet<QString> folders{QFileInfo(path).absolutePath(),
                          QFileInfo(linkTarget(path)).absolutePath()};
    int removed = 0;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QString &name : names) {
            const QRegularExpressionMatch m = partial.match(name);
            if (!m.hasMatch())
                continue;
            const QString main = dir.filePath(m.captured(1));
            if (m.capturedLength(2) > 0) {
                // A journal whose partial file is gone belongs to nobody.
                if (!QFileInfo::exists(main) && QFile::remove(dir.filePath(name)))
                    ++removed;
                continue;
            }
            const int fd = ::open(QFile::encodeName(main).constData(), O_RDONLY | O_CLOEXEC);
            if (fd < 0)
                continue;
            // Locked: a backup or restore is writing it right now.
            if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
                for (const char *suffix : kSidecars)
                    removed += QFile::remove(main + QLatin1String(suffix)) ? 1 : 0;
                removed += QFile::remove(main) ? 1 : 0;
            }
            ::close(fd);
        }
    }
    return removed;
}

void crashPoint()
{
    static const int killAt = qEnvironmentVariableIntValue("RAPPORT_KILL_AT_STEP");
    static int reached = 0;
    if (killAt > 0 && ++reached == killAt)
        std::raise(SIGKILL);
}

} // namespace rapport::core
