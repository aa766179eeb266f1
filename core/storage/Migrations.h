#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::core {

class Database;

struct MigrationStep
{
    int version; // the user_version after this step
    QString description;
    QStringList statements; // one statement each: QSQLITE runs one per exec()
};

// Ordered schema steps, applied from the stored user_version to the latest
// in one transaction; the version is written last, so a failed step leaves
// the file exactly as it was.
class Migrations final
{
public:
    // 'RPPT': marks a file as a Rapport database (PRAGMA application_id).
    static constexpr int kApplicationId = 0x52505054;

    explicit Migrations(QList<MigrationStep> steps = builtInSteps());

    int latestVersion() const;
    const QList<MigrationStep> &steps() const { return m_steps; }
    Status apply(Database &db) const;

    static const QList<MigrationStep> &builtInSteps();

private:
    QList<MigrationStep> m_steps;
};

} // namespace rapport::core
