#pragma once

#include <QList>

namespace rapport::core {

struct Finding;
struct RuleContext;
struct Subject;

// A program's own communication policy, and kinds logged in the wrong phase
// of the season (before/after the interview).
class PolicyRules final
{
public:
    static void check(const RuleContext &ctx, const Subject &s, QList<Finding> &out);
};

} // namespace rapport::core
