#include "Similarity.h"

#include <algorithm>
#include <cmath>

namespace rapport::core {
namespace {

// FNV-1a over UTF-16 code units: stable across runs and platforms, unlike
// qHash with its per-process seed.
quint64 fnv1a(quint64 hash, const QString &word)
{
    constexpr quint64 kPrime = 1099511628211ULL;
    for (const QChar c : word) {
        hash ^= c.unicode();
        hash *= kPrime;
    }
    hash ^= 0x20; // word separator
    hash *= kPrime;
    return hash;
}

} // namespace

Shingles makeShingles(const QStringList &words, int size)
{
    constexpr quint64 kOffset = 14695981039346656037ULL;
    Shingles out;
    if (words.isEmpty() || size < 1)
        return out;
    const qsizetype k = std::min<qsizetype>(size, words.size());
    out.reserve(static_cast<std::size_t>(words.size() - k + 1));
    for (qsizetype i = 0; i + k <= words.size(); ++i) {
        quint64 h = kOffset;
        for (qsizetype j = i; j < i + k; ++j)
            h = fnv1a(h, words.at(j));
        out.push_back(h);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double jaccard(const Shingles &a, const Shingles &b)
{
    if (a.empty() && b.empty())
        return 0.0;
    std::size_t common = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

void ShingleIndex::add(int document, Shingles shingles)
{
    for (const quint64 s : shingles)
        m_postings[s].push_back(document);
    m_documents.insert(document, std::move(shingles));
}

const Shingles &ShingleIndex::shingles(int document) const
{
    static const Shingles empty;
    const auto it = m_documents.constFind(document);
    return it == m_documents.constEnd() ? empty : *it;
}

std::optional<ShingleIndex::Hit>
ShingleIndex::bestMatch(const Shingles &query, double threshold,
                        const std::function<bool(int)> &accept) const
{
    if (query.empty() || threshold <= 0.0)
        return std::nullopt;
    const auto n = static_cast<double>(query.size());
    // A small epsilon keeps 0.8 × 10 from rounding up to 9.
    const auto overlap = static_cast<std::size_t>(std::ceil(threshold * n - 1e-9));
    const std::size_t prefix = query.size() - std::min(overlap, query.size()) + 1;

    // Rarest shingles first: their posting lists are the short ones.
    std::vector<std::pair<std::size_t, quint64>> byRarity;
    byRarity.reserve(query.size());
    for (const quint64 s : query) {
        const auto it = m_postings.constFind(s);
        byRarity.emplace_back(it == m_postings.constEnd() ? 0 : it->size(), s);
    }
    std::partial_sort(byRarity.begin(),
                      byRarity.begin() +
                          static_cast<std::ptrdiff_t>(std::min(prefix, byRarity.size())),
                      byRarity.end());

    std::vector<int> candidates;
    for (std::size_t i = 0; i < prefix && i < byRarity.size(); ++i) {
        const auto it = m_postings.constFind(byRarity[i].second);
        if (it != m_postings.constEnd())
            candidates.insert(candidates.end(), it->begin(), it->end());
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    std::optional<Hit> best;
    for (const int doc : candidates) {
        const Shingles &other = shingles(doc);
        // Size filter: J ≤ min/max, so sizes too far apart cannot reach t.
        const auto m = static_cast<double>(other.size());
        if (m < threshold * n - 1e-9 || threshold * m > n + 1e-9)
            continue;
        if (!accept(doc))
            continue;
        const double sim = jaccard(query, other);
        if (sim + 1e-9 >= threshold && (!best || sim > best->similarity))
            best = Hit{doc, sim};
    }
    return best;
}

} // namespace rapport::core
