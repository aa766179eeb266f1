#pragma once

#include <QList>

namespace rapport::core {

struct Finding;
struct RuleContext;
struct Subject;

// What an outgoing message says and how: phrase rules (asking for rank,
// promising, pressure, emotion, disclosure, top-choice claims), length,
// placeholders left in, salutation, and mass-mailed text.
class ContentRules final
{
public:
    static void check(const RuleContext &ctx, const Subject &s, QList<Finding> &out);
};

} // namespace rapport::core
