#include "IncomingRules.h"

#include "rules/RuleContext.h"
#include "rules/RuleText.h"

namespace rapport::core {

void IncomingRules::check(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    if (s.entry.direction != Direction::Incoming || !s.entry.hasText)
        return;
    if (!s.entry.wording)
        return;
    struct PhraseRule
    {
        QString id;
        QString what;
    };
    // What the program did, in its own words: the applicant broke nothing.
    const PhraseRule rules[] = {
        {QStringLiteral("incoming.rank_request"),
         RuleText::tr("%1 asked how you will rank it. Programs may not ask this; you need not "
                      "answer: %2")},
        {QStringLiteral("incoming.withdraw_pressure"),
         RuleText::tr("%1 asked you to withdraw from the Match or from other interviews. "
                      "Programs may not ask this: %2")},
        {QStringLiteral("incoming.guarantee"),
         RuleText::tr("%1 promised you a position or a match. Such a promise is not binding; "
                      "rank in your true order: %2")},
        {QStringLiteral("incoming.application_inquiry"),
         RuleText::tr("%1 asked where else you applied, interviewed, signalled or will rank. "
                      "Programs may not ask this; you may keep it to yourself: %2")},
        {QStringLiteral("incoming.requires_communication"),
         RuleText::tr("%1 asked for post-interview communication. Programs may not require or "
                      "solicit it: %2")},
        {QStringLiteral("incoming.strong_interest"),
         RuleText::tr("%1 expressed strong interest. Reassurance, not a promise: %2")},
        {QStringLiteral("match.outside_contract"),
         RuleText::tr("%1 offered a position or contract outside the Match. Programs in the "
                      "Match may not: %2")},
    };
    for (const PhraseRule &rule : rules) {
        // Outside-Match contracts are legitimate for programs not in the Match.
        if (rule.id == QLatin1String("match.outside_contract") &&
            !s.program.program->participatesInMatch)
            continue;
        if (const WordingHit *hit = s.entry.wording->hit(rule.id)) {
            const QString &sentence = s.entry.wording->sentences.at(hit->sentence).text;
            out << makeWordingFinding(
                ctx, s, *hit,
                rule.what.arg(s.programName(), RuleText::quote(sentence.simplified())));
        }
    }
}

} // namespace rapport::core
