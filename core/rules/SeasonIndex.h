#pragma once

#include "domain/SeasonSnapshot.h"
#include "rules/PhraseMatcher.h"
#include "rules/Similarity.h"
#include "rules/TextNormalizer.h"
#include "rules/WordSet.h"
#include "rules/Wording.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace rapport::core {

class RuleData;

// A communication (stored or draft) with everything the rules derive from
// its text worked out once.
struct Entry
{
    qint64 id = 0;    // 0 for a new draft
    qint64 order = 0; // tie-break after time: the id; a new draft sorts last
    qint64 programId = 0;
    std::optional<qint64> contactId;
    QDateTime at;
    qint64 atMs = 0;
    Direction direction = Direction::Outgoing;
    Channel channel = Channel::Email;
    Kind kind = Kind::Other;
    bool isDraft = false;
    // What the checks read of the text, worked out when prepared; the text
    // itself is the snapshot's, which may let it go once prepared. The body
    // facts are of outgoing entries. (The flags fill the room the enums
    // leave: at 100x each 8 bytes of an entry are 0.23 MB.)
    bool hasText = false; // subject or body, once normalised
    bool topChoiceClaim = false;
    // Whether the body lines name the program, its people or its city
    // (content.generic): of its program as it was when prepared.
    bool namesDetail = true;
    // Of the subject and body: a later index reuses everything derived from
    // the text while this stays the same.
    std::size_t textHash = 0;
    // The stored row's revision: while it and the file's epoch (the
    // index's) stay the same, so does the text, whether or not the snapshot
    // still holds it.
    qint64 revision = 0;
    qint32 lines = 0;     // body lines as wrapped at content.length's width; 0: none
    qint32 coreWords = 0; // words in the body lines
    QString salutation;   // the greeting as written; empty if none
    // What few entries have, held apart (at 100x, 1 MB inline): the first
    // unfilled content.placeholder; a draft's shingles of the body lines
    // where content.generic applies (a stored entry's are its index's).
    struct Rare
    {
        QString placeholder;
        Shingles shingles;
    };
    std::shared_ptr<const Rare> rare;
    // The sentences that raise a wording rule; nullptr where none does.
    std::shared_ptr<const WordingAnalysis> wording;

    const QString &placeholder() const;
    const Shingles &shingles() const;
    void setPlaceholder(const QString &text);
    void setShingles(Shingles shingles);

    bool isBefore(const Entry &o) const
    {
        return atMs < o.atMs || (atMs == o.atMs && order < o.order);
    }
};

struct ProgramInfo
{
    const Program *program = nullptr;
    QList<const Contact *> contacts;
    std::vector<const Entry *> entries; // sent, in time order
    QStringList detailPhrases;          // name, institution, city as word sequences
    WordSet detailWords;                // distinctive name words, contacts' last names
    WordSet maskWords;                  // replaced before shingling (mail-merge fields)
    // Of the words and phrases above: an entry's shingles and namesDetail
    // made with them stay valid while it is the same.
    std::size_t wordsHash = 0;
};

// Per-program histories, the season's top-choice entries and the shingle
// index of sent bodies, built once per snapshot so that a draft check only
// touches its own program and a few posting lists. Built from a previous
// index of the same rules, it reuses every entry whose text and facts are
// unchanged, so a write costs what it touched.
class SeasonIndex final
{
public:
    // prepared(i), when given, is called as soon as the snapshot's
    // communication i is worked out: its text is not read again.
    SeasonIndex(const SeasonSnapshot &snapshot, const RuleData &data, const PhraseMatcher &matcher,
                const WordingChecker &wording, const SeasonIndex *previous = nullptr,
                const std::function<void(qsizetype)> &prepared = {});
    Q_DISABLE_COPY_MOVE(SeasonIndex)

    // memo: for many entries in a row, as when a season is prepared.
    // shingles: where the body's shingles go; without it (a draft) the
    // entry keeps them.
    Entry prepare(const Communication &c, bool isDraft, qint64 order,
                  WordingChecker::Memo *memo = nullptr, Shingles *shingles = nullptr) const;

    const ProgramInfo *program(qint64 id) const;
    const Contact *contact(std::optional<qint64> id) const;
    const std::vector<ProgramInfo> &programs() const { return m_programs; }
    const Entry *entry(qint64 id) const;
    // One of this index's entries, as the indexes built from it share it.
    std::shared_ptr<const Entry> shared(const Entry &e) const;
    // Entries taken over from the previous index rather than prepared anew.
    std::size_t reusedEntries() const { return m_reused; }

    // Sent entries of the entry's program before it, leaving out excludeId.
    std::vector<const Entry *> history(const Entry &e, qint64 excludeId) const;
    // Season-wide, in time order: letters of intent and top-choice claims.
    const std::vector<const Entry *> &topChoiceEntries() const { return m_topChoice; }

    struct Similar
    {
        const Entry *entry = nullptr;
        double similarity = 0.0;
    };
    // The sent body to another program most similar to e, at or above the
    // content.generic threshold (excludeId: the stored entry a draft replaces).
    std::optional<Similar> mostSimilar(const Entry &e, qint64 excludeId) const;

private:
    using EntryPtr = std::shared_ptr<const Entry>;
    // An entry with the shingles its document gets.
    struct Indexed
    {
        EntryPtr entry;
        Shingles shingles;
    };

    // previous: an index whose programs' words are taken over where the
    // program and its contacts are unchanged.
    void indexPrograms(const SeasonSnapshot &snapshot, const RuleData &data,
                       const SeasonIndex *previous);
    // salutations: those of the entries prepared so far, each kept once.
    Indexed reuseOrPrepare(const Communication &c, qint64 epoch, const SeasonIndex *previous,
                           WordingChecker::Memo &memo, QSet<QString> &salutations);
    int documentOf(qint64 id) const;          // -1: none
    Shingles shinglesOf(std::size_t i) const; // of m_entries[i]
    // The facts of an outgoing entry that depend on its program as well;
    // returns its shingles, where content.generic applies.
    Shingles addProgramFacts(Entry &e, const TextNormalizer::WordList &coreWords,
                             const ProgramInfo &info) const;

    const PhraseMatcher &m_matcher;
    const WordingChecker &m_wording;
    std::vector<ProgramInfo> m_programs;
    QHash<qint64, std::size_t> m_programById;
    QHash<qint64, const Contact *> m_contacts;
    // Shared with the index this one was built from and the next one:
    // entries never change once prepared.
    std::vector<EntryPtr> m_entries;   // in time order
    QHash<qint64, qint32> m_indexById; // entry id -> index into m_entries
    std::vector<const Entry *> m_topChoice;
    // Documents are the entries with shingles, in the entries' order.
    ShingleIndex m_shingles;
    std::vector<qint32> m_documentOf; // index into m_entries -> document, or -1
    std::vector<qint32> m_entryOf;    // document -> index into m_entries
    qint64 m_epoch = 0;               // the file's, as every entry was read from it
    int m_shingleSize = 3;
    double m_threshold = 0.8;
    int m_minWords = 20;
    int m_lineWidth = 80;
    QList<Kind> m_genericKinds;
    QList<Channel> m_genericChannels;
    std::size_t m_reused = 0;
};

} // namespace rapport::core
