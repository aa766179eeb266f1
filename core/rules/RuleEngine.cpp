#include "RuleEngine.h"

#include "rules/Allowance.h"
#include "rules/ContentRules.h"
#include "rules/IncomingRules.h"
#include "rules/PhraseMatcher.h"
#include "rules/PolicyRules.h"
#include "rules/QuotaRules.h"
#include "rules/Reminders.h"
#include "rules/RuleContext.h"
#include "rules/RuleText.h"
#include "rules/SeasonIndex.h"
#include "rules/TimingRules.h"
#include "rules/Wording.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <algorithm>
#include <limits>

namespace rapport::core {

struct PreparedSeason
{
    SeasonSnapshot snapshot;
    std::unique_ptr<SeasonIndex> index; // points into snapshot
    QHash<QPair<qint64, QString>, const Acknowledgement *> acknowledged;
    QHash<qint64, qsizetype> programOrder;
    // Worked out when first asked, on whichever thread asks.
    mutable QMutex allowanceLock;
    mutable std::optional<Allowances> allowances;
};

struct RuleEngine::Impl
{
    Impl(RuleData d, const Clock &c)
        : data(std::move(d)), clock(c), matcher(data),
          wording(data, matcher, builtInLexicon(), SentenceClassifier::builtIn())
    {}

    static Lexicon builtInLexicon()
    {
        auto lexicon = Lexicon::builtIn();
        if (!lexicon) {
            qWarning("Rapport: %s", qPrintable(lexicon.error().message));
            return {};
        }
        return lexicon.value();
    }

    RuleData data;
    const Clock &clock;
    PhraseMatcher matcher;
    WordingChecker wording;
    std::shared_ptr<const PreparedSeason> season;

    RuleContext context(const PreparedSeason &s) const
    {
        return {data, matcher, *s.index, s.snapshot, clock.now()};
    }
    RuleContext context() const { return context(*season); }

    // Worked out once per snapshot, again when the clock has moved on by
    // more than a minute (a reminder may have opened or closed).
    static const Allowances &allowancesAt(const PreparedSeason &s, const RuleContext &ctx)
    {
        const QMutexLocker lock(&s.allowanceLock);
        if (!s.allowances || qAbs(s.allowances->computedAt().secsTo(ctx.now)) > 60)
            s.allowances = Allowances::compute(ctx);
        return *s.allowances;
    }

    static void checkEntry(const RuleContext &ctx, const Entry &e, qint64 excludeId,
                           QList<Finding> &out)
    {
        const SeasonIndex &index = ctx.index;
        const ProgramInfo *info = index.program(e.programId);
        if (!info)
            return;
        const Subject s{e, *info, index.contact(e.contactId), index.history(e, excludeId),
                        excludeId};
        QuotaRules::check(ctx, s, out);
        TimingRules::check(ctx, s, out);
        PolicyRules::check(ctx, s, out);
        ContentRules::check(ctx, s, out);
        IncomingRules::check(ctx, s, out);
    }

    static void checkProgram(const PreparedSeason &season, const RuleContext &ctx,
                             const ProgramInfo &info, QList<Finding> &out)
    {
        const ProgramAllowance *a = allowancesAt(season, ctx).program(info.program->id);
        if (a && a->thankYouDue)
            out << TimingRules::thankYouReminder(ctx, *info.program, *a->thankYouDue);
        for (const Entry *e : info.entries)
            checkEntry(ctx, *e, 0, out);
    }

