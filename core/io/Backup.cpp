#include "Backup.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <sqlite3.h>

namespace rapport::core {
namespace {

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
const char *const kSidecars[] = {"-wal", "-shm", "-journal"};

// A raw SQLite connection for the copy's side of sqlite3_backup_*; the
// handle is closed even when opening failed, as SQLite requires.
class RawConnection
{
public:
    RawConnection(const QString &path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    }
    ~RawConnection() { sqlite3_close(m_db); }
    Q_DISABLE_COPY_MOVE(RawConnection)

    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3 *get() const { return m_db; }
    QString error() const
    {
        return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(m_rc));
    }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

Result<QString> scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    const int rc = sqlite3_step(statement);
    QString value;
    if (rc == SQLITE_ROW)
        value =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    return value;
}

// Copies every page of from's main database into the (new, empty) file at
// to, then makes it a single file without a -wal beside it.
Status copyInto(sqlite3 *from, const QString &to)
{
    RawConnection target(to, SQLITE_OPEN_READWRITE);
    if (!target.ok())
        return fail(QStringLiteral("cannot open %1: %2").arg(to, target.error()));
    sqlite3_backup *backup = sqlite3_backup_init(target.get(), "main", from, "main");
    if (!backup)
        return fail(QStringLiteral("cannot start copying into %1: %2").arg(to, target.error()));
    int rc = SQLITE_OK;
    for (int waits = 0; waits < 200;) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            ++waits; // another process is writing: wait for it, up to 10 s
            sqlite3_sleep(50);
        } else if (rc != SQLITE_OK) {
            break;
        }
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return fail(QStringLiteral("copying into %1 failed: %2")
                        .arg(to, QString::fromUtf8(sqlite3_errstr(rc))));
    if (auto mode = scalar(target.get(), "PRAGMA journal_mode = DELETE"); !mode)
        return fail(QStringLiteral("%1: %2").arg(to, mode.errorMessage()));
    return {};
}

// A new, empty, owner-only file beside path, for a copy that is renamed into
// place only once it is complete.
Result<QString> newPartialFile(const QString &path)
{
    const QFileInfo info(path);
    QTemporaryFile file(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                        QStringLiteral(".partial-XXXXXX"));
    file.setAutoRemove(false);
    if (!file.open())
        return fail(QStringLiteral("cannot create a file in %1: %2")
                        .arg(info.absolutePath(), file.errorString()));
    if (!file.setPermissions(kOwnerOnly))
        return fail(
            QStringLiteral("cannot make %1 private: %2").arg(file.fileName(), file.errorString()));
    return file.fileName();
}

void removeWithSidecars(const QString &path)
{
    QFile::remove(path);
    for (const char *suffix : kSidecars)
        QFile::remove(path + QLatin1String(suffix));
}

// Renames path and any -wal/-shm beside it, so uncheckpointed commits stay
// with their database.
bool moveWithSidecars(const QString &from, const QString &to)
{
    if (!QFile::rename(from, to))
        return false;
    for (const char *suffix : kSidecars) {
        if (QFile::exists(from + QLatin1String(suffix)))
            QFile::rename(from + QLatin1String(suffix), to + QLatin1String(suffix));
    }
    return true;
}

QString freeName(const QString &base)
{
    QString name = base;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base + QStringLiteral("-%1").arg(n);
    return name;
}

} // namespace

Status Backup::create(Database &db, const QString &target)
{
    if (target.isEmpty())
        return fail(QStringLiteral("no backup file given"));
    const QFileInfo info(target);
    if (info.exists())
        return fail(
            QStringLiteral("%1 already exists; choose a new name for the backup").arg(target));
    if (!info.absoluteDir().exists())
        return fail(QStringLiteral("the folder %1 does not exist").arg(info.absolutePath()));
    // The same connection's uncommitted changes would be copied too.
    if (db.transactionDepth() > 0)
        return fail(QStringLiteral("cannot back up %1 in the middle of a change").arg(db.path()));
    sqlite3 *source = db.handle();
    if (!source)
        return fail(QStringLiteral("%1 has no open SQLite connection").arg(db.path()));

    auto partial = newPartialFile(target);
    if (!partial)
        return partial.error();
    if (auto s = copyInto(source, *partial); !s) {
        removeWithSidecars(*partial);
        return fail(QStringLiteral("backup of %1 failed: %2").arg(db.path(), s.errorMessage()));
    }
    if (!QFile::rename(*partial, target)) {
        removeWithSidecars(*partial);
        return fail(
            QStringLiteral("cannot create %1 (it may have appeared meanwhile)").arg(target));
    }
    QFile::setPermissions(target, kOwnerOnly);
    return {};
}

