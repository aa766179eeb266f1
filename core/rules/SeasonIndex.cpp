#include "SeasonIndex.h"

#include "rules/MessageParts.h"
#include "rules/RuleData.h"
#include "rules/TextNormalizer.h"

#include <QSet>

#include <algorithm>
#include <iterator>
#include <utility>

namespace rapport::core {
namespace {

const QString kGeneric = QStringLiteral("content.generic");
const QString kLength = QStringLiteral("content.length");
const QString kPlaceholder = QStringLiteral("content.placeholder");
const QString kTopChoiceClaim = QStringLiteral("content.top_choice_claim");
const QString kTopChoice = QStringLiteral("quota.top_choice");

// Stands in for a program's own name, city and people (and for numbers), so
// that a mail-merge copy ("… at Lakeside on December 5 …" / "… at Riverside
// on December 12 …") shingles like its original.
const QString kMask = QStringLiteral("\x01");

QString wordSequence(const QString &text)
{
    return TextNormalizer::words(TextNormalizer::normalize(text)).join(QLatin1Char(' '));
}

std::size_t textHash(const Communication &c)
{
    return qHashMulti(0, c.subject, c.body);
}

TextNormalizer::WordList coreWords(const MessageParts &parts)
{
    return TextNormalizer::wordList(TextNormalizer::normalize(parts.coreText()));
}

// Whether the body lines name something of the program: a distinctive
// word of its name or its people, or its name, institution or city whole.
bool namesDetail(const TextNormalizer::WordList &coreWords, const ProgramInfo &info)
{
    // "Piedmont's commitment" names Piedmont: possessives count as the name.
    const auto bare = [](QStringView w) {
        return w.endsWith(QLatin1String("'s")) ? w.chopped(2)
               : w.endsWith(QLatin1Char('\'')) ? w.chopped(1)
                                               : w;
    };
    for (qsizetype i = 0; i < coreWords.size(); ++i) {
        if (info.detailWords.contains(bare(coreWords.at(i))))
            return true;
    }
    QString text = QLatin1Char(' ') + coreWords.joined + QLatin1Char(' ');
    text.replace(QLatin1String("'s "), QLatin1String(" "));
    for (const QString &phrase : info.detailPhrases) {
        if (text.contains(QLatin1Char(' ') + phrase + QLatin1Char(' ')))
            return true;
    }
    return false;
}

} // namespace

SeasonIndex::SeasonIndex(const SeasonSnapshot &snapshot, const RuleData &data,
                         const PhraseMatcher &matcher, const WordingChecker &wording,
                         const SeasonIndex *previous,
                         const std::function<void(qsizetype)> &prepared)
    : m_matcher(matcher), m_wording(wording)
{
    m_shingleSize = data.number(kGeneric, QStringLiteral("shingle_size"), 3);
    m_threshold = data.real(kGeneric, QStringLiteral("similarity"), 0.8);
    m_minWords = data.number(kGeneric, QStringLiteral("min_words"), 20);
    m_lineWidth = std::max(20, data.number(kLength, QStringLiteral("line_width"), 80));
    m_genericKinds = data.kinds(kGeneric);
    m_genericChannels = data.channels(kGeneric);
    m_epoch = snapshot.epoch;
    indexPrograms(snapshot, data, previous);

    // Only sent entries are history: a draft has not reached anyone.
    std::vector<Indexed> indexed;
    indexed.reserve(static_cast<std::size_t>(snapshot.communications.size()));
    {
        WordingChecker::Memo memo;
        // A mail merge greets many programs alike.
        QSet<QString> salutations;
        for (qsizetype i = 0; i < snapshot.communications.size(); ++i) {
            const Communication &c = snapshot.communications.at(i);
            if (c.state == CommState::Sent && m_programById.contains(c.programId))
                indexed.push_back(reuseOrPrepare(c, snapshot.epoch, previous, memo, salutations));
            if (prepared)
                prepared(i);
        }
    }
    std::stable_sort(indexed.begin(), indexed.end(), [](const Indexed &a, const Indexed &b) {
        return a.entry->isBefore(*b.entry);
    });

    const QList<Kind> letterKinds = data.kinds(kTopChoice);
    m_entries.reserve(indexed.size());
    m_indexById.reserve(static_cast<qsizetype>(indexed.size()));
    m_documentOf.reserve(indexed.size());
    for (Indexed &in : indexed) {
        const Entry &e = *in.entry;
        const auto i = static_cast<qint32>(m_entries.size());
        m_entries.push_back(std::move(in.entry));
        m_programs[m_programById.value(e.programId)].entries.push_back(&e);
        m_indexById.insert(e.id, i);
        if (e.direction == Direction::Outgoing &&
            (e.topChoiceClaim || letterKinds.contains(e.kind)))
            m_topChoice.push_back(&e);
        m_documentOf.push_back(in.shingles.empty() ? -1 : static_cast<qint32>(m_entryOf.size()));
        if (!in.shingles.empty()) {
            m_shingles.add(static_cast<int>(m_entryOf.size()), e.programId, std::move(in.shingles));
            m_entryOf.push_back(i);
        }
    }
    m_shingles.build();
}

const QString &Entry::placeholder() const
{
    static const QString none;
    return rare ? rare->placeholder : none;
}

const Shingles &Entry::shingles() const
{
    static const Shingles none;
    return rare ? rare->shingles : none;
}

// A Rare block may be shared with an earlier index's copy of the entry, so
// each change makes a new one.
void Entry::setPlaceholder(const QString &text)
{
    Shingles kept = rare ? rare->shingles : Shingles();
    rare = text.isEmpty() && kept.empty()
               ? nullptr
               : std::make_shared<const Rare>(Rare{text, std::move(kept)});
}

void Entry::setShingles(Shingles shingles)
{
    const QString kept = placeholder();
    rare = kept.isEmpty() && shingles.empty()
               ? nullptr
               : std::make_shared<const Rare>(Rare{kept, std::move(shingles)});
}

const Entry *SeasonIndex::entry(qint64 id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.constEnd() ? nullptr : m_entries[static_cast<std::size_t>(*it)].get();
}

std::shared_ptr<const Entry> SeasonIndex::shared(const Entry &e) const
{
    const EntryPtr &out = m_entries[static_cast<std::size_t>(m_indexById.value(e.id))];
    Q_ASSERT(out.get() == &e);
    return out;
}

int SeasonIndex::documentOf(qint64 id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.constEnd() ? -1 : m_documentOf[static_cast<std::size_t>(*it)];
}

Shingles SeasonIndex::shinglesOf(std::size_t i) const
{
    return m_shingles.shingles(m_documentOf[i]); // none for -1
}

SeasonIndex::Indexed SeasonIndex::reuseOrPrepare(const Communication &c, qint64 epoch,
                                                 const SeasonIndex *previous,
                                                 WordingChecker::Memo &memo,
                                                 QSet<QString> &salutations)
{
    const auto oldIndex =
        previous ? previous->m_indexById.constFind(c.id) : QHash<qint64, qint32>::const_iterator();
    const EntryPtr old = previous && oldIndex != previous->m_indexById.constEnd()
                             ? previous->m_entries[static_cast<std::size_t>(*oldIndex)]
                             : nullptr;
    // The same stored row needs no body to be known unchanged: a snapshot
    // taken over from a prepared one has none.
    const bool sameRow = old && c.revision != 0 && old->revision == c.revision && epoch != 0 &&
                         previous->m_epoch == epoch;
    const std::size_t hash = sameRow ? old->textHash : textHash(c);
    // What the text alone yields depends on its direction too.
    if (!old || old->textHash != hash || old->direction != c.direction) {
        Shingles shingles;
        auto e = std::make_shared<Entry>(prepare(c, false, c.id, &memo, &shingles));
        if (!e->salutation.isEmpty())
            e->salutation = *salutations.insert(e->salutation);
        e->textHash = hash;
        e->revision = c.revision;
        return {std::move(e), std::move(shingles)};
    }
    const ProgramInfo *info = program(c.programId);
    const ProgramInfo *oldInfo = previous->program(old->programId);
    const bool sameProgramFacts = old->programId == c.programId && old->kind == c.kind &&
                                  old->channel == c.channel && info && oldInfo &&
                                  info->wordsHash == oldInfo->wordsHash;
    const bool same = sameProgramFacts && old->contactId == c.contactId &&
                      old->atMs == c.at.toMSecsSinceEpoch() && old->at == c.at;
    if (same && sameRow) {
        ++m_reused;
        return {old, previous->shinglesOf(static_cast<std::size_t>(*oldIndex))};
    }
    // Moved, re-dated, re-kinded or otherwise written: the text's analysis
    // still holds.
    auto e = std::make_shared<Entry>(*old);
    e->revision = c.revision;
    e->programId = c.programId;
    e->contactId = c.contactId;
    e->at = c.at;
    e->atMs = c.at.toMSecsSinceEpoch();
    e->channel = c.channel;
    e->kind = c.kind;
    if (sameProgramFacts) {
        m_reused += same ? 1 : 0;
        return {std::move(e), previous->shinglesOf(static_cast<std::size_t>(*oldIndex))};
    }
    e->namesDetail = true;
    Shingles shingles;
    if (e->direction == Direction::Outgoing && info)
        shingles = addProgramFacts(
            *e,
            coreWords(MessageParts::split(MessageParts::blankQuotes(c.body, m_matcher), m_matcher)),
            *info);
    return {std::move(e), std::move(shingles)};
}

void SeasonIndex::indexPrograms(const SeasonSnapshot &snapshot, const RuleData &data,
                                const SeasonIndex *previous)
{
    m_programs.reserve(static_cast<std::size_t>(snapshot.programs.size()));
    for (const Program &p : snapshot.programs) {
        ProgramInfo info;
        info.program = &p;
        m_programById.insert(p.id, m_programs.size());
        m_programs.push_back(std::move(info));
    }
    for (const Contact &c : snapshot.contacts) {
        m_contacts.insert(c.id, &c);
        if (const auto it = m_programById.constFind(c.programId); it != m_programById.constEnd())
            m_programs[*it].contacts << &c;
    }

    const QStringList genericList = data.phrases(kGeneric, QStringLiteral("generic_words"));
    const QSet<QString> generic(genericList.begin(), genericList.end());
    const auto sameContacts = [](const QList<const Contact *> &a, const QList<const Contact *> &b) {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                          [](const Contact *x, const Contact *y) { return *x == *y; });
    };
    for (ProgramInfo &info : m_programs) {
        // Normalising every name again is most of what an unchanged season
        // costs to index.
        if (const ProgramInfo *before = previous ? previous->program(info.program->id) : nullptr;
            before && *before->program == *info.program &&
            sameContacts(before->contacts, info.contacts)) {
            info.detailPhrases = before->detailPhrases;
            info.detailWords = before->detailWords;
            info.maskWords = before->maskWords;
            info.wordsHash = before->wordsHash;
            continue;
        }
        const Program &p = *info.program;
        QStringList detailWords;
        QStringList maskWords;
        const QString texts[] = {p.name, p.institution, p.city};
        info.detailPhrases.reserve(std::size(texts));
        for (const QString &text : texts) {
            const QString sequence = wordSequence(text);
            if (sequence.isEmpty())
                continue;
            info.detailPhrases << sequence;
            const bool isCity = &text == &texts[2];
            for (const QString &w : sequence.split(QLatin1Char(' '))) {
                // Short and generic words ("new", "university") say nothing
                // about which program a text was written for; a city counts
                // only whole.
                if (w.size() < 4 || generic.contains(w))
                    continue;
                maskWords << w;
                if (!isCity)
                    detailWords << w;
            }
        }
        for (const Contact *c : std::as_const(info.contacts)) {
            const QStringList last = TextNormalizer::words(TextNormalizer::normalize(c->lastName));
            detailWords << last;
            maskWords << last << TextNormalizer::words(TextNormalizer::normalize(c->firstName));
        }
        info.detailWords = WordSet(std::move(detailWords));
        info.maskWords = WordSet(std::move(maskWords));
        info.wordsHash =
            qHashMulti(0, info.maskWords.hash(), info.detailWords.hash(),
                       qHashRange(info.detailPhrases.cbegin(), info.detailPhrases.cend()));
    }
}

