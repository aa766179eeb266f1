#include "Backup.h"

#include "storage/Database.h"
#include "storage/SeasonLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace rapport::core {
namespace {

// Pages copied between two crash points when restoring into the live
// database; the copy commits once, after the last step.
constexpr int kPagesPerStep = 16;

// A raw SQLite connection for the other side of sqlite3_backup_*; the
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

// Every row's first column; an SQL error is the error.
Result<QStringList> column(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    QStringList values;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        values << QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    return values;
}

Result<QString> scalar(sqlite3 *db, const char *sql)
{
    auto values = column(db, sql);
    if (!values)
        return values.error();
    return values->value(0);
}

const char *const kSchemaObjects = "SELECT type || ' ' || name FROM sqlite_master WHERE type IN "
                                   "('table', 'index') AND name NOT LIKE 'sqlite_%'";

// The tables and indexes a database of the given schema version has: the
// steps up to it, run on an empty database in memory.
Result<QSet<QString>> schemaObjects(const Migrations &migrations, int version)
{
    RawConnection db(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY);
    if (!db.ok())
        return fail(db.error());
    for (const MigrationStep &step : migrations.steps()) {
        if (step.version > version)
            break;
        for (const QString &statement : step.statements) {
            if (sqlite3_exec(db.get(), statement.toUtf8().constData(), nullptr, nullptr, nullptr) !=
                SQLITE_OK)
                return fail(db.error());
        }
    }
    auto names = column(db.get(), kSchemaObjects);
    if (!names)
        return names.error();
    return QSet<QString>(names->cbegin(), names->cend());
}

// Copies every page of from's main database into to's, waiting up to 10 s
// for another writer. Stepwise, it copies a few pages at a time with a
// crash point between steps.
Status copyPages(sqlite3 *from, sqlite3 *to, const QString &toName, bool stepwise)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return fail(QStringLiteral("cannot start copying into %1: %2")
                        .arg(toName, QString::fromUtf8(sqlite3_errmsg(to))));
    int rc = SQLITE_OK;
    for (int waits = 0; waits < 200;) {
        rc = sqlite3_backup_step(backup, stepwise ? kPagesPerStep : -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            ++waits;
            sqlite3_sleep(50);
        } else if (rc != SQLITE_OK) {
            break;
        }
        if (stepwise)
            crashPoint();
    }
    sqlite3_backup_finish(backup);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return fail(QStringLiteral("another program is writing to %1; try again when it is done")
                        .arg(toName));
    if (rc != SQLITE_DONE)
        return fail(QStringLiteral("copying into %1 failed: %2")
                        .arg(toName, QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

// Copies from's main database into the new, empty file at to and makes it a
// single file without a -wal beside it.
Status copyInto(sqlite3 *from, const QString &to)
{
    RawConnection target(to, SQLITE_OPEN_READWRITE);
    if (!target.ok())
        return fail(QStringLiteral("cannot open %1: %2").arg(to, target.error()));
    if (auto s = copyPages(from, target.get(), to, false); !s)
        return s;
    if (auto mode = scalar(target.get(), "PRAGMA journal_mode = DELETE"); !mode)
        return fail(QStringLiteral("%1: %2").arg(to, mode.errorMessage()));
    return {};
}

// The page size in an SQLite file's header; 0 if there is none.
int pageSizeOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(18);
    if (header.size() < 18 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return 0;
    const int size = (quint8(header.at(16)) << 8) | quint8(header.at(17));
    return size == 1 ? 65536 : size;
}

// Checks the file at path; messages name it as shown.
Result<int> checkFile(const QString &path, const QString &shown, const Migrations &migrations)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1 cannot be read: %2").arg(shown, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(
            QStringLiteral("%1 is not a Rapport backup (it is not an SQLite database)").arg(shown));

    RawConnection db(path, SQLITE_OPEN_READONLY);
    if (!db.ok())
        return fail(QStringLiteral("%1 cannot be opened: %2").arg(shown, db.error()));
    const auto damaged = [&](const QString &what) {
        return fail(QStringLiteral("%1 is damaged (%2); choose another backup").arg(shown, what));
    };
    auto appId = scalar(db.get(), "PRAGMA application_id");
    auto version = scalar(db.get(), "PRAGMA user_version");
    if (!appId || !version)
        return damaged((!appId ? appId : version).errorMessage());
    if (appId->toInt() != Migrations::kApplicationId)
        return fail(QStringLiteral("%1 is not a Rapport backup (it is an SQLite database of "
                                   "another application)")
                        .arg(shown));
    // Rapport's id on a file with no schema (version 0, or a negative one)
    // is no season: nothing in it could be restored.
    if (version->toInt() < 1)
        return fail(QStringLiteral("%1 is not a Rapport backup (it has Rapport's mark but schema "
                                   "version %2, so no season in it)")
                        .arg(shown)
                        .arg(version->toInt()));
    const int latest = migrations.latestVersion();
    if (version->toInt() > latest)
        return fail(QStringLiteral("%1 has schema version %2, newer than this build of Rapport "
                                   "knows (%3); restore it with a newer Rapport")
                        .arg(shown)
                        .arg(version->toInt())
                        .arg(latest));
    auto problems = column(db.get(), "PRAGMA integrity_check(20)");
    if (!problems)
        return damaged(problems.errorMessage());
    if (*problems != QStringList{QStringLiteral("ok")})
        return damaged(problems->size() == 1
                           ? problems->first()
                           : QStringLiteral("%1, and more").arg(problems->first()));
    auto expected = schemaObjects(migrations, version->toInt());
    auto present = column(db.get(), kSchemaObjects);
    if (!expected || !present)
        return damaged((!expected ? expected.errorMessage() : present.errorMessage()));
    QStringList missing = (*expected - QSet<QString>(present->cbegin(), present->cend())).values();
    if (!missing.isEmpty()) {
        // A missing table takes its indexes with it: name the table.
        std::sort(missing.begin(), missing.end(), [](const QString &a, const QString &b) {
            const bool aTable = a.startsWith(QLatin1String("table"));
            return aTable != b.startsWith(QLatin1String("table")) ? aTable : a < b;
        });
        return fail(QStringLiteral("%1 is not a complete Rapport backup: the %2 is missing")
                        .arg(shown, missing.first()));
    }
    return version->toInt();
}

QString freeName(const QString &base)
{
    QString name = base;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base + QStringLiteral("-%1").arg(n);
    return name;
}

// Copies source's file as it is into a new file at target (or fails).
Status copyBytes(const QString &source, const QString &target)
{
    if (!QFileInfo::exists(source))
        return {};
    auto partial = PartialFile::create(target);
    if (!partial)
        return partial.error();
    QFile from(source);
    QFile to((*partial)->path());
    if (!from.open(QIODevice::ReadOnly) || !to.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot copy %1: %2").arg(source, from.errorString()));
    while (!from.atEnd()) {
        const QByteArray chunk = from.read(1 << 20);
        if (chunk.isEmpty() || to.write(chunk) != chunk.size())
            return fail(
                QStringLiteral("cannot copy %1 to %2: %3").arg(source, target, to.errorString()));
    }
    to.close();
    return (*partial)->commit(target, PartialFile::Existing::Refuse);
}

// Whether the file at path is damaged, as opposed to locked, foreign or
// unreadable: only then may restore replace it as a file.
bool isDamaged(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(16);
    if (!header.isEmpty() && header != QByteArrayLiteral("SQLite format 3\0"))
        return true;
    RawConnection db(path, SQLITE_OPEN_READONLY);
    if (!db.ok())
        return false;
    auto check = column(db.get(), "PRAGMA quick_check(1)");
    if (check)
        return *check != QStringList{QStringLiteral("ok")};
    const int code = sqlite3_errcode(db.get()) & 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

// Makes the staged copy the database when the database itself cannot be
// opened (it is damaged): the file is kept byte for byte, then replaced.
Status replaceUnopenable(const QString &live, const PartialFile &staged, const QString &savedAs)
{
    if (auto s = copyBytes(live + QStringLiteral("-wal"), savedAs + QStringLiteral("-wal")); !s)
        return s;
    if (auto s = copyBytes(live, savedAs); !s)
        return s;
    crashPoint();
    // A stale -wal would be read into the new file.
    QFile::remove(live + QStringLiteral("-wal"));
    QFile::remove(live + QStringLiteral("-shm"));
    crashPoint();
    if (std::rename(QFile::encodeName(staged.path()).constData(),
                    QFile::encodeName(live).constData()) != 0)
        return fail(QStringLiteral("cannot put the restored copy at %1").arg(live));
    return syncToDisk(QFileInfo(live).absolutePath());
}

} // namespace

Status Backup::create(Database &db, const QString &target, PartialFile::Existing existing)
{
    if (target.isEmpty())
        return fail(QStringLiteral("no backup file given"));
    const QFileInfo info(target);
    if (info.exists() && info.canonicalFilePath() == QFileInfo(db.path()).canonicalFilePath())
        return fail(QStringLiteral("%1 is the database itself; choose another file for the backup")
                        .arg(target));
    if (existing == PartialFile::Existing::Refuse && (info.exists() || info.isSymLink()))
        return fail(
            QStringLiteral("%1 already exists; choose a new name for the backup").arg(target));
    auto output = outputTarget(target);
    if (!output)
        return output.error();
    // The same connection's uncommitted changes would be copied too.
    if (db.transactionDepth() > 0)
        return fail(QStringLiteral("cannot back up %1 in the middle of a change").arg(db.path()));
    sqlite3 *source = db.handle();
    if (!source)
        return fail(QStringLiteral("%1 has no open SQLite connection").arg(db.path()));

    // A season a Rapport window has open would lose what the window writes
    // next, and its -wal would be read into the copy.
    if (info.exists() && SeasonLock::isHeld(*output))
        return fail(QStringLiteral("%1 is open in a Rapport window; close it there before "
                                   "replacing it")
                        .arg(target));

    auto partial = PartialFile::create(*output);
    if (!partial)
        return partial.error();
    crashPoint();
    if (auto s = copyInto(source, (*partial)->path()); !s)
        return fail(QStringLiteral("backup of %1 failed: %2").arg(db.path(), s.errorMessage()));
    crashPoint();
    // What a killed writer left beside a replaced file belongs to the old one.
    QFile::remove(*output + QStringLiteral("-wal"));
    QFile::remove(*output + QStringLiteral("-shm"));
    return (*partial)->commit(*output, existing);
}

Result<int> Backup::check(const QString &source, const Migrations &migrations)
{
    return checkFile(source, source, migrations);
}

Result<RestoreReport> Backup::restore(const QString &source, const QString &databasePath,
                                      const QDateTime &now, const Migrations &migrations)
{
    // A symbolic link stays; the season it names is restored.
    const QString live = linkTarget(databasePath);
    const QFileInfo current(live);
    const bool existed = current.exists();
    if (existed && current.canonicalFilePath() == QFileInfo(source).canonicalFilePath())
        return fail(QStringLiteral("%1 is the database itself; choose a backup file").arg(source));
    auto version = check(source, migrations);
    if (!version)
        return version.error();
    if (!current.absoluteDir().exists() && !QDir().mkpath(current.absolutePath()))
        return fail(QStringLiteral("cannot create the folder %1").arg(current.absolutePath()));

    // The copy is made, checked as copied, migrated and marked beside the
    // database before the database is touched.
    auto staged = PartialFile::create(live);
    if (!staged)
        return staged.error();
    const QString staging = (*staged)->path();
    crashPoint();
    {
        RawConnection from(source, SQLITE_OPEN_READONLY);
        const Status copied =
            from.ok() ? copyInto(from.get(), staging) : Status(fail(from.error()));
        if (!copied)
            return fail(QStringLiteral("cannot copy %1: %2").arg(source, copied.errorMessage()));
    }
    crashPoint();
    RestoreReport report;
    if (auto copied = checkFile(staging, source, migrations); !copied)
        return copied.error();
    else
        report.fromVersion = *copied;
    // The backup API copies into a WAL database only at its own page size.
    if (const int pageSize = pageSizeOf(live); pageSize > 0 && pageSize != pageSizeOf(staging)) {
        RawConnection db(staging, SQLITE_OPEN_READWRITE);
        const QByteArray sql = "PRAGMA page_size = " + QByteArray::number(pageSize) + "; VACUUM";
        if (!db.ok() || sqlite3_exec(db.get(), sql.constData(), nullptr, nullptr, nullptr))
            return fail(QStringLiteral("cannot copy %1: %2").arg(source, db.error()));
    }
    {
        auto db = Database::open(staging, migrations);
        if (!db)
            return fail(QStringLiteral("%1 cannot be brought up to this version of Rapport (%2); "
                                       "the season is unchanged")
                            .arg(source, db.errorMessage()));
        auto latest = (*db)->userVersion();
        if (!latest)
            return latest.error();
        report.toVersion = *latest;
        // Whoever read the season before must read it whole again.
        QSqlQuery renew((*db)->connection());
        if (!renew.exec(QStringLiteral("UPDATE revision SET epoch = random()")))
            return fail(QStringLiteral("cannot mark the copy of %1 as restored: %2")
                            .arg(source, renew.lastError().text()));
    }
    crashPoint();

    const QString savedAs = freeName(live + QStringLiteral(".before-restore-") +
                                     now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    auto db = Database::open(live, migrations);
    if (!db) {
        if (!existed || !isDamaged(live))
            return fail(QStringLiteral("%1; nothing was restored").arg(db.errorMessage()));
        if (auto s = replaceUnopenable(live, **staged, savedAs); !s)
            return fail(QStringLiteral("%1; %2 may be incomplete").arg(s.errorMessage(), live));
        report.savedAs = savedAs;
        return report;
    }
    if (existed) {
        // The season replaced, with the commits still in its WAL, as one file.
        auto saved = PartialFile::create(savedAs);
        if (!saved)
            return saved.error();
        if (auto s = copyInto((*db)->handle(), (*saved)->path()); !s)
            return fail(QStringLiteral("cannot keep a copy of %1: %2; nothing was restored")
                            .arg(live, s.errorMessage()));
        if (auto s = (*saved)->commit(savedAs, PartialFile::Existing::Refuse); !s)
            return fail(QStringLiteral("cannot keep a copy of %1: %2; nothing was restored")
                            .arg(live, s.errorMessage()));
        report.savedAs = savedAs;
    }
    RawConnection from(staging, SQLITE_OPEN_READWRITE);
    if (!from.ok())
        return fail(QStringLiteral("cannot read the copy of %1: %2").arg(source, from.error()));
    if (auto s = copyPages(from.get(), (*db)->handle(), live, true); !s)
        return fail(QStringLiteral("%1; the season is unchanged").arg(s.errorMessage()));
    crashPoint();
    return report;
}

} // namespace rapport::core
