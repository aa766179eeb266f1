#include "rules/Lexicon.h"
#include "rules/TextNormalizer.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace rapport::test {
namespace {

using core::Lexicon;
using core::TextNormalizer;

// A lexicon small enough to read at a glance, so that the tests say what
// the code does with any word lists rather than what the shipped ones hold.
const char *const kSmall = R"({
  "rewrites": { "dont": "do not", "u": "you", "wanna": "want to" },
  "abbreviations": [ "dr", "st" ],
  "name_stopwords": [ "dr", "january", "i'm", "match" ],
  "concepts": {
    "negation": [ "not", "never" ],
    "ask": [ "ask", "asked", "Inquire" ],
    "rank_list": [ "rank order list", "rank list" ],
    "rank": [ "ranking", "rank*" ],
    "recommend": [ "Recommend*" ],
    "refusal": [ "dont" ],
    "program": [ "program's" ]
  }
})";

Lexicon small()
{
    auto lx = Lexicon::fromJson(QByteArray(kSmall), QStringLiteral("small.json"));
    EXPECT_TRUE(lx.ok()) << lx.errorMessage().toStdString();
    return lx.ok() ? lx.value() : Lexicon();
}

QStringList tokens(const Lexicon &lx, const char *text)
{
    return lx.tokens(TextNormalizer::normalize(QString::fromUtf8(text)));
}

// Words as UTF-8, so that a failure prints them as text.
using Texts = std::vector<std::string>;