Entry SeasonIndex::prepare(const Communication &c, bool isDraft, qint64 order,
                           WordingChecker::Memo *memo, Shingles *shingles) const
{
    Entry e;
    e.id = c.id;
    e.order = order;
    e.programId = c.programId;
    e.contactId = c.contactId;
    e.at = c.at;
    e.atMs = c.at.toMSecsSinceEpoch();
    e.direction = c.direction;
    e.channel = c.channel;
    e.kind = c.kind;
    e.isDraft = isDraft;
    // Quoted lines blanked rather than removed: the same text for every
    // rule, and offsets that still point into the stored body.
    const QString body = MessageParts::blankQuotes(c.body, m_matcher);
    const QString normText =
        TextNormalizer::normalize(QString(c.subject + QLatin1Char('\n') + body));
    e.hasText = !normText.isEmpty();
    const auto wording = m_wording.analyse(c.subject, body, e.direction, memo);
    e.wording = wording->raisingOnly();
    if (e.direction != Direction::Outgoing)
        return e;

    if (const auto hit = m_matcher.find(kPlaceholder, normText))
        e.setPlaceholder(hit->text);
    const MessageParts parts = MessageParts::split(body, m_matcher);
    e.salutation = parts.salutation;
    e.lines = parts.wrappedLines(m_lineWidth);
    const TextNormalizer::WordList words = coreWords(parts);
    e.coreWords = static_cast<qint32>(words.size());
    e.topChoiceClaim = wording->hit(kTopChoiceClaim) != nullptr;
    if (const ProgramInfo *info = program(c.programId)) {
        Shingles made = addProgramFacts(e, words, *info);
        if (shingles)
            *shingles = std::move(made);
        else
            e.setShingles(std::move(made));
    }
    return e;
}

