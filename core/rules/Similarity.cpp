#include "Similarity.h"

#include <algorithm>
#include <cmath>

namespace rapport::core {
namespace {

// FNV-1a over UTF-16 code units: stable across runs and platforms, unlike
// qHash with its per-process seed.
quint64 fnv1a(quint64 hash, QStringView word)
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

template <typename Words> Shingles shinglesOf(const Words &words, int size)
{
    constexpr quint64 kOffset = 14695981039346656037ULL;
    Shingles out;
    const auto count = static_cast<qsizetype>(words.size());
    if (count == 0 || size < 1)
        return out;
    const qsizetype k = std::min<qsizetype>(size, count);
    out.reserve(static_cast<std::size_t>(count - k + 1));
    for (qsizetype i = 0; i + k <= count; ++i) {
        quint64 h = kOffset;
        for (qsizetype j = i; j < i + k; ++j)
            h = fnv1a(h, words[static_cast<std::size_t>(j)]);
        out.push_back(h);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace

Shingles makeShingles(const QStringList &words, int size)
{
    return shinglesOf(words, size);
}

Shingles makeShingles(const std::vector<QStringView> &words, int size)
{
    return shinglesOf(words, size);
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

namespace {

// Bits set in a word, without a library call (the build targets CPUs
// without POPCNT).
int popcount(quint64 x)
{
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return static_cast<int>((x * 0x0101010101010101ULL) >> 56);
}

// The similarity of sets of sizes n and m sharing `common` shingles, written
// once so that the filters below and the answer agree to the last bit.
double similarityOf(double common, double n, double m)
{
    return common / (n + m - common);
}

// The epsilon keeps exactly-at-threshold pairs (8 of 10) from falling below
// it through rounding.
bool reaches(double similarity, double threshold)
{
    return similarity + 1e-9 >= threshold;
}

// The least overlap (at least 1) with which sets of sizes n and m reach the
// threshold; 0 when none does. Similarity grows with the overlap, so the
// estimate is moved to the exact boundary of the same expression.
int leastOverlap(int n, int m, double threshold)
{
    const int most = std::min(n, m);
    if (most < 1 || !reaches(similarityOf(most, n, m), threshold))
        return 0;
    int o = static_cast<int>(
        std::min<double>(most, std::max(1.0, std::ceil(threshold * (n + m) / (1.0 + threshold)))));
    while (o > 1 && reaches(similarityOf(o - 1, n, m), threshold))
        --o;
    while (!reaches(similarityOf(o, n, m), threshold))
        ++o;
    return o;
}

// The least overlap a set of size n needs with a set of any size: sharing o
// shingles, the similarity is at most o / n (the other set has at least o).
int leastOverlapAnySize(int n, double threshold)
{
    if (n < 1 || !reaches(1.0, threshold))
        return 0;
    int o = static_cast<int>(std::min<double>(n, std::max(1.0, std::ceil(threshold * n))));
    while (o > 1 && reaches(similarityOf(o - 1, n, o - 1), threshold))
        --o;
    while (!reaches(similarityOf(o, n, o), threshold))
        ++o;
    return o;
}

} // namespace

// Per-thread working memory of bestMatch(): which documents a query has
// met (a stamp per document, valid for one query, so nothing is cleared
// between queries), the candidates of one posting list, and the counts of
// countOverlaps().
struct ShingleIndex::Scratch
{
    std::vector<quint32> stamps;
    quint32 current = 0;
    std::vector<quint32> buffer;
    std::vector<quint32> overlap; // countOverlaps(): zero between queries
    std::vector<quint32> touched;

    void start(std::size_t documents)
    {
        if (stamps.size() < documents)
            stamps.resize(documents, 0);
        if (++current == 0) {
            std::fill(stamps.begin(), stamps.end(), 0);
            current = 1;
        }
    }
    // True the first time a document is met in this query.
    bool first(quint32 document)
    {
        if (stamps[document] == current)
            return false;
        stamps[document] = current;
        return true;
    }
    quint32 *candidates(std::size_t most)
    {
        if (buffer.size() < most)
            buffer.resize(most);
        return buffer.data();
    }
};

// A 128-bit sketch of a set: one bit per shingle (by a mix of its hash).
// Where one set has a bit the other lacks, it has a shingle the other has
// not, so the bits set in one only bound the overlap from above.
ShingleIndex::Signature ShingleIndex::signatureOf(const Shingles &shingles)
{
    Signature sig{0, 0};
    for (const quint64 s : shingles) {
        const auto bit = static_cast<unsigned>((s * 0x9E3779B97F4A7C15ULL) >> 57);
        sig[bit >> 6] |= quint64(1) << (bit & 63);
    }
    return sig;
}

ShingleIndex::ShingleIndex() = default;
ShingleIndex::~ShingleIndex() = default;

void ShingleIndex::add(int document, qint64 group, Shingles shingles)
{
    if (document < 0)
        return;
    // Built, the documents are ranks of a ranking that the new one changes.
    if (m_documents.size() < m_groups.size()) {
        std::vector<Shingles> documents(m_groups.size());
        for (std::size_t d = 0; d < documents.size(); ++d)
            documents[d] = this->shingles(static_cast<int>(d));
        m_documents = std::move(documents);
    }
    const auto slot = static_cast<std::size_t>(document);
    if (slot >= m_documents.size()) {
        m_documents.resize(slot + 1);
        m_groups.resize(slot + 1, 0);
    }
    m_documents[slot] = std::move(shingles);
    m_groups[slot] = group;
    m_built.store(false, std::memory_order_relaxed);
}

Shingles ShingleIndex::shingles(int document) const
{
    const auto slot = static_cast<std::size_t>(document);
    if (document < 0 || slot >= documentCount())
        return {};
    ensureBuilt();
    Shingles out;
    out.reserve(sizeOf(slot));
    for (std::size_t k = m_rankFrom[slot]; k < m_rankFrom[slot + 1]; ++k)
        out.push_back(m_shingleOf[m_ranks[k]]);
    std::sort(out.begin(), out.end());
    return out;
}

void ShingleIndex::build()
{
    ensureBuilt();
}

void ShingleIndex::ensureBuilt() const
{
    if (m_built.load(std::memory_order_acquire))
        return;
    const std::lock_guard lock(m_buildMutex);
    if (m_built.load(std::memory_order_relaxed))
        return;
    buildLocked();
    m_built.store(true, std::memory_order_release);
}

void ShingleIndex::buildLocked() const
{
    // Document frequencies, then ranks: rarest first, ties by value, so the
    // order does not depend on the order documents were added in.
    m_rank.clear();
    std::size_t total = 0;
    m_largest = 0;
    for (const Shingles &d : m_documents) {
        total += d.size();
        m_largest = std::max(m_largest, d.size());
    }
    m_rank.reserve(static_cast<qsizetype>(std::min<std::size_t>(total, 1u << 20)));
    for (const Shingles &d : m_documents) {
        for (const quint64 s : d)
            ++m_rank[s];
    }
    std::vector<std::pair<quint32, quint64>> order; // (frequency, shingle)
    order.reserve(static_cast<std::size_t>(m_rank.size()));
    for (auto it = m_rank.cbegin(); it != m_rank.cend(); ++it)
        order.emplace_back(it.value(), it.key());
    std::sort(order.begin(), order.end());
    m_postingFrom.assign(order.size() + 1, 0);
    m_shingleOf.resize(order.size());
    for (std::size_t r = 0; r < order.size(); ++r) {
        m_rank[order[r].second] = static_cast<quint32>(r);
        m_shingleOf[r] = order[r].second;
        m_postingFrom[r + 1] = m_postingFrom[r] + order[r].first;
    }
    m_rank.squeeze(); // reserved for every occurrence, most of them repeats

    m_signatures.resize(m_documents.size());
    for (std::size_t d = 0; d < m_documents.size(); ++d)
        m_signatures[d] = signatureOf(m_documents[d]);

    // Each document in rank order.
    m_rankFrom.assign(m_documents.size() + 1, 0);
    m_ranks.resize(total);
    for (std::size_t d = 0; d < m_documents.size(); ++d) {
        const Shingles &doc = m_documents[d];
        const std::size_t from = m_rankFrom[d];
        m_rankFrom[d + 1] = from + doc.size();
        for (std::size_t j = 0; j < doc.size(); ++j)
            m_ranks[from + j] = m_rank.value(doc[j]);
        std::sort(m_ranks.begin() + static_cast<std::ptrdiff_t>(from),
                  m_ranks.begin() + static_cast<std::ptrdiff_t>(from + doc.size()));
    }
    // Postings by position: every document's first shingle, then every
    // second one, and so on, so that each list comes out sorted. Documents
    // longest first, to drop the finished ones from the end.
    std::vector<quint32> longestFirst(m_documents.size());
    for (std::size_t d = 0; d < longestFirst.size(); ++d)
        longestFirst[d] = static_cast<quint32>(d);
    std::stable_sort(longestFirst.begin(), longestFirst.end(), [this](quint32 a, quint32 b) {
        return m_documents[a].size() > m_documents[b].size();
    });
    m_postingDocument.resize(total);
    m_postingPosition.resize(total);
    m_sizes.resize(m_documents.size());
    for (std::size_t d = 0; d < m_documents.size(); ++d)
        m_sizes[d] = static_cast<quint32>(m_documents[d].size());
    std::vector<std::size_t> fill(m_postingFrom.begin(), m_postingFrom.end() - 1);
    std::size_t active = longestFirst.size();
    for (std::size_t j = 0; j < m_largest; ++j) {
        while (active > 0 && m_documents[longestFirst[active - 1]].size() <= j)
            --active;
        for (std::size_t a = 0; a < active; ++a) {
            const quint32 d = longestFirst[a];
            const std::size_t k = fill[m_ranks[m_rankFrom[d] + j]]++;
            m_postingDocument[k] = d;
            m_postingPosition[k] = static_cast<quint32>(j);
        }
    }
    // From now on a document is its ranks.
    std::vector<Shingles>().swap(m_documents);
}

std::optional<ShingleIndex::Hit> ShingleIndex::bestMatch(const Shingles &query, double threshold,
                                                         qint64 excludeGroup,
                                                         int excludeDocument) const
{
    if (query.empty() || threshold <= 0.0 || documentCount() == 0)
        return std::nullopt;
    ensureBuilt();
    // The query in rank order; shingles no document has cannot be shared.
    std::vector<quint32> ranks;
    ranks.reserve(query.size());
    for (const quint64 s : query) {
        const auto it = m_rank.constFind(s);
        if (it != m_rank.constEnd())
            ranks.push_back(*it);
    }
    std::sort(ranks.begin(), ranks.end());
    return bestMatch(ranks, static_cast<int>(query.size()), signatureOf(query), threshold,
                     excludeGroup, excludeDocument);
}

std::optional<ShingleIndex::Hit> ShingleIndex::bestMatch(int document, double threshold,
                                                         qint64 excludeGroup,
                                                         int excludeDocument) const
{
    const auto slot = static_cast<std::size_t>(document);
    if (document < 0 || slot >= documentCount() || threshold <= 0.0)
        return std::nullopt;
    ensureBuilt();
    const auto from = static_cast<std::ptrdiff_t>(m_rankFrom[slot]);
    const auto to = static_cast<std::ptrdiff_t>(m_rankFrom[slot + 1]);
    if (from == to)
        return std::nullopt;
    const std::vector<quint32> ranks(m_ranks.begin() + from, m_ranks.begin() + to);
    return bestMatch(ranks, static_cast<int>(to - from), m_signatures[slot], threshold,
                     excludeGroup, excludeDocument);
}

std::optional<ShingleIndex::Hit> ShingleIndex::bestMatch(const std::vector<quint32> &ranks, int n,
                                                         const Signature &querySignature,
                                                         double threshold, qint64 excludeGroup,
                                                         int excludeDocument) const
{
    // Any match shares at least `least` shingles with the query.
    const int least = leastOverlapAnySize(n, threshold);
    if (least == 0)
        return std::nullopt;
    const int present = static_cast<int>(ranks.size());
    if (present < least)
        return std::nullopt;

    // The overlap each document size needs (0: that size cannot reach it;
    // past the end: neither can any larger one).
    std::vector<int> need(static_cast<std::size_t>(least), 0);
    for (int m = least; m <= static_cast<int>(m_largest); ++m) {
        const int o = leastOverlap(n, m, threshold);
        if (m > n && o == 0)
            break;
        need.push_back(o);
    }
    // Where a document first meets the query with `rest` of the query's
    // shingles left, the overlap is at most rest: only sizes needing no
    // more can match, and they can have at most m − need[m] shingles the
    // query has not, all before that meeting. mostUnshared[rest] is the
    // largest of these.
    std::vector<int> mostUnshared(static_cast<std::size_t>(present) + 1, -1);
    for (std::size_t m = 0; m < need.size(); ++m) {
        if (need[m] > 0 && need[m] <= present) {
            int &most = mostUnshared[static_cast<std::size_t>(need[m])];
            most = std::max(most, static_cast<int>(m) - need[m]);
        }
    }
    for (std::size_t rest = 1; rest < mostUnshared.size(); ++rest)
        mostUnshared[rest] = std::max(mostUnshared[rest], mostUnshared[rest - 1]);

    // A match shares one of the query's first present − least + 1 ranks.
    // Postings are sorted by position: a document that first meets the
    // query at rank i, past mostUnshared, has too many shingles the query
    // lacks. With a low threshold that leaves much of the index to read and
    // verify; counting every overlap (ScanCount) is then cheaper.
    const auto probes = static_cast<std::size_t>(present - least + 1);
    thread_local Scratch scratch;
    std::vector<std::size_t> stops(probes);
    std::size_t reading = 0;
    std::size_t everything = 0;
    for (std::size_t i = 0; i < static_cast<std::size_t>(present); ++i) {
        const quint32 r = ranks[i];
        const std::size_t begin = m_postingFrom[r];
        const std::size_t end = m_postingFrom[r + 1];
        everything += end - begin;
        if (i >= probes)
            continue;
        const auto unshared = static_cast<quint32>(
            std::max(0, mostUnshared[static_cast<std::size_t>(present) - i] + 1));
        // The first posting past mostUnshared (none when it is -1).
        stops[i] = static_cast<std::size_t>(
            std::lower_bound(m_postingPosition.begin() + static_cast<std::ptrdiff_t>(begin),
                             m_postingPosition.begin() + static_cast<std::ptrdiff_t>(end),
                             unshared) -
            m_postingPosition.begin());
        reading += stops[i] - begin;
    }
    if (reading * 8 > everything)
        return countOverlaps(ranks, n, threshold, excludeGroup, excludeDocument, scratch);

    scratch.start(documentCount());
    std::optional<Hit> best;
    for (int i = 0; i + least <= present; ++i) {
        const quint32 r = ranks[static_cast<std::size_t>(i)];
        const int restQuery = present - i;
        const std::size_t begin = m_postingFrom[r];
        const std::size_t stop = stops[static_cast<std::size_t>(i)];
        // Where a document first meets the query, neither has a rarer
        // shingle of the other, so the overlap is at most what remains of
        // each; a later meeting leaves less of both. Branch-free, as about
        // as many postings fail this as pass.
        quint32 *const passed = scratch.candidates(stop - begin);
        std::size_t count = 0;
        const quint32 *const sizes = m_sizes.data();
        const quint32 *const documents = m_postingDocument.data();
        const quint32 *const positions = m_postingPosition.data();
        for (std::size_t k = begin; k != stop; ++k) {
            const auto m = static_cast<int>(sizes[documents[k]]);
            const int needed =
                static_cast<std::size_t>(m) < need.size() ? need[static_cast<std::size_t>(m)] : 0;
            passed[count] = static_cast<quint32>(k - begin);
            count += static_cast<std::size_t>(needed > 0) &
                     static_cast<std::size_t>(needed <= restQuery) &
                     static_cast<std::size_t>(static_cast<int>(positions[k]) + needed <= m);
        }
        for (std::size_t c = 0; c < count; ++c) {
            const std::size_t k = begin + passed[c];
            const quint32 doc = documents[k];
            if (!scratch.first(doc))
                continue;
            const auto m = static_cast<int>(sizes[doc]);
            const int needed = need[static_cast<std::size_t>(m)];
            // The sketches: a bit one set has and the other lacks stands for
            // a shingle of the one that the other does not have.
            const Signature &other = m_signatures[doc];
            const int queryOnly =
                popcount(querySignature[0] & ~other[0]) + popcount(querySignature[1] & ~other[1]);
            const int otherOnly =
                popcount(other[0] & ~querySignature[0]) + popcount(other[1] & ~querySignature[1]);
            if (std::min(n - queryOnly, m - otherOnly) < needed)
                continue;
            if (static_cast<int>(doc) == excludeDocument || m_groups[doc] == excludeGroup)
                continue;
            const std::size_t from = m_rankFrom[doc];
            // Verify: merge the rest of both in rank order, giving up once
            // the overlap can no longer reach what is needed.
            const quint32 *b = m_ranks.data() + from;
            int common = 1;
            int ia = i + 1;
            int jb = static_cast<int>(positions[k]) + 1;
            while (ia < present && jb < m) {
                if (common + std::min(present - ia, m - jb) < needed)
                    break;
                const quint32 x = ranks[static_cast<std::size_t>(ia)];
                const quint32 y = b[jb];
                if (x < y) {
                    ++ia;
                } else if (y < x) {
                    ++jb;
                } else {
                    ++common;
                    ++ia;
                    ++jb;
                }
            }
            if (common < needed)
                continue;
            const double sim = similarityOf(common, n, m);
            if (!best || sim > best->similarity ||
                (sim == best->similarity && static_cast<int>(doc) < best->document))
                best = Hit{static_cast<int>(doc), sim};
        }
    }
    return best;
}

std::optional<ShingleIndex::Hit>
ShingleIndex::countOverlaps(const std::vector<quint32> &ranks, int n, double threshold,
                            qint64 excludeGroup, int excludeDocument, Scratch &scratch) const
{
    // One increment per posting of every shingle of the query, then the
    // similarity of every document met.
    std::vector<quint32> &overlap = scratch.overlap;
    if (overlap.size() < documentCount())
        overlap.resize(documentCount(), 0);
    std::vector<quint32> &touched = scratch.touched;
    touched.clear();
    const quint32 *const documents = m_postingDocument.data();
    for (const quint32 r : ranks) {
        const std::size_t end = m_postingFrom[r + 1];
        for (std::size_t k = m_postingFrom[r]; k != end; ++k) {
            if (overlap[documents[k]]++ == 0)
                touched.push_back(documents[k]);
        }
    }
    std::optional<Hit> best;
    for (const quint32 doc : touched) {
        const quint32 common = overlap[doc];
        overlap[doc] = 0;
        if (static_cast<int>(doc) == excludeDocument || m_groups[doc] == excludeGroup)
            continue;
        const double sim = similarityOf(common, n, static_cast<double>(sizeOf(doc)));
        if (reaches(sim, threshold) &&
            (!best || sim > best->similarity ||
             (sim == best->similarity && static_cast<int>(doc) < best->document)))
            best = Hit{static_cast<int>(doc), sim};
    }
    return best;
}

} // namespace rapport::core
