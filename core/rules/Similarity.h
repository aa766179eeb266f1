#pragma once

#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace rapport::core {

// A text as the set of its k-word shingles (hashed), sorted and unique.
// Shingles keep word order, so two bodies with the same words in another
// order are not "the same email", while a copy with a few words changed
// still shares most of its shingles.
using Shingles = std::vector<quint64>;

Shingles makeShingles(const QStringList &words, int size);

// |A ∩ B| / |A ∪ B|; 0 when both are empty.
double jaccard(const Shingles &a, const Shingles &b);

// Shingle sets of many documents with an inverted index, answering "which
// stored document is at least t-similar to this one" exactly without
// comparing sets pairwise: one pass over the query's posting lists counts
// each document's overlap with the query (ScanCount), and |A ∩ B| with the
// two sizes gives the Jaccard index. That costs one increment per posting,
// which stays cheap even when a season's bodies share most of their
// phrasing (where prefix filtering degrades to verifying nearly every
// document).
class ShingleIndex final
{
public:
    struct Hit
    {
        int document = -1;
        double similarity = 0.0;
    };

    // Documents are small non-negative ids; group is what a query may
    // exclude as a whole (the program a message went to).
    void add(int document, qint64 group, Shingles shingles);
    const Shingles &shingles(int document) const;

    // The most similar document with similarity ≥ threshold, outside
    // excludeGroup and other than excludeDocument.
    std::optional<Hit> bestMatch(const Shingles &query, double threshold, qint64 excludeGroup,
                                 int excludeDocument = -1) const;

private:
    QHash<quint64, std::vector<int>> m_postings;
    std::vector<Shingles> m_documents;
    std::vector<qint64> m_groups;
};

} // namespace rapport::core
