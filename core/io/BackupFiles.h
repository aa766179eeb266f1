#pragma once

#include "Result.h"

#include <QString>

#include <memory>

namespace rapport::core {

// A new, empty, owner-only file beside a final path, named
// .NAME.partial-XXXXXX, that becomes the final file only once it is
// complete. It holds an advisory lock while it lives, so that the clean-up
// of another process never removes it while it is in use; a killed run
// leaves it unlocked, for removeLeftovers() to find.
class PartialFile final
{
public:
    static Result<std::unique_ptr<PartialFile>> create(const QString &finalPath);
    // Removes the file and any SQLite journal beside it unless committed.
    ~PartialFile();
    Q_DISABLE_COPY_MOVE(PartialFile)

    QString path() const { return m_path; }

    enum class Existing
    {
        Refuse,
        Replace
    };
    // Flushes the file to disk, renames it to finalPath in one step and
    // flushes the folder, so that after a crash the final path holds either
    // the old file or the whole new one.
    Status commit(const QString &finalPath, Existing existing);

private:
    PartialFile(QString path, int lockFd);

    QString m_path;
    int m_lockFd = -1;
    bool m_committed = false;
};

// Removes what killed runs left in the folder of path (and of its target,
// when path is a symbolic link): .NAME.partial-XXXXXX files nobody holds and
// their -journal, -wal and -shm files. Returns how many files went.
int removeLeftovers(const QString &path);

// The file to write when asked to write path: path itself, or the existing
// regular file a symbolic link there names, which is then replaced and the
// link kept. A link to nothing, a folder or a device is refused.
Result<QString> outputTarget(const QString &path);

// Replaces or creates the file at path (see outputTarget) with bytes in one
// step, owner-only; after a crash it holds the old content or the new.
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

// Writes a file's data to disk; a folder's, for a rename in it to last.
Status syncToDisk(const QString &path);

// Follows symbolic links from path to the file they name (which may not
// exist yet); path itself when it is no link.
QString linkTarget(const QString &path);

// A point between two steps of a backup or restore. With
// RAPPORT_KILL_AT_STEP=N in the environment, the process kills itself at
// the N-th point it reaches, as a power cut or kill -9 would: tests use it
// to prove that every step can be interrupted safely.
void crashPoint();

} // namespace rapport::core
