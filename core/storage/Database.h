#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

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
