#include "IncomingRules.h"

#include "rules/RuleContext.h"
#include "rules/RuleText.h"

namespace rapport::core {

void IncomingRules::check(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    if (s.entry.direction != Direction::Incoming || s.entry.normText.isEmpty())
        return;
    struct PhraseRule
    {
        QString id;
        QString what;
    };
    const PhraseRule rules[] = {
        {QStringLiteral("incoming.rank_request"), RuleText::tr("asks how you will rank it")},
        {QStringLiteral("incoming.withdraw_pressure"),
         RuleText::tr("asks you to withdraw from the Match or other interviews")},
        {QStringLiteral("incoming.guarantee"), RuleText::tr("promises you a position or a match")},
        {QStringLiteral("incoming.application_inquiry"),
         RuleText::tr("asks where else you applied, interviewed, signalled or will rank")},
        {QStringLiteral("incoming.requires_communication"),
         RuleText::tr("requires or solicits post-interview communication")},
        {QStringLiteral("incoming.strong_interest"),
         RuleText::tr("expresses strong interest (reassurance, not a promise)")},
        {QStringLiteral("match.outside_contract"),
         RuleText::tr("offers a position or contract outside the Match")},
    };
    for (const PhraseRule &rule : rules) {
        // Outside-Match contracts are legitimate for programs not in the Match.
        if (rule.id == QLatin1String("match.outside_contract") &&
            !s.program.program->participatesInMatch)
            continue;
        if (const auto hit = ctx.matcher.find(rule.id, s.entry.normText, s.entry.scan)) {
            out << makeFinding(ctx, s, rule.id, QStringLiteral("severity"),
                               RuleText::tr("Message from %1 %2: %3")
                                   .arg(s.programName(), rule.what, RuleText::quote(hit->text)));
        }
    }
}

} // namespace rapport::core
