#pragma once

#include "domain/Finding.h"

#include <QString>

#include <functional>

namespace rapport::core {
class RuleData;
}

namespace rapport::ui::findingText {

// The user-facing title of a rule id ("Asking about your rank"); the window
// shows titles, never ids.
using RuleTitles = std::function<QString(const QString &rule)>;

// Looks titles up in a copy of data (cheap: RuleData is implicitly shared),
// so the lookup outlives an engine that is rebuilt.
RuleTitles titlesOf(const core::RuleData &data);

// The rule's title, or an empty string when there is none (never the id).
QString title(const RuleTitles &titles, const core::Finding &f);

// text with every rule id in it ("counts towards quota.top_choice") put as
// its title in quotes: guidance texts sometimes name another rule.
QString readable(const QString &text, const RuleTitles &titles);

// Findings about what a program did (its messages), not about the
// applicant's own: incoming.* and match.outside_contract.
bool isProgramConduct(const QString &rule);
inline bool isProgramConduct(const core::Finding &f)
{
    return isProgramConduct(f.rule);
}

// "Violation", "Warning", "Info" for the applicant's own findings; the
// program's misconduct is labelled as the program's, never as a violation
// by the applicant.
QString severityLabel(const core::Finding &f);

// Where the id stays visible for those who want it:
// "Rule: content.rank_inquiry · found by the classifier".
QString ruleToolTip(const core::Finding &f);

} // namespace rapport::ui::findingText
