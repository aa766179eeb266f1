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
#include <QSet>

#include <algorithm>
#include <limits>

namespace rapport::core {

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
    SeasonSnapshot snapshot;
    std::unique_ptr<SeasonIndex> index;
    QHash<QPair<qint64, QString>, const Acknowledgement *> acknowledged;
    QHash<qint64, qsizetype> programOrder;
    mutable std::optional<Allowances> allowances;

    RuleContext context() const { return {data, matcher, *index, snapshot, clock.now()}; }

    // Worked out once per snapshot, again when the clock has moved on by
    // more than a minute (a reminder may have opened or closed).
    const Allowances &allowancesAt(const RuleContext &ctx) const
    {
        if (!allowances || qAbs(allowances->computedAt().secsTo(ctx.now)) > 60)
            allowances = Allowances::compute(ctx);
        return *allowances;
    }

    void checkEntry(const RuleContext &ctx, const Entry &e, qint64 excludeId,
                    QList<Finding> &out) const
    {
        const ProgramInfo *info = index->program(e.programId);
        if (!info)
            return;
        const Subject s{e, *info, index->contact(e.contactId), index->history(e, excludeId),
                        excludeId};
        QuotaRules::check(ctx, s, out);
        TimingRules::check(ctx, s, out);
        PolicyRules::check(ctx, s, out);
        ContentRules::check(ctx, s, out);
        IncomingRules::check(ctx, s, out);
    }

    void checkProgram(const RuleContext &ctx, const ProgramInfo &info, QList<Finding> &out) const
    {
        const ProgramAllowance *a = allowancesAt(ctx).program(info.program->id);
        if (a && a->thankYouDue)
            out << TimingRules::thankYouReminder(ctx, *info.program, *a->thankYouDue);
        for (const Entry *e : info.entries)
            checkEntry(ctx, *e, 0, out);
    }

    // By program (snapshot order), then time; program-wide findings lead
    // their program and season-wide ones come last.
    void finish(QList<Finding> &findings) const
    {
        const auto key = [this](const Finding &f) {
            const qsizetype program = f.programId ? programOrder.value(*f.programId)
                                                  : std::numeric_limits<qsizetype>::max();
            const Entry *e = f.communicationId() ? index->entry(*f.communicationId()) : nullptr;
            return std::make_tuple(program, e ? e->atMs : std::numeric_limits<qint64>::min(),
                                   e ? e->order : 0);
        };
        std::stable_sort(findings.begin(), findings.end(),
                         [&](const Finding &a, const Finding &b) { return key(a) < key(b); });
        for (Finding &f : findings) {
            const auto id = f.communicationId();
            const Acknowledgement *a = id ? acknowledged.value({*id, f.rule}) : nullptr;
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
    // The index points into the snapshot: drop it before replacing that.
    d->index.reset();
    d->snapshot = std::move(snapshot);
    d->index = std::make_unique<SeasonIndex>(d->snapshot, d->data, d->matcher, d->wording);
    d->allowances.reset();
    d->acknowledged.clear();
    for (const Acknowledgement &a : std::as_const(d->snapshot.acknowledgements))
        d->acknowledged.insert({a.communicationId, a.rule}, &a);
    d->programOrder.clear();
    for (qsizetype i = 0; i < d->snapshot.programs.size(); ++i)
        d->programOrder.insert(d->snapshot.programs.at(i).id, i);
}

const SeasonSnapshot &RuleEngine::snapshot() const
{
    return d->snapshot;
}

const RuleData &RuleEngine::data() const
{
    return d->data;
}

QList<Finding> RuleEngine::checkSeason() const
{
    const RuleContext ctx = d->context();
    QList<Finding> out;
    for (const ProgramInfo &info : d->index->programs())
        d->checkProgram(ctx, info, out);
    QuotaRules::checkSeason(ctx, out);
    d->finish(out);
    return out;
}

QList<Finding> RuleEngine::checkProgram(qint64 programId) const
{
    QList<Finding> out;
    const ProgramInfo *info = d->index->program(programId);
    if (!info)
        return out;
    const RuleContext ctx = d->context();
    d->checkProgram(ctx, *info, out);
    QList<Finding> season;
    QuotaRules::checkSeason(ctx, season);
    for (const Finding &f : std::as_const(season)) {
        if (f.programId == programId)
            out << f;
    }
    d->finish(out);
    return out;
}

QList<Finding> RuleEngine::checkDraft(const Draft &draft) const
{
    QList<Finding> out;
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
    const Entry entry = d->index->prepare(c, true, order);
    if (d->index->program(draft.programId)) {
        d->checkEntry(ctx, entry, draft.replacesId.value_or(0), out);
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
    return Reminders::open(ctx, d->allowancesAt(ctx));
}

const Allowances &RuleEngine::allowances() const
{
    return d->allowancesAt(d->context());
}

const ProgramAllowance *RuleEngine::allowance(qint64 programId) const
{
    return allowances().program(programId);
}

} // namespace rapport::core
