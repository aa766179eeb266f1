#pragma once

#include <QHash>
#include <QStringList>

#include <array>
#include <atomic>
#include <mutex>
#include <optional>
#include <vector>

namespace rapport::core {

// A text as the set of its k-word shingles (hashed), sorted and unique.
// Shingles keep word order, so two bodies with the same words in another
// order are not "the same email", while a copy with a few words changed
// still shares most of its shingles.
using Shingles = std::vector<quint64>;

Shingles makeShingles(const QStringList &words, int size);
Shingles makeShingles(const std::vector<QStringView> &words, int size);

// |A ∩ B| / |A ∪ B|; 0 when both are empty.
double jaccard(const Shingles &a, const Shingles &b);

// Shingle sets of many documents with an inverted index, answering "which
// stored document is at least t-similar to this one" exactly (the same
// answer as comparing the query with every document) while reading only a
// bounded part of the index, even when most bodies share most of their
// phrasing.
//
// Each shingle gets a rank, rarest first (by document frequency), and every
// set is kept in rank order. A document B with J(A, B) ≥ t shares at least
// o ≥ t·|A| shingles with the query A, so it shares one of A's first
// |A| − o + 1 ranks (prefix filtering): only their posting lists are read,
// and those are the rarest shingles. Where A and B first meet, at position
// i in A and j in B, neither has a rarer shingle of the other, so
// |A ∩ B| ≤ min(|A| − i, |B| − j) (positional filtering): postings are
// sorted by j and read only up to the largest j that could still reach the
// overlap B's size needs, so a shingle common to most bodies is read only
// for the few documents where it is among the rarest. A 128-bit sketch of
// each set bounds the overlap once more (a bit one sketch has and the other
// lacks is a shingle of the one that the other has not), and each
// surviving candidate is verified by merging the two rank lists from where
// they met, stopping as soon as the overlap can no longer be reached. With
// a threshold so low that the prefixes cover much of the index, the query
// instead counts its overlap with every document (ScanCount), one increment
// per posting.
class ShingleIndex final
{
public:
    struct Hit
    {
        int document = -1;
        double similarity = 0.0;
    };

    ShingleIndex();
    ~ShingleIndex();
    Q_DISABLE_COPY_MOVE(ShingleIndex)

    // Documents are small non-negative ids; group is what a query may
    // exclude as a whole (the program a message went to).
    void add(int document, qint64 group, Shingles shingles);
    // A document's shingles, as added (empty for an id never added).
    Shingles shingles(int document) const;

    // Ranks the shingles and builds the posting lists; the documents are
    // then kept as their ranks only. bestMatch() does this on its first
    // call after add(); calling it once all documents are added keeps that
    // cost out of the first query.
    void build();

    // The most similar document with similarity ≥ threshold, outside
    // excludeGroup and other than excludeDocument; the lowest document id
    // among equally similar ones.
    std::optional<Hit> bestMatch(const Shingles &query, double threshold, qint64 excludeGroup,
                                 int excludeDocument = -1) const;
    // The same with a document of the index as the query.
    std::optional<Hit> bestMatch(int document, double threshold, qint64 excludeGroup,
                                 int excludeDocument = -1) const;

private:
    struct Scratch;
    using Signature = std::array<quint64, 2>;
    static Signature signatureOf(const Shingles &shingles);

    void ensureBuilt() const;
    // ranks: the query's shingles that some document has, in rank order.
    std::optional<Hit> bestMatch(const std::vector<quint32> &ranks, int n,
                                 const Signature &querySignature, double threshold,
                                 qint64 excludeGroup, int excludeDocument) const;
    std::optional<Hit> countOverlaps(const std::vector<quint32> &ranks, int n, double threshold,
                                     qint64 excludeGroup, int excludeDocument,
                                     Scratch &scratch) const;
    void buildLocked() const;
    std::size_t documentCount() const { return m_groups.size(); }
    std::size_t sizeOf(std::size_t document) const { return m_sizes[document]; }

    std::vector<qint64> m_groups;
    // The documents as added since the index was last built, every one of
    // them (add() after a build brings the others back from their ranks).
    mutable std::vector<Shingles> m_documents;

    // Built from m_documents on demand (guarded by m_buildMutex).
    mutable std::mutex m_buildMutex;
    mutable std::atomic<bool> m_built{true};
    mutable QHash<quint64, quint32> m_rank;      // shingle -> rank, rarest first
    mutable std::vector<quint64> m_shingleOf;    // rank -> shingle
    mutable std::vector<quint32> m_ranks;        // each document's ranks, ascending
    mutable std::vector<std::size_t> m_rankFrom; // document -> offset in m_ranks
    // Postings, per rank and by position within it: the document and the
    // shingle's position in it.
    mutable std::vector<quint32> m_postingDocument;
    mutable std::vector<quint32> m_postingPosition;
    mutable std::vector<quint32> m_sizes;           // document -> its number of shingles
    mutable std::vector<std::size_t> m_postingFrom; // rank -> first posting
    mutable std::size_t m_largest = 0;              // the largest document's size
    mutable std::vector<Signature> m_signatures;    // document -> sketch
};

} // namespace rapport::core
