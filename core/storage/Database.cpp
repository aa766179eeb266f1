#include "Database.h"

#include "Migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

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
            result =
                fail(QStringLiteral("%1 cannot be opened: %2").arg(path, db.lastError().text()));
        else
            result = fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<QVariant> scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return fail(q.lastError().text());
    return q.value(0);
}

} // namespace

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
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/rapport.sqlite");
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

Result<int> Database::userVersion() const
{
    QSqlDatabase db = connection();
    auto v = scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!v)
        return fail(QStringLiteral("cannot read the schema version of %1: %2")
                        .arg(m_path, v.errorMessage()));
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
        auto appId = scalar(db, QStringLiteral("PRAGMA application_id"));
        auto version = scalar(db, QStringLiteral("PRAGMA user_version"));
        auto tables = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!appId || !version || !tables)
            return fail(QStringLiteral("%1 is damaged: %2")
                            .arg(path, (!appId     ? appId
                                        : !version ? version
                                                   : tables)
                                           .errorMessage()));
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
        auto check = scalar(db, QStringLiteral("PRAGMA quick_check"));
        if (!check || check->toString() != QLatin1String("ok"))
            return fail(QStringLiteral("%1 is damaged (integrity check: %2)")
                            .arg(path, check ? check->toString() : check.errorMessage()));
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
    const char *pragmas[] = {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                             "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000"};
    for (const char *pragma : pragmas) {
        if (!q.exec(QLatin1String(pragma)))
            return fail(QStringLiteral("%1: %2 failed: %3")
                            .arg(m_path, QLatin1String(pragma), q.lastError().text()));
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
        if (auto s = inspectExisting(path, migrations.latestVersion()); !s)
            return s.error();
    } else if (auto s = createEmptyFile(path); !s) {
        return s.error();
    }

    std::unique_ptr<Database> db(new Database(path, nextConnectionName("main")));
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    conn.setDatabaseName(path);
    if (!conn.open())
        return fail(QStringLiteral("%1 cannot be opened: %2").arg(path, conn.lastError().text()));
    if (auto s = db->configure(); !s)
        return s.error();
    if (auto s = migrations.apply(*db); !s)
        return s.error();
    return db;
}

} // namespace rapport::core