Shingles SeasonIndex::addProgramFacts(Entry &e, const TextNormalizer::WordList &coreWords,
                                      const ProgramInfo &info) const
{
    e.namesDetail = namesDetail(coreWords, info);
    const bool similarityApplies = m_genericChannels.contains(e.channel) &&
                                   m_genericKinds.contains(e.kind) &&
                                   coreWords.size() >= m_minWords;
    if (similarityApplies) {
        std::vector<QStringView> masked;
        masked.reserve(static_cast<std::size_t>(coreWords.size()));
        bool lastMasked = false; // no word is the mask itself, a control character
        for (qsizetype i = 0; i < coreWords.size(); ++i) {
            const QStringView w = coreWords.at(i);
            // Dates and numbers change with every mail-merge copy too.
            const bool mask = w.front().isDigit() || info.maskWords.contains(w);
            if (!mask)
                masked.push_back(w);
            else if (!lastMasked)
                masked.push_back(kMask);
            lastMasked = mask;
        }
        return makeShingles(masked, m_shingleSize);
    }
    return {};
}

const ProgramInfo *SeasonIndex::program(qint64 id) const
{
    const auto it = m_programById.constFind(id);
    return it == m_programById.constEnd() ? nullptr : &m_programs[*it];
}

const Contact *SeasonIndex::contact(std::optional<qint64> id) const
{
    return id ? m_contacts.value(*id, nullptr) : nullptr;
}

std::vector<const Entry *> SeasonIndex::history(const Entry &e, qint64 excludeId) const
{
    std::vector<const Entry *> out;
    const ProgramInfo *info = program(e.programId);
    if (!info)
        return out;
    for (const Entry *h : info->entries) {
        if (!h->isBefore(e))
            break;
        if (excludeId == 0 || h->id != excludeId)
            out.push_back(h);
    }
    return out;
}

std::optional<SeasonIndex::Similar> SeasonIndex::mostSimilar(const Entry &e, qint64 excludeId) const
{
    const int excludeDoc = excludeId ? documentOf(excludeId) : -1;
    // A stored entry of this index is its own document.
    const auto hit =
        !e.isDraft && entry(e.id) == &e
            ? m_shingles.bestMatch(documentOf(e.id), m_threshold, e.programId, excludeDoc)
            : m_shingles.bestMatch(e.shingles(), m_threshold, e.programId, excludeDoc);
    if (!hit)
        return std::nullopt;
    const auto i = m_entryOf[static_cast<std::size_t>(hit->document)];
    return Similar{m_entries[static_cast<std::size_t>(i)].get(), hit->similarity};
}

} // namespace rapport::core
