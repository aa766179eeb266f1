#include "io/KindGuesser.h"

#include "domain/Program.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace rapport::core;

namespace {

struct Case
{
    Direction direction;
    const char *subject;
    const char *body;
    bool afterInterview;
    Kind expected;
};

// Interview on 2026-12-03; "after" messages are dated the day after.
const Case kCases[] = {
    {Direction::Outgoing, "Thank you", "Dear Dr. Ruiz, it was a pleasure.", true, Kind::ThankYou},
    {Direction::Outgoing, "Yesterday", "Thank you so much for the interview day.", true,
     Kind::ThankYou},
    {Direction::Outgoing, "Question", "Is there parking?\n\nThank you,\nA.", false,
     Kind::Logistics},
    {Direction::Outgoing, "Visa", "Do you sponsor H-1B visas?\nThank you,\nA.", false,
     Kind::VisaInquiry},
    {Direction::Outgoing, "Letter", "You are my #1 choice.", true, Kind::LetterOfIntent},
    {Direction::Outgoing, "Letter", "I will rank your program number one.", true,
     Kind::LetterOfIntent},
    {Direction::Outgoing, "Letter", "Northgate is my Top  Choice.", true, Kind::LetterOfIntent},
    {Direction::Outgoing, "Update", "A short update: my paper was accepted.", false,
     Kind::ApplicationUpdate},
    {Direction::Outgoing, "Update", "A short update: my paper was accepted.", true,
     Kind::PostInterviewUpdate},
    {Direction::Outgoing, "Hello", "I remain very interested in Northgate.", true,
     Kind::LetterOfStrongInterest},
    {Direction::Outgoing, "Interest", "I am very interested in your program.", false,
     Kind::PreInterviewInterest},
    {Direction::Outgoing, "Re: Dates", "Works for me.", false, Kind::ReplyToProgram},
    {Direction::Outgoing, "Second look", "May I attend the second-look day?", true,
     Kind::SecondLookRequest},
    {Direction::Outgoing, "AAO-HNSF", "It was a pleasure meeting you at the annual meeting.", false,
     Kind::ConferenceFollowUp},
    {Direction::Incoming, "Invitation", "We are delighted to invite you to interview.", false,
     Kind::ProgramInvitation},
    {Direction::Incoming, "News", "We will rank you highly.", true, Kind::ProgramInterest},
    {Direction::Incoming, "Your day", "Your itinerary and the Zoom link.", false, Kind::Logistics},
    {Direction::Incoming, "Decision", "We regret we cannot offer an interview.", false,
     Kind::Other},
};

TEST(KindGuesser, GuessesFromWordsAndPhase)
{
    Program p;
    p.interviewDate = QDate(2026, 12, 3);
    const QDateTime before(QDate(2026, 11, 1), QTime(10, 0), QTimeZone::utc());
    const QDateTime after(QDate(2026, 12, 4), QTime(10, 0), QTimeZone::utc());
    for (const Case &c : kCases) {
        const Kind kind =
            KindGuesser::guess(c.direction, QString::fromUtf8(c.subject), QString::fromUtf8(c.body),
                               c.afterInterview ? after : before, &p);
        EXPECT_EQ(toString(kind).toStdString(), toString(c.expected).toStdString())
            << c.subject << " / " << c.body;
    }
}

TEST(KindGuesser, WithoutAnInterviewDateTheStatusDecidesThePhase)
{
    Program p;
    const QDateTime now(QDate(2026, 12, 4), QTime(10, 0), QTimeZone::utc());
    EXPECT_FALSE(KindGuesser::afterInterview(now, &p));
    p.status = ProgramStatus::Interviewed;
    EXPECT_TRUE(KindGuesser::afterInterview(now, &p));
    EXPECT_FALSE(KindGuesser::afterInterview(now, nullptr));
}

} // namespace
