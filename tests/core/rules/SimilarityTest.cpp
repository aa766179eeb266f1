#include "rules/Similarity.h"
#include "rules/TextNormalizer.h"

#include <gtest/gtest.h>

#include <optional>
#include <random>

namespace rapport::test {
namespace {

using core::jaccard;
using core::makeShingles;
using core::ShingleIndex;
using core::Shingles;

Shingles shinglesOf(const char *text, int size = 3)
{
    return makeShingles(
        core::TextNormalizer::words(core::TextNormalizer::normalize(QString::fromUtf8(text))),
        size);
}

TEST(SimilarityTest, JaccardOfShingleSets)
{
    EXPECT_DOUBLE_EQ(jaccard(shinglesOf("a b c d"), shinglesOf("a b c d")), 1.0);
    // {abc, bcd} vs {abc, bce}: one shared of three.
    EXPECT_DOUBLE_EQ(jaccard(shinglesOf("a b c d"), shinglesOf("a b c e")), 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(jaccard(shinglesOf("a b c"), shinglesOf("x y z")), 0.0);
    EXPECT_DOUBLE_EQ(jaccard({}, {}), 0.0);
}

TEST(SimilarityTest, WordOrderMattersNotJustTheWords)
{
    const Shingles a = shinglesOf("i enjoyed meeting the residents and the faculty at the dinner");
    const Shingles b = shinglesOf("the faculty and the residents at the dinner i enjoyed meeting");
    EXPECT_LT(jaccard(a, b), 0.5);
}

TEST(SimilarityTest, ShortTextsAreOneShingle)
{
    EXPECT_EQ(shinglesOf("thank you").size(), 1u);
    EXPECT_TRUE(shinglesOf("").empty());
}

// The index must find exactly what comparing against every document finds:
// same best similarity (or none) on random sets with heavy overlap.
TEST(SimilarityTest, IndexAgreesWithBruteForce)
{
    std::mt19937 rng(20261205);
    std::uniform_int_distribution<int> word(0, 60);
    std::uniform_int_distribution<int> length(5, 40);
    const auto randomSet = [&] {
        Shingles s;
        const int n = length(rng);
        for (int i = 0; i < n; ++i)
            s.push_back(static_cast<quint64>(word(rng)));
        std::sort(s.begin(), s.end());
        s.erase(std::unique(s.begin(), s.end()), s.end());
        return s;
    };
    std::vector<Shingles> docs;
    ShingleIndex index;
    for (int i = 0; i < 300; ++i) {
        docs.push_back(randomSet());
        index.add(i, i % 7, docs.back());
    }
    int found = 0;
    for (int q = 0; q < 200; ++q) {
        const Shingles query = q % 2 ? randomSet() : docs[static_cast<std::size_t>(q)];
        for (const double t : {0.3, 0.5, 0.8}) {
            double best = 0.0;
            // Group 3 is excluded as a whole, and the query's own document.
            for (std::size_t i = 0; i < docs.size(); ++i) {
                if (static_cast<int>(i) != q && i % 7 != 3)
                    best = std::max(best, jaccard(query, docs[i]));
            }
            const auto hit = index.bestMatch(query, t, 3, q);
            if (best >= t) {
                ASSERT_TRUE(hit.has_value()) << "query " << q << " threshold " << t;
                EXPECT_DOUBLE_EQ(hit->similarity, best);
                ++found;
            } else {
                EXPECT_FALSE(hit.has_value()) << "query " << q << " threshold " << t;
            }
        }
    }
    EXPECT_GT(found, 20) << "the random sets should produce some matches";
}

// A document exactly at the threshold that shares only the index's
// commonest shingles with the query (the case candidate filters get wrong).
TEST(SimilarityTest, FindsAMatchThatSharesOnlyCommonShingles)
{
    const Shingles query = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    const Shingles match = {3, 4, 5, 6, 7, 8, 9, 10}; // J = 8 / 10
    ShingleIndex index;
    index.add(0, 1, match);
    for (int i = 1; i <= 20; ++i) {
        Shingles filler = {3, 4, 5, 6, 7, 8, 9, 10};
        for (quint64 extra = 0; extra < 12; ++extra)
            filler.push_back(1000 * static_cast<quint64>(i) + extra);
        std::sort(filler.begin(), filler.end());
        index.add(i, 1, filler);
    }
    const auto hit = index.bestMatch(query, 0.8, 0);
    ASSERT_TRUE(hit.has_value());
    EXPECT_EQ(hit->document, 0);
    EXPECT_DOUBLE_EQ(hit->similarity, 0.8);
    EXPECT_FALSE(index.bestMatch(query, 0.81, 0).has_value());
}

// The best match by comparing the query with every document: the highest
// similarity at or above the threshold (documents sharing nothing never
// count), the lowest document id among equals.
std::optional<ShingleIndex::Hit> bruteForce(const std::vector<Shingles> &docs,
                                            const std::vector<qint64> &groups,
                                            const Shingles &query, double threshold,
                                            qint64 excludeGroup, int excludeDocument)
{
    std::optional<ShingleIndex::Hit> best;
    for (std::size_t i = 0; i < docs.size(); ++i) {
        if (static_cast<int>(i) == excludeDocument || groups[i] == excludeGroup)
            continue;
        const double sim = jaccard(query, docs[i]);
        if (sim > 0.0 && sim + 1e-9 >= threshold && (!best || sim > best->similarity))
            best = ShingleIndex::Hit{static_cast<int>(i), sim};
    }
    return best;
}

// Bodies made of a few shared sentences, as a season's are (the rules
// bench's worst case): most documents share most of their shingles, sizes
// vary and many pairs sit near any threshold. Prefix and positional
// filtering, the sketches and the switch to counting every overlap at low
// thresholds must still give exactly the brute-force answer, document and
// similarity, including for queries with shingles no document has and
// after documents are added to an index already queried.
TEST(SimilarityTest, IndexAgreesWithBruteForceWhenBodiesShareMostPhrasing)
{
    std::mt19937 rng(20261212);
    std::vector<QStringList> sentences;
    for (int s = 0; s < 10; ++s) {
        QStringList words;
        const int length = 5 + s % 6;
        for (int w = 0; w < length; ++w)
            words << QStringLiteral("w%1").arg((s * 7 + w * 3) % 40);
        sentences.push_back(words);
    }
    std::uniform_int_distribution<int> sentence(0, 9);
    std::uniform_int_distribution<int> count(2, 6);
    const auto body = [&] {
        QStringList words;
        const int n = count(rng);
        for (int i = 0; i < n; ++i)
            words << sentences[static_cast<std::size_t>(sentence(rng))];
        return words;
    };
    std::vector<Shingles> docs;
    std::vector<qint64> groups;
    ShingleIndex index;
    const auto addDocuments = [&](int n) {
        for (int i = 0; i < n; ++i) {
            docs.push_back(makeShingles(body(), 3));
            groups.push_back(static_cast<qint64>(docs.size() % 13));
            index.add(static_cast<int>(docs.size() - 1), groups.back(), docs.back());
        }
    };
    int found = 0;
    const auto queryAll = [&] {
        for (std::size_t q = 0; q < docs.size(); ++q) {
            Shingles query = docs[q];
            if (q % 3 == 1) {
                // A draft with words no stored body has.
                QStringList words = body();
                words.insert(words.size() / 2, QStringLiteral("novel%1").arg(q));
                query = makeShingles(words, 3);
            }
            for (const double t : {0.3, 0.5, 0.7, 0.8, 0.9, 1.0}) {
                const qint64 group = static_cast<qint64>(q % 13);
                const int self = q % 3 == 1 ? -1 : static_cast<int>(q);
                const auto expected = bruteForce(docs, groups, query, t, group, self);
                const auto hit = index.bestMatch(query, t, group, self);
                ASSERT_EQ(hit.has_value(), expected.has_value())
                    << "query " << q << " threshold " << t;
                if (self >= 0) {
                    // A stored document as the query, by its id.
                    const auto byId = index.bestMatch(self, t, group, self);
                    ASSERT_EQ(byId.has_value(), hit.has_value()) << "document " << q;
                    if (hit) {
                        EXPECT_EQ(byId->document, hit->document);
                        EXPECT_DOUBLE_EQ(byId->similarity, hit->similarity);
                    }
                }
                if (!expected)
                    continue;
                ++found;
                EXPECT_EQ(hit->document, expected->document) << "query " << q << " threshold " << t;
                EXPECT_DOUBLE_EQ(hit->similarity, expected->similarity);
            }
        }
    };
    addDocuments(150);
    queryAll();
    addDocuments(250); // the index is rebuilt on the next query
    index.build();
    queryAll();
    // Built, the index keeps ranks only: the shingles come back as added.
    for (std::size_t d = 0; d < docs.size(); ++d)
        ASSERT_EQ(index.shingles(static_cast<int>(d)), docs[d]) << "document " << d;
    EXPECT_TRUE(index.shingles(static_cast<int>(docs.size())).empty());
    EXPECT_GT(found, 1000) << "the shared sentences should produce many matches";
}

TEST(SimilarityTest, ExcludedGroupAndDocumentAreSkipped)
{
    ShingleIndex index;
    const Shingles s = shinglesOf("one two three four five six seven");
    index.add(1, 10, s);
    index.add(2, 20, s);
    index.add(3, 30, s);
    const auto hit = index.bestMatch(s, 0.8, 10, 2);
    ASSERT_TRUE(hit.has_value());
    EXPECT_EQ(hit->document, 3);
    // Equally similar documents: the lowest id wins, so results are stable.
    ASSERT_TRUE(index.bestMatch(s, 0.8, 30, 3).has_value());
    EXPECT_EQ(index.bestMatch(s, 0.8, 30, 3)->document, 1);
    index.add(4, 40, shinglesOf("entirely different words in this one"));
    EXPECT_FALSE(index.bestMatch(shinglesOf("entirely different words here"), 0.8, 0).has_value());
}

} // namespace
} // namespace rapport::test