Texts texts(const QStringList &list)
{
    Texts out;
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

Texts words(const char *spaced)
{
    return texts(QString::fromUtf8(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

using Spans = std::vector<std::pair<int, int>>;

// Where concept name occurs in text, as [first, last] token indices.
Spans find(const Lexicon &lx, const char *text, const char *name)
{
    const int id = lx.conceptId(QString::fromUtf8(name));
    EXPECT_GE(id, 0) << name;
    if (id < 0)
        return {};
    const Lexicon::Hits hits = lx.find(tokens(lx, text));
    EXPECT_EQ(hits.size(), static_cast<std::size_t>(lx.conceptCount()));
    Spans out;
    for (const Lexicon::Span &s : hits.at(static_cast<std::size_t>(id)))
        out.emplace_back(s.first, s.last);
    return out;
}

Texts names(const Lexicon &lx, const char *sentence)
{
    return texts(lx.properNames(QString::fromUtf8(sentence)));
}

TEST(LexiconTest, ReadsConceptsAbbreviationsAndStopwords)
{
    const Lexicon lx = small();
    EXPECT_EQ(lx.conceptCount(), 7);
    for (const char *name :
         {"negation", "ask", "rank_list", "rank", "recommend", "refusal", "program"}) {
        const int id = lx.conceptId(QString::fromUtf8(name));
        ASSERT_GE(id, 0) << name;
        EXPECT_EQ(lx.conceptName(id), QString::fromUtf8(name));
    }
    EXPECT_EQ(lx.conceptId(QStringLiteral("unknown")), -1);
    EXPECT_EQ(texts(lx.abbreviations()), words("dr st"));
    EXPECT_EQ(texts(lx.nameStopwords()), words("dr january i'm match"));
}

TEST(LexiconTest, TokensApplyRewritesAndDropPossessives)
{
    const Lexicon lx = small();
    EXPECT_EQ(texts(tokens(lx, "I dont think u wanna miss Northwestern's program")),
              words("i do not think you want to miss northwestern program"));
    EXPECT_EQ(texts(tokens(lx, "The residents' lounge at Mark\u2019s hospital")),
              words("the residents lounge at mark hospital"));
    // Contractions are the normaliser's, rewrites the lexicon's: both arrive
    // at the same words.
    EXPECT_EQ(texts(tokens(lx, "I don't")), texts(tokens(lx, "I dont")));
    EXPECT_EQ(texts(tokens(lx, "")), Texts());
    EXPECT_EQ(texts(tokens(lx, "... !!")), Texts());
}

TEST(LexiconTest, FindsWordsWhereverTheyOccur)
{
    const Lexicon lx = small();
    EXPECT_EQ(find(lx, "I asked and asked again", "ask"), (Spans{{1, 1}, {3, 3}}));
    // Entries are spelled like text: case and possessives do not matter.
    EXPECT_EQ(find(lx, "May I inquire about the program's schedule", "ask"), (Spans{{2, 2}}));
    EXPECT_EQ(find(lx, "May I inquire about the program's schedule", "program"), (Spans{{5, 5}}));
    EXPECT_TRUE(find(lx, "I will never tell", "ask").empty());
    EXPECT_EQ(find(lx, "I will never tell", "negation"), (Spans{{2, 2}}));
}

TEST(LexiconTest, FindsPhrasesOnlyWhenEveryWordFollows)
{
    const Lexicon lx = small();
    // At the end of the sentence as well as inside it.
    EXPECT_EQ(find(lx, "I have finished my rank order list", "rank_list"), (Spans{{4, 6}}));
    EXPECT_EQ(find(lx, "My rank list is done", "rank_list"), (Spans{{1, 2}}));
    EXPECT_TRUE(find(lx, "I have finished my rank order", "rank_list").empty());
    EXPECT_TRUE(find(lx, "rank the order list", "rank_list").empty());
    EXPECT_TRUE(find(lx, "list rank", "rank_list").empty());
}

TEST(LexiconTest, RewrittenEntriesMatchRewrittenText)
{
    const Lexicon lx = small();
    // "dont" in the list became "do not", as did "don't" in the text.
    EXPECT_EQ(find(lx, "I don't know", "refusal"), (Spans{{1, 2}}));
    EXPECT_EQ(find(lx, "I dont know", "refusal"), (Spans{{1, 2}}));
    EXPECT_EQ(find(lx, "I don't know", "negation"), (Spans{{2, 2}}));
}

TEST(LexiconTest, PrefixEntriesMatchWordsTheyStart)
{
    const Lexicon lx = small();
    EXPECT_EQ(find(lx, "Recommendation letters recommended by those who recommend", "recommend"),
              (Spans{{0, 0}, {2, 2}, {6, 6}}));
    EXPECT_TRUE(find(lx, "I precommend nothing", "recommend").empty());
    // A word that is both an entry and under a prefix counts once.
    EXPECT_EQ(find(lx, "the ranking and my ranks", "rank"), (Spans{{1, 1}, {4, 4}}));
    EXPECT_EQ(find(lx, "my rank list", "rank"), (Spans{{1, 1}}));
    EXPECT_EQ(find(lx, "my rank list", "rank_list"), (Spans{{1, 2}}));
}

TEST(LexiconTest, AddKeepsEachSpanOnce)
{
    const Lexicon lx = small();
    Lexicon::Hits hits = lx.find(tokens(lx, "hello"));
    const int id = lx.conceptId(QStringLiteral("program"));
    Lexicon::add(hits, id, Lexicon::Span{0, 0});
    Lexicon::add(hits, id, Lexicon::Span{0, 0});
    Lexicon::add(hits, id, Lexicon::Span{0, 1});
    EXPECT_EQ(hits.at(static_cast<std::size_t>(id)).size(), 2U);
}

TEST(LexiconTest, ProperNamesSkipTheFirstWordAndStopwords)
{
    const Lexicon lx = small();
    EXPECT_EQ(names(lx, "I loved Northwestern and Mark's lab."), words("northwestern mark"));
    EXPECT_EQ(names(lx, "I visited Mark\u2019s lab at Iowa and Iowa again."), words("mark iowa"));
    EXPECT_EQ(names(lx, "Stanford is my top choice."), Texts());
    EXPECT_EQ(names(lx, "  \"Lakeside\" felt like home."), Texts());
    EXPECT_EQ(names(lx, "I'm applying in January through the Match to Dr Lopez at Lakeside"),
              words("lopez lakeside"));
    // One letter is not a name.
    EXPECT_EQ(names(lx, "My Plan B is Duke"), words("plan duke"));
    EXPECT_EQ(names(lx, ""), Texts());
}

TEST(LexiconTest, ProperNamesTakeTheItemAfterAListMarker)
{
    const Lexicon lx = small();
    EXPECT_EQ(names(lx, "1. Stanford"), words("stanford"));
    EXPECT_EQ(names(lx, "2) Iowa State"), words("iowa state"));
    EXPECT_EQ(names(lx, "- Michigan"), words("michigan"));
    EXPECT_EQ(names(lx, "\u2022 Duke"), words("duke"));
}

TEST(LexiconTest, ProperNamesTakeTheItemAfterAHashNumber)
{
    // Lexicon.cpp: 'After "1." or "#2" the first word is the item itself.'
    const Lexicon lx = small();
    EXPECT_EQ(names(lx, "#2 Stanford"), words("stanford"));
}

TEST(LexiconTest, ClassifierTextHidesProperNames)
{
    const Lexicon lx = small();
    EXPECT_EQ(lx.classifierText(QStringLiteral("I loved Northwestern\u2019s residents and dont "
                                               "wanna leave")),
              std::string("i loved xname residents and do not want to leave"));
    EXPECT_EQ(lx.classifierText(QStringLiteral("We toured Winston-Salem with Dr Lopez.")),
              std::string("we toured xname xname with dr xname"));
    // The first word is not taken for a name.
    EXPECT_EQ(lx.classifierText(QStringLiteral("Stanford is great")),
              std::string("stanford is great"));
    EXPECT_EQ(lx.classifierText(QString()), std::string());
}

struct Malformed
{
    const char *json;
    const char *says;
};

TEST(LexiconTest, MalformedDocumentsAreRefusedWithWhereAndWhy)
{
    const Malformed cases[] = {
        {R"({"concepts": )", "not valid JSON"},
        {R"({})", "\"concepts\" must be a non-empty object"},
        {R"([1, 2])", "\"concepts\" must be a non-empty object"},
        {R"({"concepts": {}})", "\"concepts\" must be a non-empty object"},
        {R"({"concepts": {"ask": "ask"}})", "concepts.ask must be a list"},
        {R"({"concepts": {"ask": ["ask", "  "]}})", "concepts.ask[1] must be a non-empty string"},
        {R"({"concepts": {"ask": ["ask", 5]}})", "concepts.ask[1] must be a non-empty string"},
        {R"({"concepts": {"ask": ["!!!"]}})", "concepts.ask[0] has no words"},
        {R"({"concepts": {"ask": ["re*"]}})", "concepts.ask[0]: a prefix needs one word"},
        {R"({"concepts": {"ask": ["*"]}})", "concepts.ask[0]: a prefix needs one word"},
        {R"({"concepts": {"ask": ["rank ord*"]}})", "concepts.ask[0]: a prefix needs one word"},
        {R"({"rewrites": {"dont": 1}, "concepts": {"ask": ["ask"]}})",
         "rewrites.dont must be a string"},
    };
    for (const Malformed &c : cases) {
        const auto lx = Lexicon::fromJson(QByteArray(c.json), QStringLiteral("user.json"));
        ASSERT_FALSE(lx.ok()) << c.json;
        EXPECT_TRUE(contains(lx.errorMessage(), QStringLiteral("user.json"))) << c.json;
        EXPECT_TRUE(contains(lx.errorMessage(), c.says)) << c.json;
    }
    // Three letters make a prefix; the lists around concepts are optional.
    EXPECT_TRUE(Lexicon::fromJson(QByteArray(R"({"concepts": {"ask": ["req*"]}})"),
                                  QStringLiteral("ok.json"))
                    .ok());
}

TEST(LexiconTest, BuiltInLexiconLoads)
{
    const auto lx = Lexicon::builtIn();
    ASSERT_TRUE(lx.ok()) << lx.errorMessage().toStdString();
    EXPECT_GT(lx->conceptCount(), 0);
    // Sentences relies on these not ending a sentence.
    EXPECT_TRUE(lx->abbreviations().contains(QStringLiteral("dr")));
    EXPECT_TRUE(lx->abbreviations().contains(QStringLiteral("st")));
    EXPECT_FALSE(lx->nameStopwords().isEmpty());
}

} // namespace
} // namespace rapport::test
