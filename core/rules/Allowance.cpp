#include "Allowance.h"

#include "domain/Program.h"
#include "rules/Parallel.h"
#include "rules/RuleContext.h"
#include "rules/RuleText.h"
#include "rules/SeasonIndex.h"

#include <algorithm>

namespace rapport::core {
namespace {

const QString kPolicy = QStringLiteral("policy.program");

bool isClosed(ProgramStatus s)
{
    return s == ProgramStatus::Withdrawn || s == ProgramStatus::Rejected ||
           s == ProgramStatus::Matched;
}

QString closedReason(const Program &p)
{
    switch (p.status) {
    case ProgramStatus::Withdrawn: return RuleText::tr("You withdrew from %1").arg(p.name);
    case ProgramStatus::Rejected: return RuleText::tr("%1 declined your application").arg(p.name);
    case ProgramStatus::Matched: return RuleText::tr("You matched at %1").arg(p.name);
    default: return {};
    }
}

// Past the interview: its moment has come, or, with no date stored, the
// status says it happened.
bool interviewPassed(const Program &p, const QDateTime &now)
{
    const QDateTime at = p.interviewAt();
    if (at.isValid())
        return now >= at;
    return p.status == ProgramStatus::Interviewed || p.status == ProgramStatus::Ranked ||
           p.status == ProgramStatus::Matched;
}

QString dates(const QList<CountedMessage> &counted)
{
    QStringList out;
    for (const CountedMessage &c : counted)
        out << RuleText::date(c.at);
    return out.join(QStringLiteral(", "));
}

QString noun(Quota q)
{
    switch (q) {
    case Quota::PreInterview: return RuleText::tr("pre-interview email");
    case Quota::ThankYou: return RuleText::tr("thank-you");
    case Quota::PostInterview: return RuleText::tr("post-interview update");
    case Quota::TopChoice: return RuleText::tr("top-choice letter");
    }
    return {};
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

bool gapApplies(const QuotaTally &tally, const QList<Kind> &kinds)
{
    return std::any_of(kinds.cbegin(), kinds.cend(), [&](Kind k) { return tally.gapApplies(k); });
}

class Decider
{
public:
    Decider(const RuleContext &ctx, const Program &p, const QuotaTally &tally,
            const TopChoiceShared &topChoice, ProgramAllowance &a)
        : m_ctx(ctx), m_p(p), m_tally(tally), m_topChoice(topChoice), m_a(a),
          m_policyExempt(ctx.data.kinds(kPolicy, QStringLiteral("exempt_kinds")))
    {
        for (Quota q : kAllQuotas)
            m_quotaKinds[static_cast<std::size_t>(q)] = ctx.data.kinds(quotaRule(q));
        // Made once, as every quota and kind they apply to gives the same
        // reason: a season keeps thousands of allowances.
        if (isClosed(p.status))
            m_closed = closedReason(p);
        if (p.policy == CommunicationPolicy::NoPostInterview)
            m_noPostInterview =
                RuleText::tr("%1 does not want post-interview communication").arg(p.name);
        if (p.policy == CommunicationPolicy::CoordinatorOnly)
            m_coordinatorOnly = RuleText::tr("To the program coordinator only");
        if (a.gapUntil.isValid())
            m_keep = RuleText::tr("Keep %1 days after the message of %2")
                         .arg(tally.minGapDays())
                         .arg(RuleText::date(a.gapUntil.addDays(-tally.minGapDays())));
    }

    void decide(Quota q)
    {
        KindAllowance &k = m_a[q];
        if (isClosed(m_p.status))
            return never(k, m_closed);
        if (m_p.policy == CommunicationPolicy::NoThankYou && q == Quota::ThankYou)
            return never(k, RuleText::tr("%1 does not want thank-you notes").arg(m_p.name));
        if (m_p.policy == CommunicationPolicy::NoPostInterview && q != Quota::PreInterview)
            return never(k, m_noPostInterview);
        if (q == Quota::PreInterview && m_a.interviewPassed) {
            return never(k, m_a.interviewAt.isValid()
                                ? RuleText::tr("The interview was on %1; what follows is "
                                               "post-interview")
                                      .arg(RuleText::date(m_a.interviewAt))
                                : RuleText::tr("The interview is over; what follows is "
                                               "post-interview"));
        }
        // The season's top choice is spent whatever this program's phase.
        if (q == Quota::TopChoice && (m_a.toldTopChoice || k.used >= k.maximum))
            return never(k, topChoiceReason());
        if (q != Quota::PreInterview && !m_a.interviewPassed) {
            QDateTime from = m_a.interviewAt;
            if (from.isValid() && gapApplies(m_tally, m_quotaKinds[static_cast<std::size_t>(q)]) &&
                m_a.gapUntil > from)
                from = m_a.gapUntil;
            return later(k, from,
                         m_a.interviewAt.isValid()
                             ? RuleText::tr("After the interview on %1")
                                   .arg(RuleText::dateTime(m_a.interviewAt))
                             : RuleText::tr("After the interview, which is not scheduled yet"));
        }
        if (k.used >= k.maximum)
            return never(k, limitReason(k));
        if (const QDateTime closes = m_tally.thankYouWindowCloses();
            q == Quota::ThankYou && closes.isValid() && m_ctx.now > closes)
            return never(k, RuleText::tr("The %1-hour thank-you window closed on %2")
                                .arg(m_tally.thankYouWindowHours())
                                .arg(RuleText::dateTime(closes)));
        if (m_a.gapUntil.isValid() &&
            gapApplies(m_tally, m_quotaKinds[static_cast<std::size_t>(q)])) {
            // A pre-interview email held past the interview cannot go out at all.
            if (q == Quota::PreInterview && m_a.interviewAt.isValid() &&
                m_a.gapUntil >= m_a.interviewAt)
                return never(k, RuleText::tr("%1, which runs past the interview on %2")
                                    .arg(m_keep, RuleText::date(m_a.interviewAt)));
            return later(k, m_a.gapUntil, m_keep);
        }
        k.availability = Availability::Now;
        k.reason = nowNote(k);
    }

    KindVerdict verdict(Kind kind) const
    {
        KindVerdict v;
        v.kind = kind;
        for (Quota q : kAllQuotas) {
            if (!m_quotaKinds[static_cast<std::size_t>(q)].contains(kind))
                continue;
            const KindAllowance &k = m_a[q];
            v.quota = q;
            v.availability = k.availability;
            v.from = k.from;
            v.reason = k.reason;
            return v;
        }
        // Answering the program is always in order; visa questions and
        // logistics are never a breach of its policy.
        if (kind == Kind::ReplyToProgram)
            return v;
        if (isClosed(m_p.status)) {
            v.availability = Availability::Never;
            v.reason = m_closed;
            return v;
        }
        if (m_policyExempt.contains(kind))
            return v;
        const bool afterInterview =
            m_a.interviewPassed || (!m_a.interviewAt.isValid() && isPostInterviewKind(kind));
        if (m_p.policy == CommunicationPolicy::NoPostInterview && afterInterview) {
            v.availability = Availability::Never;
            v.reason = m_noPostInterview;
            return v;
        }
        if (m_a.gapUntil.isValid() && m_tally.gapApplies(kind)) {
            v.availability = Availability::Later;
            v.from = m_a.gapUntil;
            v.reason = m_keep;
            return v;
        }
        if (m_p.policy == CommunicationPolicy::CoordinatorOnly)
            v.reason = m_coordinatorOnly;
        return v;
    }

    NextStep next() const
    {
        NextStep n;
        if (m_a.thankYouDue) {
            n.type = NextStep::Type::Due;
            n.quota = Quota::ThankYou;
            n.at = *m_a.thankYouDue;
            n.label = RuleText::tr("Thank-you due");
            n.text = RuleText::tr("Thank-you due by %1").arg(RuleText::dateTime(n.at));
            return n;
        }
        if (isClosed(m_p.status))
            return closed(m_closed);
        const QList<Quota> candidates = m_a.interviewPassed
                                            ? QList<Quota>{Quota::ThankYou, Quota::PostInterview}
                                            : QList<Quota>{Quota::PreInterview};
        for (Quota q : candidates) {
            const KindAllowance &k = m_a[q];
            if (k.availability != Availability::Now)
                continue;
            n.type = NextStep::Type::Allowed;
            n.quota = q;
            n.label = RuleText::tr("%1 allowed").arg(capitalised(noun(q)));
            n.text = RuleText::tr("A %1 is allowed now (%2 of %3 left)")
                         .arg(noun(q))
                         .arg(k.left())
                         .arg(k.maximum);
            return n;
        }
        for (Quota q : candidates) {
            const KindAllowance &k = m_a[q];
            if (k.availability != Availability::Later || !k.from.isValid())
                continue;
            n.type = NextStep::Type::Waiting;
            n.quota = q;
            n.at = k.from;
            n.label = RuleText::tr("Next %1").arg(noun(q));
            n.text = RuleText::tr("Next %1 allowed from %2 (%3)")
                         .arg(noun(q), RuleText::date(k.from), k.reason);
            return n;
        }
        // Nothing more before the interview: the first thing after it that
        // the program's policy allows comes next.
        for (Quota q : {Quota::ThankYou, Quota::PostInterview}) {
            if (m_a.interviewPassed || m_a[q].availability != Availability::Later)
                continue;
            const QString what = q == Quota::ThankYou ? RuleText::tr("a thank-you")
                                                      : RuleText::tr("a post-interview update");
            n.type = NextStep::Type::Waiting;
            n.quota = q;
            n.at = m_a[q].from;
            n.label = RuleText::tr("After the interview");
            n.text = n.at.isValid()
                         ? RuleText::tr("%1; next, %2 from %3")
                               .arg(m_a[Quota::PreInterview].reason, what, RuleText::date(n.at))
                         : RuleText::tr("%1; next, %2 after the interview")
                               .arg(m_a[Quota::PreInterview].reason, what);
            return n;
        }
        const Quota main = m_a.interviewPassed ? Quota::PostInterview : Quota::PreInterview;
        return closed(m_a[main].reason);
    }

private:
    static void never(KindAllowance &k, const QString &why)
    {
        k.availability = Availability::Never;
        k.reason = why;
    }

    static void later(KindAllowance &k, const QDateTime &from, const QString &why)
    {
        k.availability = Availability::Later;
        k.from = from;
        k.reason = why;
    }

    static NextStep closed(const QString &why)
    {
        NextStep n;
        n.type = NextStep::Type::Closed;
        n.label = RuleText::tr("Nothing more");
        n.text = why;
        return n;
    }

    QString topChoiceReason() const
    {
        if (m_a.toldTopChoice)
            return RuleText::tr("You told %1 on %2 that it is your top choice")
                .arg(m_p.name, RuleText::date(m_a.topChoiceAt));
        return m_topChoice.taken;
    }

    static QString limitReason(const KindAllowance &k)
    {
        if (k.quota == Quota::ThankYou) {
            return k.used == 1 ? RuleText::tr("Thank-you round sent on %1").arg(dates(k.counted))
                               : RuleText::tr("%1 thank-you rounds sent (%2); the maximum is %3")
                                     .arg(k.used)
                                     .arg(dates(k.counted))
                                     .arg(k.maximum);
        }
        return RuleText::tr("%1 of %2 %3s sent (%4)")
            .arg(k.used)
            .arg(k.maximum)
            .arg(noun(k.quota), dates(k.counted));
    }

    QString nowNote(const KindAllowance &k) const
    {
        if (k.quota == Quota::ThankYou && m_a.thankYouDue)
            return RuleText::tr("Due by %1").arg(RuleText::dateTime(*m_a.thankYouDue));
        if (m_p.policy == CommunicationPolicy::CoordinatorOnly)
            return m_coordinatorOnly;
        if (k.used >= k.recommended && k.recommended < k.maximum)
            return RuleText::tr("%1 is recommended; this would be the last").arg(k.recommended);
        return {};
    }

    const RuleContext &m_ctx;
    const Program &m_p;
    const QuotaTally &m_tally;
    const TopChoiceShared &m_topChoice;
    ProgramAllowance &m_a;
    QList<Kind> m_policyExempt;
    std::array<QList<Kind>, kQuotaCount> m_quotaKinds; // each quota's kinds, looked up once
    QString m_closed;          // why nothing more may go out to a closed program
    QString m_noPostInterview; // its policy rules out post-interview messages
    QString m_coordinatorOnly; // its policy wants messages to the coordinator only
    QString m_keep;            // the minimum gap holds messages until gapUntil
};

std::optional<QDateTime> thankYouDue(const RuleContext &ctx, const Program &p,
                                     const QuotaTally &tally)
{
    const QDateTime interview = p.interviewAt();
    if (!interview.isValid() || isClosed(p.status) || p.policy == CommunicationPolicy::NoThankYou ||
        p.policy == CommunicationPolicy::NoPostInterview || tally.used(Quota::ThankYou) > 0)
        return std::nullopt;
    const QDateTime due = tally.thankYouWindowCloses();
    if (ctx.now < interview || ctx.now > due)
        return std::nullopt;
    return due;
}

} // namespace

QString toString(Availability a)
{
    switch (a) {
    case Availability::Now: return QStringLiteral("now");
    case Availability::Later: return QStringLiteral("later");
    case Availability::Never: return QStringLiteral("never");
    }
    return {};
}

QString toString(NextStep::Type t)
{
    switch (t) {
    case NextStep::Type::Due: return QStringLiteral("due");
    case NextStep::Type::Allowed: return QStringLiteral("allowed");
    case NextStep::Type::Waiting: return QStringLiteral("waiting");
    case NextStep::Type::Closed: return QStringLiteral("closed");
    }
    return {};
}

qsizetype TopChoiceOrder::indexOf(qint64 programId) const
{
    for (qsizetype i = 0; i < told.size(); ++i) {
        if (told.at(i).programId == programId)
            return i;
    }
    return -1;
}

TopChoiceOrder TopChoiceOrder::of(const RuleContext &ctx, const Entry *before, qint64 excludeId)
{
    TopChoiceOrder out;
    for (const Entry *e : ctx.index.topChoiceEntries()) {
        if (before ? !e->isBefore(*before) : e->at > ctx.now)
            break;
        if (e->id == excludeId || out.indexOf(e->programId) >= 0)
            continue;
        out.told << Told{e->programId, e->id, e->at};
    }
    return out;
}

TopChoiceShared TopChoiceShared::of(const RuleContext &ctx, const TopChoiceOrder &topChoice)
{
    TopChoiceShared out;
    QStringList holders;
    for (const TopChoiceOrder::Told &t : topChoice.told) {
        const ProgramInfo *info = ctx.index.program(t.programId);
        holders << RuleText::tr("%1 on %2")
                       .arg(info ? info->program->name : QString(), RuleText::date(t.at));
        out.counted << CountedMessage{t.communicationId, t.at};
    }
    out.taken = RuleText::tr("Your top choice went to %1; tell one program only")
                    .arg(holders.join(QStringLiteral("; ")));
    return out;
}

ProgramAllowance computeAllowance(const RuleContext &ctx, const ProgramInfo &info,
                                  const TopChoiceOrder &topChoice, const TopChoiceShared &shared)
{
    const Program &p = *info.program;
    ProgramAllowance a;
    a.programId = p.id;
    a.interviewAt = p.interviewAt();
    a.interviewPassed = interviewPassed(p, ctx.now);

    // What was sent by now, as a draft written now is checked against; an
    // entry dated later has not happened yet.
    QuotaTally tally(ctx, p);
    for (const Entry *e : info.entries) {
        if (e->at > ctx.now)
            break;
        tally.add(*e);
    }

    for (Quota q : kAllQuotas) {
        KindAllowance &k = a[q];
        k.quota = q;
        const QString rule = quotaRule(q);
        k.maximum = quotaLimit(ctx, p.id, rule, QStringLiteral("maximum"));
        k.recommended = quotaLimit(ctx, p.id, rule, QStringLiteral("recommended"));
        if (k.recommended <= 0 || k.recommended > k.maximum)
            k.recommended = k.maximum;
        if (q == Quota::TopChoice) {
            k.used = static_cast<int>(topChoice.told.size());
            k.counted = shared.counted;
        } else {
            k.used = tally.used(q);
            k.counted = tally.counted(q);
        }
    }

    const qsizetype told = topChoice.indexOf(p.id);
    if (told >= 0) {
        a.toldTopChoice = true;
        a.holdsTopChoice = told < a[Quota::TopChoice].maximum;
        a.topChoiceAt = topChoice.told.at(told).at;
        a.topChoiceId = topChoice.told.at(told).communicationId;
    }

    if (const Entry *previous = tally.gapPrevious()) {
        const QDateTime until = previous->at.addDays(tally.minGapDays());
        if (until > ctx.now) {
            a.gapUntil = until;
            a.gapAfterId = previous->id;
        }
    }
    a.thankYouDue = thankYouDue(ctx, p, tally);

    Decider decider(ctx, p, tally, shared, a);
    for (Quota q : kAllQuotas)
        decider.decide(q);
    a.next = decider.next();
    for (std::size_t k = 0; k < a.verdictOf.size(); ++k) {
        const KindVerdict v = decider.verdict(static_cast<Kind>(k));
        const auto same =
            std::find_if(a.verdicts.cbegin(), a.verdicts.cend(), [&v](const KindVerdict &o) {
                return o.quota == v.quota && o.availability == v.availability && o.from == v.from &&
                       o.reason == v.reason;
            });
        a.verdictOf[k] = static_cast<quint8>(same - a.verdicts.cbegin());
        if (same == a.verdicts.cend())
            a.verdicts << v;
    }
    a.verdicts.squeeze();
    return a;
}

Allowances Allowances::compute(const RuleContext &ctx)
{
    Allowances out;
    out.m_at = ctx.now;
    out.m_topChoice = TopChoiceOrder::of(ctx);
    // Every program that did not get the top choice names who did.
    const TopChoiceShared shared = TopChoiceShared::of(ctx, out.m_topChoice);
    const std::vector<ProgramInfo> &programs = ctx.index.programs();
    std::vector<ProgramAllowance> computed(programs.size());
    forEachInParallel(programs.size(), [&](std::size_t i) {
        computed[i] = computeAllowance(ctx, programs[i], out.m_topChoice, shared);
    });
    out.m_programs.reserve(static_cast<qsizetype>(programs.size()));
    for (ProgramAllowance &a : computed) {
        out.m_index.insert(a.programId, out.m_programs.size());
        out.m_programs << std::move(a);
    }
    return out;
}

QDateTime Allowances::nextChange() const
{
    QDateTime next;
    const auto consider = [&](const QDateTime &at) {
        if (at.isValid() && at > m_at && (!next.isValid() || at < next))
            next = at;
    };
    for (const ProgramAllowance &a : m_programs) {
        consider(a.interviewAt);
        consider(a.gapUntil);
        if (a.thankYouDue)
            consider(*a.thankYouDue);
        for (const KindAllowance &k : a.quotas) {
            if (k.availability == Availability::Later)
                consider(k.from);
        }
    }
    return next;
}

const ProgramAllowance *Allowances::program(qint64 programId) const
{
    const auto it = m_index.constFind(programId);
    return it == m_index.constEnd() ? nullptr : &m_programs.at(*it);
}

std::optional<qint64> Allowances::topChoiceHolder() const
{
    if (m_topChoice.told.isEmpty())
        return std::nullopt;
    return m_topChoice.told.first().programId;
}

} // namespace rapport::core
