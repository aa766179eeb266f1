#pragma once

#include "domain/Finding.h"

#include <QDateTime>
#include <QList>

namespace rapport::core {

struct Program;
struct RuleContext;
struct Subject;

// Rules about when messages go out: the thank-you window, the minimum gap
// between messages to one program, and writing to several people at once.
class TimingRules final
{
public:
    static void check(const RuleContext &ctx, const Subject &s, QList<Finding> &out);
    // The open thank-you reminder of a program (the allowance says when one
    // is due), as an info finding.
    static Finding thankYouReminder(const RuleContext &ctx, const Program &program,
                                    const QDateTime &due);
};

} // namespace rapport::core
