#pragma once

#include "Result.h"
#include "storage/Migrations.h"

#include <QDateTime>
#include <QString>

namespace rapport::core {

class Database;

struct RestoreReport
{
    QString savedAs;     // where the replaced database now is; empty if there was none
    int fromVersion = 0; // the schema version of the restored file
    int toVersion = 0;   // after migration (this build's latest)
};

// Whole-database backup and restore.
class Backup final
{
public:
    // A consistent copy of the open database made with SQLite's online
    // backup API: the connection stays usable, commits still in the WAL are
    // included, uncommitted changes of other connections are not. The copy
    // is one self-contained file (rollback journal mode), readable by the
    // owner only. An existing target is never overwritten.
    static Status create(Database &db, const QString &target);

    // Whether source can be restored: an SQLite file whose integrity check
    // passes, marked as a Rapport database, with a schema no newer than this
    // build knows. Returns its schema version.
    static Result<int> check(const QString &source, const Migrations &migrations = Migrations());

    // Replaces the database file at databasePath with a copy of source; the
    // caller has closed its connection and reopens it afterwards. source is
    // checked before anything is touched. The replaced file is kept beside
    // it as PATH.before-restore-YYYYMMDD-HHMMSS (with its -wal, if any).
    // The restored copy is opened once, which migrates an older schema; if
    // that fails, the replaced file is put back.
    static Result<RestoreReport> restore(const QString &source, const QString &databasePath,
                                         const QDateTime &now,
                                         const Migrations &migrations = Migrations());
};

} // namespace rapport::core
