#include "QuotaPolicy.h"

#include <QStringList>

namespace rapport::core {

QuotaLimit QuotaPolicy::effective(qint64 programId, const QString &quota) const
{
    QuotaLimit result = limits.value(quota);
    const auto programIt = overrides.constFind(programId);
    if (programIt != overrides.constEnd()) {
        const auto it = programIt->constFind(quota);
        if (it != programIt->constEnd()) {
            if (it->recommended)
                result.recommended = it->recommended;
            if (it->maximum)
                result.maximum = it->maximum;
        }
    }
    return result;
}

QStringList QuotaPolicy::quotaNames()
{
    return {QStringLiteral("pre_interview"), QStringLiteral("thank_you"),
            QStringLiteral("post_interview"), QStringLiteral("top_choice")};
}

} // namespace rapport::core
