#include "Database.h"

#include "AppSettings.h"
#include "Migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <unistd.h>

namespace rapport::core {
namespace {

QString nextConnectionName(const char *purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("rapport-%1-%2").arg(QLatin1String(purpose)).arg(++counter);
}

// Runs fn on a read-only connection, so that inspecting a file can never
// change it.
template <typename Fn> Status withReadOnly(const QString &path, Fn fn)
{
    const QString name = nextConnectionName("inspect");
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            result = fail(Database::describe(db.lastError(), path));
        else
            result = fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<QVariant> scalar(QSqlDatabase &db, const QString &sql, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return fail(Database::describe(q.lastError(), path));
    return q.value(0);
}

// The first line of a report such as integrity_check's, which starts with
// a header and runs on for pages.
QString firstProblem(const QString &report)
{
    const QStringList lines = report.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("***")))
            return lines.size() > 1 ? line.trimmed() + QStringLiteral(", and more")
                                    : line.trimmed();
    }
    return report.simplified();
}

bool mayWrite(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

QString readOnlyText(const QString &path, const QString &detail)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!mayWrite(folder))
        return QStringLiteral("%1 cannot be changed: its folder %2 is read-only; copy the season "
                              "to a folder you may write to")
            .arg(path, folder);
    if (QFileInfo::exists(path) && !mayWrite(path))
        return QStringLiteral("%1 cannot be changed: the file is read-only; make it writable "
                              "(chmod u+w) and try again")
            .arg(path);
    return QStringLiteral("%1 cannot be opened for writing (%2); check the permissions of the "
                          "file and its folder")
        .arg(path, detail);
}

} // namespace

QString Database::describe(const QSqlError &error, const QString &path)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return describe(ok ? code : SQLITE_ERROR, text, path);
}

QString Database::describe(const QSqlQuery &query)
{
    QString path;
    const QVariant v = query.driver() ? query.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) {
        sqlite3 *db = *static_cast<sqlite3 *const *>(v.constData());
        if (const char *name = db ? sqlite3_db_filename(db, "main") : nullptr)
            path = QFile::decodeName(name);
    }
    return describe(query.lastError(), path.isEmpty() ? QStringLiteral("the season") : path);
}

QString Database::describe(int sqliteCode, const QString &message, const QString &path)
{
    const QString what = message.simplified();
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("%1 is held by another program (a Rapport window or rapport-cli) "
                              "that did not let go within %2 seconds; try again when it is done")
            .arg(path)
            .arg(kBusyTimeoutMs / 1000);
    case SQLITE_FULL:
        return QStringLiteral("%1 could not be written: the disk is full; free some space and "
                              "try again")
            .arg(path);
    case SQLITE_IOERR:
        return QStringLiteral("%1 could not be read or written (%2): the disk may be full or "
                              "failing; free some space or check the disk, then try again")
            .arg(path, what);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QStringLiteral("%1 is damaged (%2); restore a backup (File > Restore, or "
                              "rapport-cli restore FILE)")
            .arg(path, firstProblem(message));
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH: return readOnlyText(path, what);
    default: // a constraint or a rule: its own words say it
        return what;
    }
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return appDataFolder() + QStringLiteral("/rapport.sqlite");
}

QString Database::resolvePath(const QString &option)
{
    if (!option.isEmpty())
        return option;
    QString env = qEnvironmentVariable("RAPPORT_DATABASE");
    if (!env.isEmpty())
        return env;
    return defaultPath();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

void Database::releaseMemory() const
{
    if (sqlite3 *db = handle())
        sqlite3_db_release_memory(db);
}

Result<int> Database::userVersion() const
{
    QSqlDatabase db = connection();
    auto v = scalar(db, QStringLiteral("PRAGMA user_version"), m_path);
    if (!v)
        return v.error();
    return v->toInt();
}

Status Database::inspectExisting(const QString &path, int latestVersion)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty())
        return {}; // an empty file is a new database
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(
            QStringLiteral("%1 is not a Rapport database (it is not an SQLite file)").arg(path));

    return withReadOnly(path, [&](QSqlDatabase &db) -> Status {
        auto appId = scalar(db, QStringLiteral("PRAGMA application_id"), path);
        auto version = scalar(db, QStringLiteral("PRAGMA user_version"), path);
        auto tables = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), path);
        if (!appId || !version || !tables)
            return (!appId ? appId : !version ? version : tables).error();
        const bool ours = appId->toInt() == Migrations::kApplicationId;
        if (!ours && (appId->toInt() != 0 || tables->toInt() > 0))
            return fail(QStringLiteral("%1 is not a Rapport database (it is an SQLite file of "
                                       "another application)")
                            .arg(path));
        if (version->toInt() > latestVersion)
            return fail(QStringLiteral("%1 has schema version %2, newer than this build of "
                                       "Rapport knows (%3); open it with a newer Rapport")
                            .arg(path)
                            .arg(version->toInt())
                            .arg(latestVersion));
        auto check = scalar(db, QStringLiteral("PRAGMA quick_check"), path);
        if (!check)
            return check.error();
        if (check->toString() != QLatin1String("ok"))
            return fail(describe(SQLITE_CORRUPT, check->toString(), path));
        return {};
    });
}

Status Database::createEmptyFile(const QString &path)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral(".")))
            return fail(QStringLiteral("cannot create the folder %1").arg(dir.absolutePath()));
        QFile::setPermissions(dir.absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));
    // Owner-only before SQLite writes a byte; its -wal and -shm files copy
    // these permissions.
    if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return fail(QStringLiteral("cannot make %1 private: %2").arg(path, file.errorString()));
    return {};
}

Status Database::configure()
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    // foreign_keys is per connection and ignored inside a transaction.
    const QString pragmas[] = {QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
                               QStringLiteral("PRAGMA foreign_keys = ON"),
                               QStringLiteral("PRAGMA journal_mode = WAL"),
                               QStringLiteral("PRAGMA synchronous = NORMAL")};
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            return fail(describe(q.lastError(), m_path));
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return open(path, Migrations());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Migrations &migrations)
{
    if (path.isEmpty())
        return fail(QStringLiteral("no database path given"));
    if (QFileInfo::exists(path)) {
        if (QFileInfo(path).isDir())
            return fail(QStringLiteral("%1 is a folder, not a Rapport database").arg(path));
        // SQLite needs its -wal and -shm files beside the season: say so
        // before anything reads it.
        if (!mayWrite(QFileInfo(path).absolutePath()) || !mayWrite(path))
            return fail(readOnlyText(path, QString()));
        if (auto s = inspectExisting(path, migrations.latestVersion()); !s)
            return s.error();
    } else if (auto s = createEmptyFile(path); !s) {
        return s.error();
    }

    std::unique_ptr<Database> db(new Database(path, nextConnectionName("main")));
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    conn.setDatabaseName(path);
    if (!conn.open())
        return fail(describe(conn.lastError(), path));
    if (auto s = db->configure(); !s)
        return s.error();
    if (auto s = migrations.apply(*db); !s)
        return s.error();
    return db;
}

} // namespace rapport::core