    // By program (snapshot order), then time; program-wide findings lead
    // their program and season-wide ones come last.
    static void finish(const PreparedSeason &season, QList<Finding> &findings)
    {
        const auto key = [&season](const Finding &f) {
            const qsizetype program = f.programId ? season.programOrder.value(*f.programId)
                                                  : std::numeric_limits<qsizetype>::max();
            const Entry *e =
                f.communicationId() ? season.index->entry(*f.communicationId()) : nullptr;
            return std::make_tuple(program, e ? e->atMs : std::numeric_limits<qint64>::min(),
                                   e ? e->order : 0);
        };
        std::stable_sort(findings.begin(), findings.end(),
                         [&](const Finding &a, const Finding &b) { return key(a) < key(b); });
        for (Finding &f : findings) {
            const auto id = f.communicationId();
            const Acknowledgement *a = id ? season.acknowledged.value({*id, f.rule}) : nullptr;
            f.acknowledged = a != nullptr;
            if (a) {
                f.acknowledgedAt = a->at;
                f.acknowledgedReason = a->reason;
            }
        }
    }
};

RuleEngine::RuleEngine(RuleData data, const Clock &clock)
    : d(std::make_unique<Impl>(std::move(data), clock))
{
    setSnapshot({});
}

RuleEngine::~RuleEngine() = default;

void RuleEngine::setSnapshot(SeasonSnapshot snapshot)
{
    // Nothing carried over: a snapshot set directly may come from anywhere.
    adopt(prepare(std::move(snapshot)));
}

std::shared_ptr<const PreparedSeason> RuleEngine::prepare(SeasonSnapshot snapshot,
                                                          const PreparedSeason *previous) const
{
    auto s = std::make_shared<PreparedSeason>();
    s->snapshot = std::move(snapshot);
    s->index = std::make_unique<SeasonIndex>(s->snapshot, d->data, d->matcher, d->wording,
                                             previous ? previous->index.get() : nullptr);
    for (const Acknowledgement &a : std::as_const(s->snapshot.acknowledgements))
        s->acknowledged.insert({a.communicationId, a.rule}, &a);
    for (qsizetype i = 0; i < s->snapshot.programs.size(); ++i)
        s->programOrder.insert(s->snapshot.programs.at(i).id, i);
    return s;
}

std::shared_ptr<const PreparedSeason> RuleEngine::prepared() const
{
    return d->season;
}

void RuleEngine::adopt(std::shared_ptr<const PreparedSeason> season)
{
    Q_ASSERT(season);
    d->season = std::move(season);
}

const SeasonSnapshot &RuleEngine::snapshotOf(const PreparedSeason &season)
{
    return season.snapshot;
}

std::size_t RuleEngine::reusedEntries(const PreparedSeason &season)
{
    return season.index->reusedEntries();
}

const SeasonSnapshot &RuleEngine::snapshot() const
{
    return d->season->snapshot;
}

const RuleData &RuleEngine::data() const
{
    return d->data;
}

QList<Finding> RuleEngine::checkSeason() const
{
    return checkSeason(*d->season);
}

QList<Finding> RuleEngine::checkSeason(const PreparedSeason &season) const
{
    const RuleContext ctx = d->context(season);
    QList<Finding> out;
    for (const ProgramInfo &info : season.index->programs())
        Impl::checkProgram(season, ctx, info, out);
    QuotaRules::checkSeason(ctx, out);
    Impl::finish(season, out);
    return out;
}

QList<Finding> RuleEngine::checkProgram(qint64 programId) const
{
    QList<Finding> out;
    const PreparedSeason &season = *d->season;
    const ProgramInfo *info = season.index->program(programId);
    if (!info)
        return out;
    const RuleContext ctx = d->context(season);
    Impl::checkProgram(season, ctx, *info, out);
    QList<Finding> seasonWide;
    QuotaRules::checkSeason(ctx, seasonWide);
    for (const Finding &f : std::as_const(seasonWide)) {
        if (f.programId == programId)
            out << f;
    }
    Impl::finish(season, out);
    return out;
}

QList<Finding> RuleEngine::checkDraft(const Draft &draft) const
{
    QList<Finding> out;
    const SeasonIndex &index = *d->season->index;
    const RuleContext ctx = d->context();
    Communication c;
    c.id = draft.replacesId.value_or(0);
    c.programId = draft.programId;
    c.contactId = draft.contactId;
    c.at = draft.at.isValid() ? draft.at : ctx.now;
    c.direction = draft.direction;
    c.channel = draft.channel;
    c.kind = draft.kind;
    c.subject = draft.subject;
    c.body = draft.body;
    // An edit keeps its id and so its place among same-time entries; a new
    // entry would get the next id, after everything stored.
    const qint64 order = draft.replacesId.value_or(std::numeric_limits<qint64>::max());
    const Entry entry = index.prepare(c, true, order);
    if (index.program(draft.programId)) {
        Impl::checkEntry(ctx, entry, draft.replacesId.value_or(0), out);
        return out;
    }
    // No program (rapport-cli lint without --program): the text alone,
    // against a program that has no name, contacts or history.
    Program unnamed;
    unnamed.id = 0;
    unnamed.name = RuleText::tr("the program");
    ProgramInfo info;
    info.program = &unnamed;
    const Subject subject{entry, info, nullptr, {}, 0};
    ContentRules::check(ctx, subject, out);
    IncomingRules::check(ctx, subject, out);
    for (Finding &f : out)
        f.programId.reset();
    return out;
}

QList<Reminder> RuleEngine::reminders() const
{
    const RuleContext ctx = d->context();
    return Reminders::open(ctx, Impl::allowancesAt(*d->season, ctx));
}

const Allowances &RuleEngine::allowances() const
{
    return Impl::allowancesAt(*d->season, d->context());
}

const Allowances &RuleEngine::allowances(const PreparedSeason &season) const
{
    return Impl::allowancesAt(season, d->context(season));
}

const ProgramAllowance *RuleEngine::allowance(qint64 programId) const
{
    return allowances().program(programId);
}

} // namespace rapport::core
