#include "RuleEngine.h"

#include "rules/Allowance.h"
#include "rules/ContentRules.h"
#include "rules/IncomingRules.h"
#include "rules/Parallel.h"
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
#include <atomic>
#include <limits>
#include <memory>

namespace rapport::core {

namespace {

// Whether an entry's findings depend on nothing of the entry itself that
// differs between a and b. An index shares an unchanged entry with the
// next one, so the same one mostly comes back.
bool sameFacts(const std::shared_ptr<const Entry> &a, const std::shared_ptr<const Entry> &b)
{
    return a == b ||
           (a->id == b->id && a->order == b->order && a->atMs == b->atMs &&
            a->at.offsetFromUtc() == b->at.offsetFromUtc() && a->textHash == b->textHash &&
            a->direction == b->direction && a->kind == b->kind && a->channel == b->channel &&
            a->contactId == b->contactId);
}

// The one fact an entry's check reads from other programs' messages: the
// most similar body sent elsewhere, as its finding names it.
struct SimilarStamp
{
    std::size_t entry = 0; // of the program's entries
    qint64 id = 0;
    double similarity = 0.0;
    QDateTime at;
    QString programName;

    bool operator==(const SimilarStamp &o) const
    {
        return entry == o.entry && id == o.id && similarity == o.similarity &&
               at.toMSecsSinceEpoch() == o.at.toMSecsSinceEpoch() &&
               at.offsetFromUtc() == o.at.offsetFromUtc() && programName == o.programName;
    }
};

// The season's top-choice messages, which every top-choice check reads.
struct TopChoiceStamp
{
    qint64 id = 0;
    qint64 programId = 0;
    qint64 atMs = 0;
    qint64 order = 0;
    QString programName;

    bool operator==(const TopChoiceStamp &) const = default;
};

// A stored row as of one write: the same id and revision in a file of the
// same epoch are the same values.
struct RowStamp
{
    qint64 id = 0;
    qint64 revision = 0;

    bool operator==(const RowStamp &) const = default;
};

// One program's entry findings with everything they were worked out from.
struct ProgramMemo
{
    // The program and the contacts its checks read (its own and those its
    // entries name): as rows when all of them are stored ones, else whole.
    // At 100x a season the copies took 3.5 MB.
    std::vector<RowStamp> rows;
    // Held apart: inline, every program's memo carried a Program's room
    // (1.3 MB at 100x) though stored rows never need one.
    std::shared_ptr<const Program> program;
    QList<Contact> contacts;
    // The entries themselves, kept alive to be compared with the next
    // index's (sameFacts): a copy of what the findings read of each took
    // 2 MB at 100x.
    std::vector<std::shared_ptr<const Entry>> entries;
    // Of the entries that have one: most have none, and a stamp for each
    // took 1 MB at 100x.
    std::vector<SimilarStamp> similar;
    bool readsTopChoice = false;
    // Where the program's entry findings are in CheckMemo::findings; while
    // the check runs, the findings themselves.
    QList<qsizetype> placed;
    QList<Finding> findings;
};

} // namespace

// checkSeason()'s findings per program, kept so that the next season checks
// again only the programs whose inputs differ.
struct CheckMemo
{
    const void *rules = nullptr; // the engine that made them
    qint64 epoch = 0;            // of the file whose rows ProgramMemo::rows name
    Season season;
    ApplicantProfile profile;
    QuotaPolicy quota;
    std::vector<TopChoiceStamp> topChoice;
    QHash<qint64, ProgramMemo> programs;
    std::size_t checkedAgain = 0;
    // The check's findings as returned, shared with its caller rather than
    // copied per program (at 100x 2.7 MB).
    QList<Finding> findings;
};

struct PreparedSeason
{
    SeasonSnapshot snapshot;
    std::unique_ptr<SeasonIndex> index; // points into snapshot
    QHash<QPair<qint64, QString>, const Acknowledgement *> acknowledged;
    QHash<qint64, qsizetype> programOrder;
    // Worked out when first asked, on whichever thread asks.
    mutable QMutex allowanceLock;
    mutable std::optional<Allowances> allowances;
    // The findings of the latest check of this season, or else of the
    // season it was prepared from.
    mutable QMutex checkLock;
    mutable std::shared_ptr<const CheckMemo> checks;
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
        remind(season, ctx, info, out);
        for (const Entry *e : info.entries)
            checkEntry(ctx, *e, 0, out);
    }

    // The thank-you reminder: it depends on the clock, so it is never kept.
    static void remind(const PreparedSeason &season, const RuleContext &ctx,
                       const ProgramInfo &info, QList<Finding> &out)
    {
        const ProgramAllowance *a = allowancesAt(season, ctx).program(info.program->id);
        if (a && a->thankYouDue)
            out << TimingRules::thankYouReminder(ctx, *info.program, *a->thankYouDue);
    }

    static std::vector<TopChoiceStamp> topChoiceStamps(const SeasonIndex &index)
    {
        std::vector<TopChoiceStamp> out;
        for (const Entry *e : index.topChoiceEntries()) {
            const ProgramInfo *p = index.program(e->programId);
            out.push_back(
                {e->id, e->programId, e->atMs, e->order, p ? p->program->name : QString()});
        }
        return out;
    }