Result<int> Backup::check(const QString &source, const Migrations &migrations)
{
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1 cannot be read: %2").arg(source, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(QStringLiteral("%1 is not a Rapport backup (it is not an SQLite database)")
                        .arg(source));

    RawConnection db(source, SQLITE_OPEN_READONLY);
    if (!db.ok())
        return fail(QStringLiteral("%1 cannot be opened: %2").arg(source, db.error()));
    auto integrity = scalar(db.get(), "PRAGMA integrity_check");
    if (!integrity || *integrity != QLatin1String("ok"))
        return fail(QStringLiteral("%1 is damaged (integrity check: %2)")
                        .arg(source, integrity ? *integrity : integrity.errorMessage()));
    auto appId = scalar(db.get(), "PRAGMA application_id");
    auto version = scalar(db.get(), "PRAGMA user_version");
    if (!appId || !version)
        return fail(QStringLiteral("%1 cannot be read: %2")
                        .arg(source, (!appId ? appId : version).errorMessage()));
    if (appId->toInt() != Migrations::kApplicationId)
        return fail(QStringLiteral("%1 is not a Rapport backup (it is an SQLite database of "
                                   "another application)")
                        .arg(source));
    const int latest = migrations.latestVersion();
    if (version->toInt() > latest)
        return fail(QStringLiteral("%1 has schema version %2, newer than this build of Rapport "
                                   "knows (%3); restore it with a newer Rapport")
                        .arg(source)
                        .arg(version->toInt())
                        .arg(latest));
    return version->toInt();
}

Result<RestoreReport> Backup::restore(const QString &source, const QString &databasePath,
                                      const QDateTime &now, const Migrations &migrations)
{
    const QFileInfo current(databasePath);
    if (current.exists() && current.canonicalFilePath() == QFileInfo(source).canonicalFilePath())
        return fail(QStringLiteral("%1 is the database itself; choose a backup file").arg(source));
    auto version = check(source, migrations);
    if (!version)
        return version.error();
    if (!current.absoluteDir().exists() && !QDir().mkpath(current.absolutePath()))
        return fail(QStringLiteral("cannot create the folder %1").arg(current.absolutePath()));

    // The copy is made and checked beside the database before anything moves.
    auto staging = newPartialFile(databasePath);
    if (!staging)
        return staging.error();
    {
        RawConnection from(source, SQLITE_OPEN_READONLY);
        const Status copied =
            from.ok() ? copyInto(from.get(), *staging) : Status(fail(from.error()));
        if (!copied) {
            removeWithSidecars(*staging);
            return fail(QStringLiteral("cannot copy %1: %2").arg(source, copied.errorMessage()));
        }
    }

    RestoreReport report;
    report.fromVersion = *version;
    if (current.exists()) {
        report.savedAs = freeName(databasePath + QStringLiteral(".before-restore-") +
                                  now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (!moveWithSidecars(databasePath, report.savedAs)) {
            removeWithSidecars(*staging);
            return fail(
                QStringLiteral("cannot move %1 aside; nothing was restored").arg(databasePath));
        }
    }
    const auto putBack = [&] {
        removeWithSidecars(databasePath);
        if (!report.savedAs.isEmpty())
            moveWithSidecars(report.savedAs, databasePath);
    };
    if (!QFile::rename(*staging, databasePath)) {
        removeWithSidecars(*staging);
        putBack();
        return fail(QStringLiteral("cannot put the restored copy at %1; the database is unchanged")
                        .arg(databasePath));
    }
    // Opening migrates an older schema; a failure puts the old file back.
    auto opened = Database::open(databasePath, migrations);
    if (!opened) {
        putBack();
        return fail(QStringLiteral("the restored copy of %1 cannot be opened (%2); the database "
                                   "is unchanged")
                        .arg(source, opened.errorMessage()));
    }
    auto latest = (*opened)->userVersion();
    if (!latest)
        return latest.error();
    // Whoever read the file before must read it whole again.
    QSqlQuery renew((*opened)->connection());
    if (!renew.exec(QStringLiteral("UPDATE revision SET epoch = random()")))
        return fail(QStringLiteral("cannot mark %1 as restored: %2")
                        .arg(databasePath, renew.lastError().text()));
    report.toVersion = *latest;
    return report;
}

} // namespace rapport::core
