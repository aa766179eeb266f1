#include "QuotaTally.h"

#include "domain/Program.h"
#include "rules/RuleContext.h"
#include "rules/SeasonIndex.h"

namespace rapport::core {
namespace {

const QString kGap = QStringLiteral("timing.min_gap");
const QString kWindow = QStringLiteral("timing.thank_you_window");

// A note with no contact goes to "the program": two such notes are to the
// same person.
constexpr qint64 kNoContact = -1;

} // namespace

QString quotaName(Quota q)
{
    switch (q) {
    case Quota::PreInterview: return QStringLiteral("pre_interview");
    case Quota::ThankYou: return QStringLiteral("thank_you");
    case Quota::PostInterview: return QStringLiteral("post_interview");
    case Quota::TopChoice: return QStringLiteral("top_choice");
    }
    return {};
}

QString quotaRule(Quota q)
{
    return QStringLiteral("quota.") + quotaName(q);
}

QList<qint64> idsOf(const QList<CountedMessage> &counted)
{
    QList<qint64> ids;
    ids.reserve(counted.size());
    for (const CountedMessage &c : counted)
        ids << c.id;
    return ids;
}

QuotaTally::QuotaTally(const RuleContext &ctx, const Program &program) : m_program(program)
{
    for (Quota q : {Quota::PreInterview, Quota::ThankYou, Quota::PostInterview})
        m_kinds[index(q)] = ctx.data.kinds(quotaRule(q));
    m_gapExempt = ctx.data.kinds(kGap, QStringLiteral("exempt_kinds"));
    m_gapIgnored = ctx.data.kinds(kGap, QStringLiteral("ignored_kinds"));
    if (program.minGapDays)
        m_minGapDays = *program.minGapDays;
    else if (ctx.snapshot.quota.minGapDays)
        m_minGapDays = *ctx.snapshot.quota.minGapDays;
    else
        m_minGapDays = ctx.data.number(kGap, QStringLiteral("days"), 14);
    m_windowHours = ctx.data.number(kWindow, QStringLiteral("hours"), 72);
    m_roundGraceHours =
        ctx.data.number(quotaRule(Quota::ThankYou), QStringLiteral("round_grace_hours"), 24);
}

std::optional<Quota> QuotaTally::quotaOf(Kind kind) const
{
    for (Quota q : {Quota::PreInterview, Quota::ThankYou, Quota::PostInterview}) {
        if (m_kinds[index(q)].contains(kind))
            return q;
    }
    return std::nullopt;
}

bool QuotaTally::gapApplies(Kind kind) const
{
    return !m_gapExempt.contains(kind);
}

qint64 QuotaTally::person(const Entry &e) const
{
    return e.contactId.value_or(kNoContact);
}

// Notes to different people belong to one round while the thank-you window
// is open, and for a grace period after the round's first note, so that
// a round begun late still takes the other interviewers' notes.
QDateTime QuotaTally::roundCloses(const QDateTime &start) const
{
    const QDateTime grace = start.addSecs(qint64(m_roundGraceHours) * 3600);
    const QDateTime window = thankYouWindowCloses();
    return window.isValid() && window > grace ? window : grace;
}

QDateTime QuotaTally::thankYouWindowCloses() const
{
    const QDateTime interview = m_program.interviewAt();
    return interview.isValid() ? interview.addSecs(qint64(m_windowHours) * 3600) : QDateTime();
}

QuotaTally::Step QuotaTally::peek(const Entry &e) const
{
    Step step;
    if (e.direction != Direction::Outgoing)
        return step;
    step.quota = quotaOf(e.kind);
    if (!step.quota)
        return step;
    step.earlier = m_counted[index(*step.quota)];
    step.count = static_cast<int>(step.earlier.size());
    if (*step.quota == Quota::ThankYou && m_roundCloses.isValid() && e.at <= m_roundCloses &&
        !m_roundPeople.contains(person(e))) {
        step.joinsRound = true;
        return step;
    }
    ++step.count;
    return step;
}

QuotaTally::Step QuotaTally::add(const Entry &e)
{
    if (e.direction == Direction::Incoming) {
        if (m_gapPrevious)
            m_answered = true;
        return {};
    }
    if (!m_gapIgnored.contains(e.kind)) {
        m_gapPrevious = &e;
        m_answered = false;
    }
    Step step = peek(e);
    if (!step.quota)
        return step;
    if (*step.quota == Quota::ThankYou) {
        if (!step.joinsRound) {
            m_roundCloses = roundCloses(e.at);
            m_roundPeople.clear();
        }
        m_roundPeople.insert(person(e));
    }
    if (!step.joinsRound) {
        m_counted[index(*step.quota)] << CountedMessage{e.id, e.at};
    }
    return step;
}

} // namespace rapport::core
