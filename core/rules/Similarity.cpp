#include "Similarity.h"

#include <algorithm>

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

void ShingleIndex::add(int document, qint64 group, Shingles shingles)
{
    if (document < 0)
        return;
    const auto slot = static_cast<std::size_t>(document);
    if (slot >= m_documents.size()) {
        m_documents.resize(slot + 1);
        m_groups.resize(slot + 1, 0);
    }
    for (const quint64 s : shingles)
        m_postings[s].push_back(document);
    m_documents[slot] = std::move(shingles);
    m_groups[slot] = group;
}

const Shingles &ShingleIndex::shingles(int document) const
{
    static const Shingles empty;
    const auto slot = static_cast<std::size_t>(document);
    return document < 0 || slot >= m_documents.size() ? empty : m_documents[slot];
}

std::optional<ShingleIndex::Hit> ShingleIndex::bestMatch(const Shingles &query, double threshold,
                                                         qint64 excludeGroup,
                                                         int excludeDocument) const
{
    if (query.empty() || threshold <= 0.0 || m_documents.empty())
        return std::nullopt;
    std::vector<quint32> overlap(m_documents.size(), 0);
    std::vector<int> touched;
    for (const quint64 s : query) {
        const auto it = m_postings.constFind(s);
        if (it == m_postings.constEnd())
            continue;
        for (const int doc : *it) {
            if (overlap[static_cast<std::size_t>(doc)]++ == 0)
                touched.push_back(doc);
        }
    }

    const auto n = static_cast<double>(query.size());
    std::optional<Hit> best;
    for (const int doc : touched) {
        const auto slot = static_cast<std::size_t>(doc);
        if (doc == excludeDocument || m_groups[slot] == excludeGroup)
            continue;
        const double common = overlap[slot];
        const double sim = common / (n + static_cast<double>(m_documents[slot].size()) - common);
        // The epsilon keeps exactly-at-threshold pairs (8 of 10) from
        // falling below it through rounding.
        if (sim + 1e-9 >= threshold &&
            (!best || sim > best->similarity || (sim == best->similarity && doc < best->document)))
            best = Hit{doc, sim};
    }
    return best;
}

} // namespace rapport::core