    // What the program's entry findings are worked out from, findings aside.
    // topChoicePrograms: those with a message among the season's top-choice
    // letters, whose checks read all of them.
    static ProgramMemo stampProgram(const SeasonIndex &index, const ProgramInfo &info,
                                    const QSet<qint64> &topChoicePrograms, qint64 epoch)
    {
        ProgramMemo m;
        QList<const Contact *> contacts = info.contacts;
        m.entries.reserve(info.entries.size());
        for (const Entry *e : info.entries) {
            const std::size_t at = m.entries.size();
            m.entries.push_back(index.shared(*e));
            if (e->contactId && !info.contacts.contains(index.contact(e->contactId))) {
                if (const Contact *c = index.contact(e->contactId))
                    contacts << c;
            }
            if (e->direction == Direction::Outgoing) {
                if (const auto hit = index.mostSimilar(*e, 0)) {
                    const ProgramInfo *other = index.program(hit->entry->programId);
                    m.similar.push_back({at, hit->entry->id, hit->similarity, hit->entry->at,
                                         other ? other->program->name : QString()});
                }
            }
        }
        m.readsTopChoice = topChoicePrograms.contains(info.program->id);
        const bool stored = epoch != 0 && info.program->revision != 0 &&
                            std::all_of(contacts.cbegin(), contacts.cend(),
                                        [](const Contact *c) { return c->revision != 0; });
        if (stored) {
            m.rows.reserve(static_cast<std::size_t>(contacts.size()) + 1);
            m.rows.push_back({info.program->id, info.program->revision});
            for (const Contact *c : std::as_const(contacts))
                m.rows.push_back({c->id, c->revision});
        } else {
            m.program = std::make_shared<const Program>(*info.program);
            for (const Contact *c : std::as_const(contacts))
                m.contacts << *c;
        }
        return m;
    }

    // Every program's entry findings: taken over from memo where nothing
    // they depend on changed, worked out again elsewhere.
    std::shared_ptr<CheckMemo> checkPrograms(const PreparedSeason &prepared, const RuleContext &ctx,
                                             const CheckMemo *memo) const
    {
        auto next = std::make_shared<CheckMemo>();
        next->rules = this;
        next->epoch = prepared.snapshot.epoch;
        next->season = prepared.snapshot.season;
        next->profile = prepared.snapshot.profile;
        next->quota = prepared.snapshot.quota;
        next->topChoice = topChoiceStamps(*prepared.index);
        if (memo &&
            (memo->rules != this || memo->epoch != next->epoch || memo->season != next->season ||
             memo->profile != next->profile || memo->quota != next->quota))
            memo = nullptr;
        const bool sameTopChoice = memo && memo->topChoice == next->topChoice;
        const std::vector<ProgramInfo> &programs = prepared.index->programs();
        QSet<qint64> topChoicePrograms;
        for (const Entry *e : prepared.index->topChoiceEntries())
            topChoicePrograms.insert(e->programId);
        std::vector<ProgramMemo> memos(programs.size());
        std::atomic<std::size_t> checkedAgain{0};
        forEachInParallel(programs.size(), [&](std::size_t i) {
            const ProgramInfo &info = programs[i];
            ProgramMemo m = stampProgram(*prepared.index, info, topChoicePrograms, next->epoch);
            const auto old = memo ? memo->programs.constFind(info.program->id)
                                  : QHash<qint64, ProgramMemo>::const_iterator();
            if (memo && old != memo->programs.constEnd() && old->rows == m.rows &&
                (old->program == m.program ||
                 (old->program && m.program && *old->program == *m.program)) &&
                old->contacts == m.contacts &&
                std::equal(old->entries.cbegin(), old->entries.cend(), m.entries.cbegin(),
                           m.entries.cend(), sameFacts) &&
                old->similar == m.similar && (sameTopChoice || !m.readsTopChoice)) {
                m.findings.reserve(old->placed.size());
                for (const qsizetype at : old->placed) {
                    // As the rules made it: finish() marks it again.
                    Finding f = memo->findings.at(at);
                    f.acknowledged = false;
                    f.acknowledgedAt = {};
                    f.acknowledgedReason.clear();
                    m.findings << std::move(f);
                }
            } else {
                for (const Entry *e : info.entries)
                    checkEntry(ctx, *e, 0, m.findings);
                m.findings.squeeze();
                ++checkedAgain;
            }
            memos[i] = std::move(m);
        });
        next->checkedAgain = checkedAgain;
        next->programs.reserve(static_cast<qsizetype>(programs.size()));
        for (std::size_t i = 0; i < programs.size(); ++i)
            next->programs.insert(programs[i].program->id, std::move(memos[i]));
        return next;
    }

