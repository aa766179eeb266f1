#pragma once

#include <QList>

namespace rapport::core {

struct Finding;
struct RuleContext;
struct Subject;

// What a program's message says: requests and pressure the NRMP rules out,
// contracts outside the Match, and reassurance to read with care.
class IncomingRules final
{
public:
    static void check(const RuleContext &ctx, const Subject &s, QList<Finding> &out);
};

} // namespace rapport::core
