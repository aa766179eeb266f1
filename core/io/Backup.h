#pragma once

#include "Result.h"
#include "io/BackupFiles.h"
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
    // owner only, written beside the target and renamed into place once it
    // is on disk. An existing target is kept unless existing is Replace.
    static Status create(Database &db, const QString &target,
                         PartialFile::Existing existing = PartialFile::Existing::Refuse);

    // Whether source can be restored: an SQLite file marked as a Rapport
    // database, with a schema no newer than this build knows, holding every
    // table and index of its schema version, whose integrity check passes.
    // Returns its schema version.
    static Result<int> check(const QString &source, const Migrations &migrations = Migrations());

    // Makes the database at databasePath (or at the file a symbolic link
    // there names) a copy of source. source is copied beside it, checked,
    // migrated and given a new revision epoch before anything is touched;
    // the replaced season is kept as one complete file (its WAL included),
    // PATH.before-restore-YYYYMMDD-HHMMSS; then SQLite's backup API copies
    // the new season into the database in one transaction, so a crash at any
    // moment leaves the old season or the new one. Connections open on the
    // database meanwhile read the new season on their next read.
    static Result<RestoreReport> restore(const QString &source, const QString &databasePath,
                                         const QDateTime &now,
                                         const Migrations &migrations = Migrations());
};

} // namespace rapport::core
