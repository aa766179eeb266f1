#include "FaultyVfs.h"

#include <sqlite3.h>

#include <atomic>

namespace rapport::test {
namespace {

struct State
{
    sqlite3_vfs *real = nullptr;
    sqlite3_vfs vfs{};
    std::atomic<int> allowed{-1}; // -1: never fail
    std::atomic<int> writes{0};
    std::atomic<int> failed{0};
};

State &state()
{
    static State s;
    return s;
}

// The wrapped file is followed in memory by the real VFS's file.
struct File
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f)->real;
}

int xClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}
int xRead(sqlite3_file *f, void *b, int n, sqlite3_int64 o)
{
    return real(f)->pMethods->xRead(real(f), b, n, o);
}
int xWrite(sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{
    State &s = state();
    ++s.writes;
    const int allowed = s.allowed.load();
    if (allowed >= 0) {
        if (allowed == 0) {
            ++s.failed;
            return SQLITE_IOERR_WRITE;
        }
        s.allowed = allowed - 1;
    }
    return real(f)->pMethods->xWrite(real(f), b, n, o);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file *f, int l)
{
    return real(f)->pMethods->xLock(real(f), l);
}
int xUnlock(sqlite3_file *f, int l)
{
    return real(f)->pMethods->xUnlock(real(f), l);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file *f, int pg, int size, int extend, void volatile **p)
{
    return real(f)->pMethods->xShmMap(real(f), pg, size, extend, p);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file *f, int del)
{
    return real(f)->pMethods->xShmUnmap(real(f), del);
}
int xFetch(sqlite3_file *f, sqlite3_int64 o, int n, void **p)
{
    return real(f)->pMethods->xFetch(real(f), o, n, p);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 o, void *p)
{
    return real(f)->pMethods->xUnfetch(real(f), o, p);
}

// The wrapper offers the same method version as the file it wraps.
const sqlite3_io_methods kMethods3 = {3,
                                      xClose,
                                      xRead,
                                      xWrite,
                                      xTruncate,
                                      xSync,
                                      xFileSize,
                                      xLock,
                                      xUnlock,
                                      xCheckReservedLock,
                                      xFileControl,
                                      xSectorSize,
                                      xDeviceCharacteristics,
                                      xShmMap,
                                      xShmLock,
                                      xShmBarrier,
                                      xShmUnmap,
                                      xFetch,
                                      xUnfetch};
const sqlite3_io_methods kMethods2 = {2,
                                      xClose,
                                      xRead,
                                      xWrite,
                                      xTruncate,
                                      xSync,
                                      xFileSize,
                                      xLock,
                                      xUnlock,
                                      xCheckReservedLock,
                                      xFileControl,
                                      xSectorSize,
                                      xDeviceCharacteristics,
                                      xShmMap,
                                      xShmLock,
                                      xShmBarrier,
                                      xShmUnmap,
                                      nullptr,
                                      nullptr};
const sqlite3_io_methods kMethods1 = {1,
                                      xClose,
                                      xRead,
                                      xWrite,
                                      xTruncate,
                                      xSync,
                                      xFileSize,
                                      xLock,
                                      xUnlock,
                                      xCheckReservedLock,
                                      xFileControl,
                                      xSectorSize,
                                      xDeviceCharacteristics,
                                      nullptr,
                                      nullptr,
                                      nullptr,
                                      nullptr,
                                      nullptr,
                                      nullptr};

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *file = reinterpret_cast<File *>(f);
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    sqlite3_vfs *realVfs = state().real;
    const int rc = realVfs->xOpen(realVfs, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK || !file->real->pMethods) {
        file->base.pMethods = nullptr;
        return rc;
    }
    const int version = file->real->pMethods->iVersion;
    file->base.pMethods = version >= 3 ? &kMethods3 : version == 2 ? &kMethods2 : &kMethods1;
    return rc;
}

} // namespace

FaultyVfs::FaultyVfs()
{
    State &s = state();
    s.real = sqlite3_vfs_find(nullptr);
    s.vfs = *s.real;
    s.vfs.zName = "rapport-faulty";
    s.vfs.szOsFile = int(sizeof(File)) + s.real->szOsFile;
    s.vfs.xOpen = xOpen;
    s.vfs.pNext = nullptr;
    s.allowed = -1;
    s.writes = 0;
    s.failed = 0;
    sqlite3_vfs_register(&s.vfs, 1);
}

FaultyVfs::~FaultyVfs()
{
    State &s = state();
    sqlite3_vfs_unregister(&s.vfs);
    sqlite3_vfs_register(s.real, 1);
}

void FaultyVfs::failWritesAfter(int n)
{
    state().allowed = n;
}

void FaultyVfs::disarm()
{
    state().allowed = -1;
}

int FaultyVfs::failedWrites() const
{
    return state().failed;
}

int FaultyVfs::writes() const
{
    return state().writes;
}

} // namespace rapport::test
