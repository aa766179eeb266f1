#pragma once

#include <QList>

namespace rapport::core {

struct Finding;
struct RuleContext;
struct Subject;

// Counting rules: per-program quotas (pre-interview, thank-you,
// post-interview), the season's one top-choice program, and signals.
class QuotaRules final
{
public:
    // An outgoing entry against the sent history before it.
    static void check(const RuleContext &ctx, const Subject &s, QList<Finding> &out);
    // Season-wide facts not tied to an entry: signal count, home signal.
    static void checkSeason(const RuleContext &ctx, QList<Finding> &out);
};

} // namespace rapport::core
