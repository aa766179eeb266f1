#include "PolicyRules.h"

#include "domain/Contact.h"
#include "rules/RuleContext.h"
#include "rules/RuleText.h"

namespace rapport::core {
namespace {

const QString kPolicy = QStringLiteral("policy.program");
const QString kPhase = QStringLiteral("phase.kind");

QString withNote(QString message, const Program &p)
{
    if (!p.policyNote.trimmed().isEmpty())
        message += RuleText::tr(" (their words: %1)").arg(RuleText::quote(p.policyNote.trimmed()));
    return message;
}

bool isAfterInterview(const Subject &s)
{
    const auto phase = interviewPhase(*s.program.program, s.entry.at);
    // Without a known moment, a post-interview kind is the best evidence.
    if (!phase || *phase == 0)
        return isPostInterviewKind(s.entry.kind);
    return *phase > 0;
}

void checkPolicy(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    const Program &p = *s.program.program;
    if (ctx.data.kinds(kPolicy, QStringLiteral("exempt_kinds")).contains(s.entry.kind))
        return;
    QString message;
    switch (p.policy) {
    case CommunicationPolicy::None:
        return;
    case CommunicationPolicy::NoPostInterview:
        if (!isAfterInterview(s))
            return;
        message = RuleText::tr("%1 does not want post-interview communication").arg(p.name);
        break;
    case CommunicationPolicy::NoThankYou:
        if (s.entry.kind != Kind::ThankYou)
            return;
        message = RuleText::tr("%1 does not want thank-you notes").arg(p.name);
        break;
    case CommunicationPolicy::CoordinatorOnly:
        if (!s.contact || s.contact->role == ContactRole::ProgramCoordinator)
            return;
        message = RuleText::tr("%1 asks applicants to write only to the program coordinator; "
                               "this goes to %2 (%3)")
                      .arg(p.name, RuleText::person(s.contact),
                           toString(s.contact->role).replace(QLatin1Char('_'), QLatin1Char(' ')));
        break;
    }
    out << makeFinding(ctx, s, kPolicy, QStringLiteral("severity"), withNote(message, p));
}

void checkPhase(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    const Program &p = *s.program.program;
    const auto phase = interviewPhase(p, s.entry.at);
    if (!phase)
        return;
    QString message;
    if (isPreInterviewKind(s.entry.kind) && *phase > 0) {
        message = RuleText::tr("%1 logged on %2, after the interview at %3 (%4)");
    } else if (isPostInterviewKind(s.entry.kind) && *phase < 0) {
        message = RuleText::tr("%1 logged on %2, before the interview at %3 (%4)");
    } else {
        return;
    }
    out << makeFinding(ctx, s, kPhase, QStringLiteral("severity"),
                       message.arg(RuleText::kind(s.entry.kind), RuleText::date(s.entry.at), p.name,
                                   p.interviewDate.toString(Qt::ISODate)));
}

} // namespace

void PolicyRules::check(const RuleContext &ctx, const Subject &s, QList<Finding> &out)
{
    if (s.entry.direction != Direction::Outgoing)
        return;
    checkPolicy(ctx, s, out);
    checkPhase(ctx, s, out);
}

} // namespace rapport::core
