#include "spelling/WordScanner.h"

#include <gtest/gtest.h>

using namespace rapport::core::spelling;

namespace {

std::vector<std::string> wordsOf(const QString &line)
{
    std::vector<std::string> out;
    for (const TextRange &range : words(line))
        out.push_back(line.sliced(range.start, range.length).toStdString());
    return out;
}

using Words = std::vector<std::string>;

} // namespace

TEST(WordScanner, SplitsAtSpacesAndPunctuation)
{
    EXPECT_EQ(wordsOf(QStringLiteral("Thank you, Dr. Osei; it was a pleasure.")),
              (Words{"Thank", "you", "Dr", "Osei", "it", "was", "pleasure"}));
    EXPECT_EQ(wordsOf(QStringLiteral("ended.Then")), (Words{"ended", "Then"}));
    EXPECT_EQ(wordsOf(QString()), Words{});
}

TEST(WordScanner, KeepsApostrophesInsideWordsOnly)
{
    EXPECT_EQ(wordsOf(QStringLiteral("the applicant's file, don't")),
              (Words{"the", "applicant's", "file", "don't"}));
    EXPECT_EQ(wordsOf(QStringLiteral("the applicant\u2019s file")),
              (Words{"the", "applicant\u2019s", "file"}));
    EXPECT_EQ(wordsOf(QStringLiteral("the programs' letters, 'quoted'")),
              (Words{"the", "programs", "letters", "quoted"}));
}

TEST(WordScanner, KeepsHyphenatedWordsTogetherAndDropsPartsWithDigits)
{
    EXPECT_EQ(wordsOf(QStringLiteral("a well-known PGY-1 with an H-1B visa")),
              (Words{"well-known", "PGY", "with", "an", "visa"}));
    EXPECT_EQ(wordsOf(QStringLiteral("well--known -dash- 2nd PGY1")),
              (Words{"well", "known", "dash"}));
    EXPECT_EQ(wordsOf(QStringLiteral("pre-2020-interview")), (Words{"pre", "interview"}));
}

TEST(WordScanner, SkipsPlaceholdersAddressesAndUrls)
{
    EXPECT_EQ(wordsOf(QStringLiteral("Dear {{contact.salutation}}, thank you")),
              (Words{"Dear", "thank", "you"}));
    EXPECT_EQ(wordsOf(QStringLiteral("Dear {{ contact.salutaton")), (Words{"Dear"}));
    EXPECT_EQ(wordsOf(QStringLiteral("write to amina.rahman@example.org today")),
              (Words{"write", "to", "today"}));
    EXPECT_EQ(wordsOf(QStringLiteral("see https://oto.uhospital.edu/apply-now?x=1 soon")),
              (Words{"see", "soon"}));
    EXPECT_EQ(wordsOf(QStringLiteral("see www.uhospital.edu or uhospital.edu/oto soon")),
              (Words{"see", "or", "soon"}));
    EXPECT_EQ(wordsOf(QStringLiteral("(mailto:pd@uhospital.edu)")), Words{});
}

TEST(WordScanner, KeepsAccentedLetters)
{
    EXPECT_EQ(wordsOf(QStringLiteral("Ménière's disease")), (Words{"Ménière's", "disease"}));
}

TEST(WordScanner, HyphenPartsAreRelativeToTheWord)
{
    EXPECT_EQ(hyphenParts(u"well-known"), (QList<TextRange>{{0, 4}, {5, 5}}));
    EXPECT_EQ(hyphenParts(u"word"), (QList<TextRange>{{0, 4}}));
    EXPECT_EQ(normalized(u"don\u2019t"), QStringLiteral("don't"));
}
