#include "QuotaRepository.h"

#include "Database.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace rapport::core {
namespace {

const QString kMinGapKey = QStringLiteral("quota.min_gap_days");

Status checkLimit(const QString &quota, const QuotaLimit &limit)
{
    if (!QuotaPolicy::quotaNames().contains(quota))
        return fail(QStringLiteral("unknown quota \"%1\" (expected one of %2)")
                        .arg(quota, QuotaPolicy::quotaNames().join(QStringLiteral(", "))));
    if ((limit.recommended && *limit.recommended < 0) || (limit.maximum && *limit.maximum < 0))
        return fail(QStringLiteral("quota %1: counts cannot be negative").arg(quota));
    if (limit.recommended && limit.maximum && *limit.recommended > *limit.maximum)
        return fail(QStringLiteral("quota %1: recommended %2 is above the maximum %3")
                        .arg(quota)
                        .arg(*limit.recommended)
                        .arg(*limit.maximum));
    return {};
}

Status runWrite(Database &db, const QString &sqlText, const QVariantList &values,
                const QString &what)
{
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    QSqlQuery q(db.connection());
    if (auto s = sql::prepare(q, sqlText); !s)
        return s;
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (auto s = sql::exec(q, what); !s)
        return s;
    return tx.commit();
}

} // namespace

Result<QuotaPolicy> QuotaRepository::load() const
{
    QuotaPolicy policy;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT quota, recommended, maximum FROM quota_defaults")))
        return fail(QStringLiteral("could not read quota defaults: %1").arg(q.lastError().text()));
    while (q.next())
        policy.limits.insert(q.value(0).toString(),
                             {sql::optionalIntFrom(q.value(1)), sql::optionalIntFrom(q.value(2))});
    if (!q.exec(QStringLiteral("SELECT program_id, quota, recommended, maximum FROM "
                               "quota_overrides")))
        return fail(QStringLiteral("could not read quota overrides: %1").arg(q.lastError().text()));
    while (q.next())
        policy.overrides[q.value(0).toLongLong()].insert(
            q.value(1).toString(),
            {sql::optionalIntFrom(q.value(2)), sql::optionalIntFrom(q.value(3))});
    if (auto s = sql::prepare(q, QStringLiteral("SELECT value FROM settings WHERE key = ?")); !s)
        return s.error();
    q.addBindValue(kMinGapKey);
    if (auto s = sql::exec(q, QStringLiteral("read the minimum gap")); !s)
        return s.error();
    if (q.next())
        policy.minGapDays = q.value(0).toInt();
    return policy;
}

Status QuotaRepository::setDefault(const QString &quota, const QuotaLimit &limit)
{
    if (auto s = checkLimit(quota, limit); !s)
        return s;
    return runWrite(m_db,
                    QStringLiteral("INSERT OR REPLACE INTO quota_defaults (quota, recommended, "
                                   "maximum) VALUES (?, ?, ?)"),
                    {quota, sql::optionalInt(limit.recommended), sql::optionalInt(limit.maximum)},
                    QStringLiteral("save quota %1").arg(quota));
}

Status QuotaRepository::clearDefault(const QString &quota)
{
    return runWrite(m_db, QStringLiteral("DELETE FROM quota_defaults WHERE quota = ?"), {quota},
                    QStringLiteral("clear quota %1").arg(quota));
}

Status QuotaRepository::setOverride(qint64 programId, const QString &quota, const QuotaLimit &limit)
{
    if (auto s = checkLimit(quota, limit); !s)
        return s;
    return runWrite(
        m_db,
        QStringLiteral("INSERT OR REPLACE INTO quota_overrides (program_id, quota, "
                       "recommended, maximum) VALUES (?, ?, ?, ?)"),
        {programId, quota, sql::optionalInt(limit.recommended), sql::optionalInt(limit.maximum)},
        QStringLiteral("save quota %1 for program %2").arg(quota).arg(programId));
}

Status QuotaRepository::clearOverride(qint64 programId, const QString &quota)
{
    return runWrite(
        m_db, QStringLiteral("DELETE FROM quota_overrides WHERE program_id = ? AND quota = ?"),
        {programId, quota},
        QStringLiteral("clear quota %1 for program %2").arg(quota).arg(programId));
}

Status QuotaRepository::setMinGapDays(std::optional<int> days)
{
    if (days && (*days < 0 || *days > 365))
        return fail(QStringLiteral("minimum gap %1 days is outside 0-365").arg(*days));
    if (!days)
        return runWrite(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {kMinGapKey},
                        QStringLiteral("clear the minimum gap"));
    return runWrite(m_db,
                    QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"),
                    {kMinGapKey, QString::number(*days)}, QStringLiteral("save the minimum gap"));
}

} // namespace rapport::core
