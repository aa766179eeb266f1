#pragma once

#include <QList>

namespace rapport::core {

class Allowances;
struct Reminder;
struct RuleContext;

// Dated reminders open at the context's now: thank-you notes due, the
// rank-list deadline and Match Day.
class Reminders final
{
public:
    static QList<Reminder> open(const RuleContext &ctx, const Allowances &allowances);
};

} // namespace rapport::core
