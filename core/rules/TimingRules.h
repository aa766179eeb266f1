#pragma once

#include <QDateTime>
#include <QList>

#include <optional>

namespace rapport::core {

struct Finding;
struct ProgramInfo;
struct RuleContext;
struct Subject;

// Rules about when messages go out: the thank-you window, the minimum gap
// between messages to one program, and writing to several people at once.
class TimingRules final
{
public:
    static void check(const RuleContext &ctx, const Subject &s, QList<Finding> &out);
    // The open thank-you reminder of a program, as an info finding.
    static void checkProgram(const RuleContext &ctx, const ProgramInfo &info, QList<Finding> &out);

    // When the thank-you for this program is due, if a reminder is open now:
    // from the interview until the window closes, unless the program wants
    // no thank-you notes or one is already logged.
    static std::optional<QDateTime> thankYouDue(const RuleContext &ctx, const ProgramInfo &info);
};

} // namespace rapport::core
