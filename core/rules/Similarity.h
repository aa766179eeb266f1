#pragma once

#include <QHash>
#include <QStringList>

#include <functional>
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
// stored document is at least t-similar to this one" without comparing
// against every document. Prefix filtering: if J(A, B) ≥ t then A and B
// share at least ⌈t·|A|⌉ shingles, so B must contain one of the
// |A| − ⌈t·|A|⌉ + 1 rarest shingles of A. Only documents found through
// those (short) posting lists are compared exactly.
class ShingleIndex final
{
public:
    struct Hit
    {
        int document = -1;
        double similarity = 0.0;
    };

    void add(int document, Shingles shingles);
    const Shingles &shingles(int document) const;

    // The most similar document with similarity ≥ threshold that accept()
    // lets through (e.g. "sent to another program").
    std::optional<Hit> bestMatch(const Shingles &query, double threshold,
                                 const std::function<bool(int)> &accept) const;

private:
    QHash<quint64, std::vector<int>> m_postings;
    QHash<int, Shingles> m_documents;
};

} // namespace rapport::core
