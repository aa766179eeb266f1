#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace rapport::core {

// Quotas are named by group, as RULES.md counts them:
// "pre_interview", "thank_you", "post_interview", "top_choice".
struct QuotaLimit
{
    std::optional<int> recommended;
    std::optional<int> maximum;

    bool operator==(const QuotaLimit &) const = default;
};

struct QuotaPolicy
{
    // What the user stored; anything unset falls back to the rule data
    // (resources/rules/rules.json).
    QHash<QString, QuotaLimit> limits; // season defaults by quota name
    std::optional<int> minGapDays;

    // Per-program overrides: programId -> quota -> limit (fields set win).
    QHash<qint64, QHash<QString, QuotaLimit>> overrides;

    QuotaLimit effective(qint64 programId, const QString &quota) const;

    static QStringList quotaNames();
    bool operator==(const QuotaPolicy &) const = default;
};

} // namespace rapport::core
