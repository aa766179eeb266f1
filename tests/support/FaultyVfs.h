#pragma once

#include <QtGlobal>

struct sqlite3_vfs;

namespace rapport::test {

// Real I/O errors on demand: a VFS that wraps SQLite's default one and,
// once armed, fails every write after the next n. While it exists it is
// the default VFS, so every connection opened meanwhile (Database::open
// included) goes through it; the previous default comes back on
// destruction. Destroy the connections first.
class FaultyVfs final
{
public:
    FaultyVfs();
    ~FaultyVfs();
    Q_DISABLE_COPY_MOVE(FaultyVfs)

    // The next n writes succeed, every later one fails with SQLITE_IOERR_WRITE.
    void failWritesAfter(int n);
    void disarm();
    int failedWrites() const;
    int writes() const;
};

} // namespace rapport::test
