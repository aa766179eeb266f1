#include "rules/MessageParts.h"
#include "rules/PhraseMatcher.h"
#include "rules/RuleData.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

#include <memory>

namespace rapport::test {
namespace {

using core::MessageParts;

// One line of a reply and whether the author quoted it rather than wrote it.
struct Line
{
    const char *text;
    bool quoted;
};

// The quote headers are the shipped rule data's (content.length
// "quote_headers"), as in the app.
class BlankQuotesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto data = core::RuleData::builtIn();
        ASSERT_TRUE(data.ok()) << data.errorMessage().toStdString();
        m_matcher = std::make_unique<core::PhraseMatcher>(data.value());
    }

    // blankQuotes(body), checking that every offset into it is one into the
    // body: the same length, the same line breaks, and each character
    // either kept or made a space.
    QString blank(const QString &body) const
    {
        const QString out = MessageParts::blankQuotes(body, *m_matcher);
        EXPECT_EQ(out.size(), body.size());
        for (qsizetype k = 0; k < qMin(out.size(), body.size()); ++k) {
            if (body.at(k) == QLatin1Char('\n')) {
                EXPECT_EQ(out.at(k), QLatin1Char('\n')) << "line break lost at " << k;
            } else if (out.at(k) != body.at(k)) {
                EXPECT_EQ(out.at(k), QLatin1Char(' ')) << "changed at " << k;
            }
        }
        return out;
    }

    // The lines joined into a body, blanked, against the same lines with
    // the quoted ones as spaces.
    void expectBlanked(std::initializer_list<Line> lines) const
    {
        QStringList body;
        QStringList expected;
        for (const Line &l : lines) {
            const QString text = QString::fromUtf8(l.text);
            body << text;
            expected << (l.quoted ? QString(text.size(), QLatin1Char(' ')) : text);
        }
        EXPECT_EQ(blank(body.join(QLatin1Char('\n'))), expected.join(QLatin1Char('\n')));
    }

    std::unique_ptr<core::PhraseMatcher> m_matcher;
};

TEST_F(BlankQuotesTest, LeavesUnquotedTextAsItIs)
{
    for (const char *text :
         {"", "Thank you for the interview.\n\nBest,\nJane",
          "Dear Dr. Lopez,\nMy score was > 250 - and the ratio 3:1.\n___\nJane Smith",
          "I wrote: thank you.\nOn Monday I visited the clinic."}) {
        const QString body = QString::fromUtf8(text);
        EXPECT_EQ(blank(body), body);
    }
}

TEST_F(BlankQuotesTest, BlanksQuotedLinesAndKeepsTheAnswersBetweenThem)
{
    expectBlanked({{"Thank you for your questions.", false},
                   {"> Are you applying to other programs in the area?", true},
                   {"Yes, to two of them.", false},
                   {"   > Would you consider a preliminary year?", true},
                   {">", true},
                   {"", false},
                   {"Best regards,", false},
                   {"Jane", false}});
}

TEST_F(BlankQuotesTest, BlanksEverythingFromAnOnWroteHeader)
{
    expectBlanked({{"Thank you, I will be there.", false},
                   {"", false},
                   {"On Mon, Jan 5, 2027 at 9:00 AM Dr. Lopez <lopez@lakeside.edu> wrote:", true},
                   {"Dear Jane,", true},
                   {"We would like to invite you to our second look.", true},
                   {"> earlier text", true},
                   {"", true}});
}

TEST_F(BlankQuotesTest, BlanksEverythingFromAForwardedMessageSeparator)
{
    expectBlanked({{"Please see below.", false},
                   {"-----Original Message-----", true},
                   {"From: Lopez", true},
                   {"Our program ranks applicants carefully.", true}});
    expectBlanked({{"Thanks!", false},
                   {"________________________________", true},
                   {"From: Lakeside Residency", true}});
}

TEST_F(BlankQuotesTest, OffsetsOfTheAuthorsWordsStayTheSame)
{
    const QString body = QStringLiteral("> Q1?\r\nAnswer one \U0001F60A.\r\n> Q2?\r\nAnswer two.");
    const QString out = blank(body);
    for (const QString &words :
         {QStringLiteral("Answer one \U0001F60A."), QStringLiteral("Answer two.")}) {
        EXPECT_EQ(out.indexOf(words), body.indexOf(words));
        EXPECT_GE(out.indexOf(words), 0);
    }
    EXPECT_FALSE(out.contains(QLatin1String("Q1")));
    EXPECT_FALSE(out.contains(QLatin1String("Q2")));
}

} // namespace
} // namespace rapport::test
