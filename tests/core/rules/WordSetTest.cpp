#include "rules/WordSet.h"

#include <gtest/gtest.h>

namespace rapport::test {
namespace {

using core::WordSet;

TEST(WordSetTest, FindsItsWordsWhole)
{
    const WordSet set(QStringList{"lakeside", "okafor", "lake", "okafor"});
    EXPECT_EQ(set.size(), 3);
    const QString text = QStringLiteral("at lakeside with dr okafor by the lake");
    for (const QStringView w : QStringView(text).tokenize(QLatin1Char(' '))) {
        const bool known = w == u"lakeside" || w == u"okafor" || w == u"lake";
        EXPECT_EQ(set.contains(w), known) << w.toString().toStdString();
    }
    EXPECT_FALSE(set.contains(u"lakesid"));
    EXPECT_FALSE(set.contains(u"lakesides"));
    EXPECT_FALSE(set.contains(u""));
}

TEST(WordSetTest, EmptySetHasNothing)
{
    const WordSet none;
    EXPECT_EQ(none.size(), 0);
    EXPECT_FALSE(none.contains(u"anything"));
    EXPECT_FALSE(WordSet(QStringList{}).contains(u""));
}

// Many words: the open addressing wraps and probes past collisions.
TEST(WordSetTest, ManyWords)
{
    QStringList words;
    for (int i = 0; i < 500; ++i)
        words << QStringLiteral("w%1").arg(i * 7);
    const WordSet set(words);
    EXPECT_EQ(set.size(), 500);
    for (int i = 0; i < 3500; ++i)
        EXPECT_EQ(set.contains(QStringLiteral("w%1").arg(i)), i % 7 == 0) << i;
}

// What a prepared entry made with the words stays valid while the hash is
// the same: the order they came in does not change it, another word does.
TEST(WordSetTest, HashIsOfTheWordsNotTheirOrder)
{
    const WordSet a(QStringList{"mercy", "valley", "okafor"});
    EXPECT_EQ(a.hash(), WordSet(QStringList{"okafor", "valley", "mercy", "mercy"}).hash());
    EXPECT_NE(a.hash(), WordSet(QStringList{"okafor", "valley"}).hash());
    EXPECT_NE(a.hash(), WordSet(QStringList{"okafor", "valley", "mercyy"}).hash());
}

} // namespace
} // namespace rapport::test
