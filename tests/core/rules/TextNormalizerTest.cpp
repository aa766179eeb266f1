#include "rules/TextNormalizer.h"

#include <gtest/gtest.h>

namespace rapport::test {
namespace {

using core::TextNormalizer;

QString norm(const char *text)
{
    return TextNormalizer::normalize(QString::fromUtf8(text));
}

TEST(TextNormalizerTest, FoldsCaseQuotesDashesAndWhitespace)
{
    EXPECT_EQ(norm("  You\u2019re  MY\n\ttop\u00a0choice \u2014 truly  "),
              QStringLiteral("you are my top choice - truly"));
    EXPECT_EQ(norm("\u201cRanked to match\u201d\u2026"), QStringLiteral("\"ranked to match\"..."));
}

TEST(TextNormalizerTest, SpellsEveryFormOfNumberOneAsFirst)
{
    for (const char *text :
         {"my #1 choice", "my # 1 choice", "my No. 1 choice", "my no 1 choice", "my No.1 choice",
          "my number one choice", "my Number 1 choice", "my 1st choice", "my \u2116 1 choice"})
        EXPECT_EQ(norm(text), QStringLiteral("my first choice")) << text;
    EXPECT_EQ(norm("#2 on my list"), QStringLiteral("second on my list"));
}

TEST(TextNormalizerTest, LeavesOrdinaryNumbersAndWordsAlone)
{
    EXPECT_EQ(norm("No one else"), QStringLiteral("no one else"));
    EXPECT_EQ(norm("AAMC #12345678"), QStringLiteral("aamc #12345678"));
    EXPECT_EQ(norm("one of my top choices"), QStringLiteral("one of my top choices"));
    EXPECT_EQ(norm("version 1.5 of number 1.5"), QStringLiteral("version 1.5 of number 1.5"));
}

TEST(TextNormalizerTest, SplitsHyphenatedWordsAndLineBreakHyphens)
{
    EXPECT_EQ(norm("my top-choice program"), QStringLiteral("my top choice program"));
    EXPECT_EQ(norm("first\u2011choice"), QStringLiteral("first choice"));
    EXPECT_EQ(norm("my top-\nchoice"), QStringLiteral("my top choice"));
    EXPECT_EQ(norm("Lakeside - the program"), QStringLiteral("lakeside - the program"));
}

TEST(TextNormalizerTest, SpellsOutContractions)
{
    EXPECT_EQ(norm("I'll, we'd, can't, won't, don't, I'm, they've"),
              QStringLiteral("i will, we would, can not, will not, do not, i am, they have"));
    EXPECT_EQ(norm("I cannot"), QStringLiteral("i can not"));
    EXPECT_EQ(norm("Lakeside's program"), QStringLiteral("lakeside's program"));
}

// Hyphens, apostrophes and digits that no rewrite applies to (the cheap
// tests in front of each rewrite must not change what it would do).
TEST(TextNormalizerTest, KeepsWhatNoRewriteAppliesTo)
{
    EXPECT_EQ(norm("Lakeside's AAMC ID 12345678, Step 3 - pp. 10 -and 4th"),
              QStringLiteral("lakeside's aamc id 12345678, step 3 - pp. 10 -and 4th"));
    EXPECT_EQ(norm("program 12, no. 4, num 5, No.12, 1.5st, '1 'm 'x"),
              QStringLiteral("program 12, no. 4, num 5, no.12, 1.5st, '1 'm 'x"));
    EXPECT_EQ(norm("co-authored, pre- interview, x 'd"),
              QStringLiteral("co authored, pre interview, x 'd"));
}

TEST(TextNormalizerTest, WordsDropPunctuation)
{
    EXPECT_EQ(TextNormalizer::words(QStringLiteral("dear dr. lopez, i'm \"first\"!")),
              (QStringList{QStringLiteral("dear"), QStringLiteral("dr"), QStringLiteral("lopez"),
                           QStringLiteral("i'm"), QStringLiteral("first")}));
}

TEST(TextNormalizerTest, WordListIsTheWordsInOneString)
{
    for (const QString &text :
         {QStringLiteral("dear dr. lopez, i'm \"first\"! rock'n'roll x'' '' 12th \u00e9t\u00e9"),
          QStringLiteral(""), QStringLiteral("..."), QStringLiteral("one")}) {
        const QStringList words = TextNormalizer::words(text);
        const TextNormalizer::WordList list = TextNormalizer::wordList(text);
        EXPECT_EQ(list.joined, words.join(QLatin1Char(' ')));
        ASSERT_EQ(list.size(), words.size());
        for (qsizetype i = 0; i < words.size(); ++i)
            EXPECT_EQ(list.at(i).toString(), words.at(i));
    }
}

} // namespace
} // namespace rapport::test
