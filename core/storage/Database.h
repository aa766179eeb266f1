#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;
class QSqlError;
class QSqlQuery;

namespace rapport::core {

class Migrations;

// One named QSQLITE connection to one Rapport file. The file is checked
// before anything is written to it: a file that is not a Rapport database,
// is damaged, or has a newer schema is refused and left untouched.
class Database final
{
public:
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    static Result<std::unique_ptr<Database>> open(const QString &path);
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  const Migrations &migrations);

    // --database beats RAPPORT_DATABASE beats the app-data folder.
    static QString resolvePath(const QString &option);
    static QString defaultPath();

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    sqlite3 *handle() const;

    Result<int> userVersion() const;

    // Lets SQLite's page cache go (up to 2 MB): for a connection that reads
    // the whole season now and then, and holds nothing it needs in between.
    void releaseMemory() const;

    // How long a writer waits for another program's lock before giving up.
    static constexpr int kBusyTimeoutMs = 5000;

    // One line for the user: what happened to the file at path and what to
    // do, for an error SQLite reported (never SQL, never Qt's "Unable to
    // fetch row"). A full disk, a lock held too long, a damaged or
    // read-only file each get their own wording.
    static QString describe(const QSqlError &error, const QString &path);
    static QString describe(int sqliteCode, const QString &message, const QString &path);
    // The same for the connection a query ran on.
    static QString describe(const QSqlQuery &query);

    // Open transactions and savepoints; maintained by Transaction.
    int transactionDepth() const { return m_transactionDepth; }

private:
    Database(QString path, QString connectionName);

    static Status inspectExisting(const QString &path, int latestVersion);
    static Status createEmptyFile(const QString &path);
    Status configure();

    QString m_path;
    QString m_connectionName;
    int m_transactionDepth = 0;

    friend class Transaction;
};

} // namespace rapport::core
