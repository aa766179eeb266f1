#include "Migrations.h"

#include "Database.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rapport::core {

Migrations::Migrations(QList<MigrationStep> steps) : m_steps(std::move(steps)) {}

int Migrations::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.last().version;
}

Status Migrations::apply(Database &db) const
{
    const auto current = db.userVersion();
    if (!current)
        return current.error();
    if (*current > latestVersion()) {
        return fail(QStringLiteral("%1 has schema version %2, newer than this build of Rapport "
                                   "knows (%3); open it with a newer Rapport")
                        .arg(db.path())
                        .arg(*current)
                        .arg(latestVersion()));
    }
    if (*current == latestVersion())
        return {};

    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    QSqlQuery query(db.connection());
    for (const MigrationStep &step : m_steps) {
        if (step.version <= *current)
            continue;
        for (const QString &statement : step.statements) {
            if (!query.exec(statement)) {
                return fail(QStringLiteral("schema upgrade to version %1 (%2) failed: %3")
                                .arg(step.version)
                                .arg(step.description, query.lastError().text()));
            }
        }
    }
    // user_version cannot be bound; it is an int we format ourselves.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestVersion())))
        return fail(
            QStringLiteral("could not record schema version: %1").arg(query.lastError().text()));
    return tx.commit();
}

} // namespace rapport::core
