#pragma once

#include "Result.h"
#include "domain/QuotaPolicy.h"

namespace rapport::core {

class Database;

// The user's quota settings: season-wide limits, the minimum gap, and
// per-program overrides. Unset values fall back to the rule data.
class QuotaRepository final
{
public:
    explicit QuotaRepository(Database &db) : m_db(db) {}

    Result<QuotaPolicy> load() const;
    Status setDefault(const QString &quota, const QuotaLimit &limit);
    // Back to the rule data's default, as before the quota was first saved.
    Status clearDefault(const QString &quota);
    Status setOverride(qint64 programId, const QString &quota, const QuotaLimit &limit);
    Status clearOverride(qint64 programId, const QString &quota);
    Status setMinGapDays(std::optional<int> days);

private:
    Database &m_db;
};

} // namespace rapport::core
