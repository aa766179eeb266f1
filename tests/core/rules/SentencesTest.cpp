#include "rules/Sentences.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QStringList>

#include <string>
#include <vector>

namespace rapport::test {
namespace {

using core::Sentences;
using core::SentenceSpan;
using core::TextField;

// What the lexicon passes in, kept here so that the tests do not move with
// the shipped word lists.
const QStringList &abbreviations()
{
    static const QStringList list = {
        QStringLiteral("dr"),  QStringLiteral("st"),   QStringLiteral("mr"),  QStringLiteral("mrs"),
        QStringLiteral("ms"),  QStringLiteral("prof"), QStringLiteral("eg"),  QStringLiteral("ie"),
        QStringLiteral("etc"), QStringLiteral("jan"),  QStringLiteral("feb"), QStringLiteral("am"),
        QStringLiteral("pm"),  QStringLiteral("no")};
    return list;
}

// Sentences as UTF-8, so that a failure prints them as text.
using Texts = std::vector<std::string>;

// The sentences as their spans point at them in text. On the way it checks
// what every caller relies on: spans are tagged with the field, lie inside
// the text in order without overlapping, start and end on a non-space, and
// no letter or digit of the text falls between them.
Texts split(const QString &text, TextField field = TextField::Body,
            const QStringList &abbrev = abbreviations())
{
    Texts out;
    qsizetype end = 0;
    const auto expectNoWordsIn = [&](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k)
            EXPECT_FALSE(text.at(k).isLetterOrNumber())
                << "dropped at " << k << " of " << text.toStdString();
    };
    for (const SentenceSpan &s : Sentences::split(text, field, abbrev)) {
        EXPECT_TRUE(s.field == field);
        EXPECT_GE(s.start, end);
        EXPECT_GT(s.length, 0);
        EXPECT_LE(s.start + s.length, text.size());
        const QString sentence = text.mid(s.start, s.length);
        EXPECT_EQ(sentence.toStdString(), sentence.trimmed().toStdString());
        expectNoWordsIn(end, s.start);
        out.push_back(sentence.toStdString());
        end = s.start + s.length;
    }
    expectNoWordsIn(end, text.size());
    return out;
}

Texts split(const char *text)
{
    return split(QString::fromUtf8(text));
}

Texts list(std::initializer_list<const char *> sentences)
{
    return Texts(sentences.begin(), sentences.end());
}

TEST(SentencesTest, EmptyOrWordlessTextHasNoSentences)
{
    EXPECT_EQ(split(""), Texts());
    EXPECT_EQ(split("  \n\n\t \r\n"), Texts());
    EXPECT_EQ(split("..."), Texts());
    EXPECT_EQ(split("\n\u2014\n-- \n"), Texts());
}

TEST(SentencesTest, EndsAtPeriodQuestionAndExclamationMarks)
{
    EXPECT_EQ(split("Thank you for the interview. Is the program still accepting letters? I "
                    "hope so!"),
              list({"Thank you for the interview.", "Is the program still accepting letters?",
                    "I hope so!"}));
    EXPECT_EQ(split("Really?! That is great news!!! Thanks."),
              list({"Really?!", "That is great news!!!", "Thanks."}));
    // Without a space after it a period is part of a word or a number.
    EXPECT_EQ(split("My GPA was 3.9 and the page is lakeside.edu/residency for details."),
              list({"My GPA was 3.9 and the page is lakeside.edu/residency for details."}));
    EXPECT_EQ(split("I have no question"), list({"I have no question"}));
}

TEST(SentencesTest, AbbreviationsAndInitialsDoNotEndASentence)
{
    EXPECT_EQ(split("I met Dr. Lopez and Prof. Kim at St. Mary's. They were kind."),
              list({"I met Dr. Lopez and Prof. Kim at St. Mary's.", "They were kind."}));
    EXPECT_EQ(split("I spoke with J. Smith and Dr. A. R. Patel about research."),
              list({"I spoke with J. Smith and Dr. A. R. Patel about research."}));
    EXPECT_EQ(split("Some programs, e.g. Iowa, start at 7 a.m. on Mondays, i.e. early."),
              list({"Some programs, e.g. Iowa, start at 7 a.m. on Mondays, i.e. early."}));
    EXPECT_EQ(split("You are my No. 1 choice. Thank you."),
              list({"You are my No. 1 choice.", "Thank you."}));
    EXPECT_EQ(split("DR. LOPEZ WAS KIND. THANK YOU."), list({"DR. LOPEZ WAS KIND.", "THANK YOU."}));
}

TEST(SentencesTest, AbbreviationsComeFromTheCaller)
{
    EXPECT_EQ(split(QStringLiteral("I met Dr. Lopez today."), TextField::Body, QStringList()),
              list({"I met Dr.", "Lopez today."}));
}

TEST(SentencesTest, EllipsisBeforeACapitalEndsASentence)
{
    EXPECT_EQ(split("I was not sure at first... Then I visited the hospital."),
              list({"I was not sure at first...", "Then I visited the hospital."}));
    EXPECT_EQ(split("I hope to hear from you soon..."), list({"I hope to hear from you soon..."}));
}

TEST(SentencesTest, TypographicEllipsisEndsASentenceLikeThreePeriods)
{
    // Mail clients turn "..." into U+2026 as the user types.
    EXPECT_EQ(split("I was not sure at first\u2026 Then I visited the hospital."),
              list({"I was not sure at first\u2026", "Then I visited the hospital."}));
}

TEST(SentencesTest, QuotesAndBracketsAfterTheEndMarkStayWithTheSentence)
{
    EXPECT_EQ(split("The residents called it \"a family.\" I agree."),
              list({"The residents called it \"a family.\"", "I agree."}));
    EXPECT_EQ(split("They said it was \u201chome!\u201d I felt that too."),
              list({"They said it was \u201chome!\u201d", "I felt that too."}));
    EXPECT_EQ(split("(I loved the food.) Thank you for lunch."),
              list({"(I loved the food.)", "Thank you for lunch."}));
}

TEST(SentencesTest, HardWrappedParagraphStaysOneSentence)
{
    const char *wrapped =
        "Thank you again for taking the time to meet with me during my interview day\n"
        "last week; I especially enjoyed hearing about the global health track and\n"
        "the resident-run clinic.\n";
    EXPECT_EQ(split(wrapped),
              list({"Thank you again for taking the time to meet with me during my interview day\n"
                    "last week; I especially enjoyed hearing about the global health track and\n"
                    "the resident-run clinic."}));
    // A long line may break before a capitalised name.
    EXPECT_EQ(split("During my visit I spoke at length with residents who trained at Boston\n"
                    "Children's about their research."),
              list({"During my visit I spoke at length with residents who trained at Boston\n"
                    "Children's about their research."}));
    // Windows line breaks wrap the same.
    EXPECT_EQ(split("I enjoyed every part of the interview day and the dinner with the\r\n"
                    "residents the night before.\r\n"),
              list({"I enjoyed every part of the interview day and the dinner with the\r\n"
                    "residents the night before."}));
}

TEST(SentencesTest, RankAfterAWrapStaysInTheSentence)
{
    EXPECT_EQ(split("Westfield is my\n#1 choice."), list({"Westfield is my\n#1 choice."}));
    EXPECT_EQ(split("After meeting the residents and faculty I can say that Westfield is my\n"
                    "#1 choice for residency."),
              list({"After meeting the residents and faculty I can say that Westfield is my\n"
                    "#1 choice for residency."}));
}

TEST(SentencesTest, AbbreviationAtTheEndOfAWrappedLineDoesNotEndTheSentence)
{
    // Wrapping at 72 columns puts "Dr." at a line's end as often as anywhere.
    EXPECT_EQ(split("Thank you for arranging my conversation with Dr.\n"
                    "Lopez about the research track."),
              list({"Thank you for arranging my conversation with Dr.\n"
                    "Lopez about the research track."}));
}

TEST(SentencesTest, ClosingBracketAtTheEndOfAWrappedLineDoesNotEndTheSentence)
{
    EXPECT_EQ(split("I appreciated the tour of the simulation center (and the coffee)\n"
                    "and the time the residents took to answer my questions."),
              list({"I appreciated the tour of the simulation center (and the coffee)\n"
                    "and the time the residents took to answer my questions."}));
}

TEST(SentencesTest, GreetingAndSignatureLinesAreSplitOff)
{
    EXPECT_EQ(split("Dear Dr. Lopez,\n"
                    "Thank you for the interview today. I enjoyed meeting the residents.\n"
                    "\n"
                    "Best regards,\n"
                    "Jane Smith\n"
                    "MS4, Lakeside University School of Medicine\n"),
              list({"Dear Dr. Lopez,", "Thank you for the interview today.",
                    "I enjoyed meeting the residents.", "Best regards,", "Jane Smith",
                    "MS4, Lakeside University School of Medicine"}));
    // No comma after the greeting, no period after the closing.
    EXPECT_EQ(split("Hi Dr. Lopez\nThank you for your time today\nJane"),
              list({"Hi Dr. Lopez", "Thank you for your time today", "Jane"}));
}

TEST(SentencesTest, BlankLineEndsASentence)
{
    EXPECT_EQ(split("Thank you for your time\n\nI look forward to hearing from you"),
              list({"Thank you for your time", "I look forward to hearing from you"}));
    EXPECT_EQ(split("thank you for your time\r\n\r\nlooking forward to it"),
              list({"thank you for your time", "looking forward to it"}));
}

TEST(SentencesTest, InlineNumberedListIsSplitPerItem)
{
    EXPECT_EQ(split("1. Stanford 2. Iowa 3. Michigan"),
              list({"1. Stanford", "2. Iowa", "3. Michigan"}));
    EXPECT_EQ(split("My list: 1. Stanford 2. Iowa 3. Michigan"),
              list({"My list:", "1. Stanford", "2. Iowa", "3. Michigan"}));
    EXPECT_EQ(split("1) Stanford 2) Iowa 10) Duke 11) Yale"),
              list({"1) Stanford", "2) Iowa", "10) Duke", "11) Yale"}));
    EXPECT_EQ(split("1. Stanford. 2. Iowa. 3. Michigan."),
              list({"1. Stanford.", "2. Iowa.", "3. Michigan."}));
}

TEST(SentencesTest, DatesStepsAndYearsAreNotListItems)
{
    EXPECT_EQ(split("I interviewed on January 28. Second, I wanted to ask about research."),
              list({"I interviewed on January 28.", "Second, I wanted to ask about research."}));
    EXPECT_EQ(split("I passed Step 2. My score report is attached."),
              list({"I passed Step 2.", "My score report is attached."}));
    EXPECT_EQ(split("I am in year 3. My school is nearby."),
              list({"I am in year 3.", "My school is nearby."}));
    EXPECT_EQ(split("I applied to 40 programs. 12 of them invited me."),
              list({"I applied to 40 programs.", "12 of them invited me."}));
}

TEST(SentencesTest, AbbreviatedMonthBeforeADateIsNotAListItem)
{
    EXPECT_EQ(split("I interviewed on Jan. 28. Since then I have thought it over."),
              list({"I interviewed on Jan. 28.", "Since then I have thought it over."}));
}

TEST(SentencesTest, NumberEndingASentenceIsNotAListItem)
{
    EXPECT_EQ(split("I hope to be in your top 10. Thank you for your time."),
              list({"I hope to be in your top 10.", "Thank you for your time."}));
}

TEST(SentencesTest, BulletedAndNumberedLinesAreOneSentenceEach)
{
    EXPECT_EQ(split("What I valued most:\n"
                    "- the residents\n"
                    "- the protected research time\n"
                    "\u2022 Mentorship\n"
                    "* Location near family\n"
                    "Thank you again."),
              list({"What I valued most:", "- the residents", "- the protected research time",
                    "\u2022 Mentorship", "* Location near family", "Thank you again."}));
    EXPECT_EQ(split("My rank list\n1. Stanford\n2. Iowa\n3. Michigan"),
              list({"My rank list", "1. Stanford", "2. Iowa", "3. Michigan"}));
}

TEST(SentencesTest, SpansPointAtTheOriginalText)
{
    const QString text = QStringLiteral("Hi. Bye.");
    const QList<SentenceSpan> spans = Sentences::split(text, TextField::Body, abbreviations());
    ASSERT_EQ(spans.size(), 2);
    EXPECT_EQ(spans[0].start, 0);
    EXPECT_EQ(spans[0].length, 3);
    EXPECT_EQ(spans[1].start, 4);
    EXPECT_EQ(spans[1].length, 4);
    // Offsets are UTF-16 code units: an emoji counts two, leading blanks and
    // line breaks are skipped, not trimmed away from the offsets.
    EXPECT_EQ(split("  \tMerci \U0001F60A! I loved Z\u00fcrich.\r\n\r\n  Thanks  "),
              list({"Merci \U0001F60A!", "I loved Z\u00fcrich.", "Thanks"}));
}

TEST(SentencesTest, SubjectSentencesAreTaggedAsSubject)
{
    const QString subject = QStringLiteral("Re: Thank you. Interview follow-up");
    const QList<SentenceSpan> spans = Sentences::split(subject, TextField::Subject, {});
    ASSERT_EQ(spans.size(), 2);
    for (const SentenceSpan &s : spans)
        EXPECT_TRUE(s.field == TextField::Subject);
    EXPECT_EQ(split(subject, TextField::Subject), list({"Re: Thank you.", "Interview follow-up"}));
    for (const SentenceSpan &s : Sentences::split(subject, TextField::Body, {}))
        EXPECT_TRUE(s.field == TextField::Body);
}

} // namespace
} // namespace rapport::test