    // By program (snapshot order), then time; program-wide findings lead
    // their program and season-wide ones come last. Returns where each
    // finding went.
    static std::vector<qsizetype> finish(const PreparedSeason &season, QList<Finding> &findings)
    {
        // Keys looked up once per finding, not once per comparison.
        using Key = std::tuple<qsizetype, qint64, qint64, qsizetype>; // the last: place before
        std::vector<Key> keys;
        keys.reserve(static_cast<std::size_t>(findings.size()));
        for (qsizetype i = 0; i < findings.size(); ++i) {
            const Finding &f = findings.at(i);
            const qsizetype program = f.programId ? season.programOrder.value(*f.programId)
                                                  : std::numeric_limits<qsizetype>::max();
            const Entry *e =
                f.communicationId() ? season.index->entry(*f.communicationId()) : nullptr;
            keys.emplace_back(program, e ? e->atMs : std::numeric_limits<qint64>::min(),
                              e ? e->order : 0, i);
        }
        std::sort(keys.begin(), keys.end());
        std::vector<qsizetype> placed(keys.size());
        for (std::size_t i = 0; i < keys.size(); ++i)
            placed[static_cast<std::size_t>(std::get<3>(keys[i]))] = static_cast<qsizetype>(i);
        // In place, cycle by cycle: a sorted copy would hold the findings twice.
        std::vector<qsizetype> to = placed;
        for (qsizetype i = 0; i < findings.size(); ++i) {
            while (to[static_cast<std::size_t>(i)] != i) {
                const qsizetype j = to[static_cast<std::size_t>(i)];
                findings.swapItemsAt(i, j);
                std::swap(to[static_cast<std::size_t>(i)], to[static_cast<std::size_t>(j)]);
            }
        }
        for (Finding &f : findings) {
            const auto id = f.communicationId();
            const Acknowledgement *a = id ? season.acknowledged.value({*id, f.rule}) : nullptr;
            f.acknowledged = a != nullptr;
            if (a) {
                f.acknowledgedAt = a->at;
                f.acknowledgedReason = a->reason;
            }
        }
        return placed;
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

std::shared_ptr<const PreparedSeason>
RuleEngine::prepare(SeasonSnapshot snapshot, const PreparedSeason *previous, Bodies bodies) const
{
    auto s = std::make_shared<PreparedSeason>();
    s->snapshot = std::move(snapshot);
    // Each body goes as soon as its message is worked out, so that the
    // index fills the room it leaves (at 100x the bodies are 16 MB).
    std::function<void(qsizetype)> prepared;
    if (bodies == Bodies::LetGo) {
        Communication *communications = s->snapshot.communications.data();
        prepared = [communications](qsizetype i) {
            communications[i].body = QString();
        };
    }
    s->index = std::make_unique<SeasonIndex>(s->snapshot, d->data, d->matcher, d->wording,
                                             previous ? previous->index.get() : nullptr, prepared);
    for (const Acknowledgement &a : std::as_const(s->snapshot.acknowledgements))
        s->acknowledged.insert({a.communicationId, a.rule}, &a);
    for (qsizetype i = 0; i < s->snapshot.programs.size(); ++i)
        s->programOrder.insert(s->snapshot.programs.at(i).id, i);
    if (previous) {
        const QMutexLocker lock(&previous->checkLock);
        s->checks = previous->checks;
    }
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

std::size_t RuleEngine::programsCheckedAgain(const PreparedSeason &season)
{
    const QMutexLocker lock(&season.checkLock);
    return season.checks ? season.checks->checkedAgain : season.index->programs().size();
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
    std::shared_ptr<const CheckMemo> memo;
    {
        const QMutexLocker lock(&season.checkLock);
        memo = season.checks;
    }
    const std::shared_ptr<CheckMemo> checks = d->checkPrograms(season, ctx, memo.get());
    memo.reset();
    // The list is sized once: grown by doubling, it held two copies of the
    // findings at once (at 100x 2.9 MB each).
    const std::vector<ProgramInfo> &programs = season.index->programs();
    std::vector<QList<Finding>> reminders(programs.size());
    QList<Finding> seasonWide;
    QuotaRules::checkSeason(ctx, seasonWide);
    qsizetype total = seasonWide.size();
    for (std::size_t i = 0; i < programs.size(); ++i) {
        Impl::remind(season, ctx, programs[i], reminders[i]);
        total += reminders[i].size() + checks->programs[programs[i].program->id].findings.size();
    }
    QList<Finding> out;
    out.reserve(total);
    for (std::size_t i = 0; i < programs.size(); ++i) {
        out << std::move(reminders[i]);
        ProgramMemo &m = checks->programs[programs[i].program->id];
        m.placed.reserve(m.findings.size());
        for (Finding &f : m.findings) {
            m.placed << out.size(); // before finish() moves it
            out << std::move(f);
        }
        m.findings = {};
    }
    out << std::move(seasonWide);
    const std::vector<qsizetype> placed = Impl::finish(season, out);
    for (ProgramMemo &m : checks->programs) {
        for (qsizetype &at : m.placed)
            at = placed[static_cast<std::size_t>(at)];
    }
    checks->findings = out;
    {
        const QMutexLocker lock(&season.checkLock);
        season.checks = checks;
    }
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
