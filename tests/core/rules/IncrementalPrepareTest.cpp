// A season prepared from the one before it must check exactly like one
// prepared from nothing, whatever the write changed: a reused entry that
// should have been analysed again, or a program's findings taken over from
// the check before when something they depend on changed, would hide or
// invent findings.

#include "demo/DemoSeason.h"
#include "rules/RuleData.h"
#include "rules/RuleEngine.h"
#include "storage/SeasonLoader.h"

#include "FindingLines.h"

#include "support/FakeClock.h"
#include "support/QtPrinters.h"
#include "support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>

namespace rapport::core {
namespace {

QStringList lines(const QList<Finding> &findings)
{
    return test::findingLines(findings);
}

class IncrementalPrepareTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DemoOptions options;
        options.today = QDate(2027, 1, 20);
        auto made = generateDemoSeason(temp.db(), options);
        ASSERT_TRUE(made) << made.errorMessage().toStdString();
        auto loaded = loadSeason(temp.db(), 2027);
        ASSERT_TRUE(loaded) << loaded.errorMessage().toStdString();
        base = *loaded;
        auto data = RuleData::builtIn();
        ASSERT_TRUE(data) << data.errorMessage().toStdString();
        engine = std::make_unique<RuleEngine>(*data, clock);
        engine->setSnapshot(base);
    }

    Communication &sentOutgoing(SeasonSnapshot &s, Kind kind, qsizetype skip = 0)
    {
        for (Communication &c : s.communications) {
            if (c.direction == Direction::Outgoing && c.state == CommState::Sent &&
                c.kind == kind && skip-- == 0)
                return c;
        }
        ADD_FAILURE() << "the demo has no such entry";
        return s.communications.first();
    }

    // Stamps every row that differs from base's as the database's triggers
    // would: the index knows a row unchanged by its revision.
    static SeasonSnapshot stamped(SeasonSnapshot s, const SeasonSnapshot &base)
    {
        qint64 next = std::max(base.revision, s.revision);
        const auto stamp = [&next](auto &rows, const auto &before) {
            for (auto &row : rows) {
                const auto old = std::find_if(before.cbegin(), before.cend(),
                                              [&row](const auto &b) { return b.id == row.id; });
                auto same = row;
                if (old != before.cend())
                    same.revision = old->revision;
                if (old == before.cend() || !(same == *old))
                    row.revision = ++next;
            }
        };
        stamp(s.programs, base.programs);
        stamp(s.contacts, base.contacts);
        stamp(s.communications, base.communications);
        s.revision = next;
        return s;
    }

    // Checks the edited season both ways, the incremental one after a check
    // of the season before, and returns the findings.
    QStringList expectSameAsFresh(const SeasonSnapshot &editedInPlace)
    {
        const SeasonSnapshot edited = stamped(editedInPlace, base);
        (void)engine->checkSeason();
        const auto previous = engine->prepared();
        const auto incremental = engine->prepare(edited, previous.get());
        const auto fresh = engine->prepare(edited);
        const QStringList got = lines(engine->checkSeason(*incremental));
        EXPECT_EQ(got, lines(engine->checkSeason(*fresh)));
        EXPECT_GT(RuleEngine::reusedEntries(*incremental), 0U);
        EXPECT_EQ(RuleEngine::reusedEntries(*fresh), 0U);
        checkedAgain = RuleEngine::programsCheckedAgain(*incremental);
        EXPECT_EQ(RuleEngine::programsCheckedAgain(*fresh), std::size_t(edited.programs.size()));
        return got;
    }

    std::size_t checkedAgain = 0;

    test::TempDatabase temp;
    test::FakeClock clock{QDateTime(QDate(2027, 1, 20), QTime(12, 0), QTimeZone(-5 * 3600))};
    SeasonSnapshot base;
    std::unique_ptr<RuleEngine> engine;
};

TEST_F(IncrementalPrepareTest, EditedBodyIsAnalysedAgain)
{
    SeasonSnapshot edited = base;
    Communication &c = sentOutgoing(edited, Kind::PostInterviewUpdate);
    c.body += QStringLiteral("\n\nCould you tell me where I stand on your rank list?");
    const QStringList before = lines(engine->checkSeason());
    const QStringList after = expectSameAsFresh(edited);
    EXPECT_NE(before, after);
    EXPECT_TRUE(std::any_of(after.begin(), after.end(), [&](const QString &l) {
        return l.startsWith(QStringLiteral("content.rank_inquiry|")) &&
               l.contains(QString::number(c.id));
    })) << after.join(QLatin1Char('\n')).toStdString();
}

TEST_F(IncrementalPrepareTest, CopiedBodyToAnotherProgramIsFoundGeneric)
{
    SeasonSnapshot edited = base;
    const Communication &original = sentOutgoing(edited, Kind::ThankYou);
    const QString body = original.body;
    const qint64 program = original.programId;
    Communication *other = nullptr;
    for (qsizetype skip = 1; !other || other->programId == program; ++skip)
        other = &sentOutgoing(edited, Kind::ThankYou, skip);
    other->body = body;
    const QStringList after = expectSameAsFresh(edited);
    EXPECT_NE(lines(engine->checkSeason()), after);
}

TEST_F(IncrementalPrepareTest, RenamedProgramReshinglesItsEntries)
{
    SeasonSnapshot edited = base;
    const qint64 renamed = sentOutgoing(edited, Kind::ThankYou).programId;
    for (Program &p : edited.programs) {
        if (p.id == renamed)
            p.name = QStringLiteral("Harborview Head and Neck Surgery");
    }
    expectSameAsFresh(edited);
    // Its name masks mail-merge fields in its bodies: none of them is taken
    // over, every other entry is.
    qsizetype sent = 0;
    qsizetype ofRenamed = 0;
    for (const Communication &c : std::as_const(edited.communications)) {
        if (c.state == CommState::Sent) {
            ++sent;
            ofRenamed += c.programId == renamed ? 1 : 0;
        }
    }
    ASSERT_GT(ofRenamed, 0);
    const auto incremental = engine->prepare(edited, engine->prepared().get());
    EXPECT_EQ(RuleEngine::reusedEntries(*incremental), std::size_t(sent - ofRenamed));
}

// The city counts only whole: "Quillmarsh" names "Quillmarsh", not "New
// Quillmarsh". Renaming it changes no word that masks mail-merge fields,
// yet what the body names of its program.
TEST_F(IncrementalPrepareTest, RenamedCityIsLookedForAgain)
{
    SeasonSnapshot before = base;
    Communication &c = sentOutgoing(before, Kind::ThankYou);
    c.body = QStringLiteral(
        "Dear Dr. Lee,\n\nThank you for the interview day last week. I enjoyed meeting the "
        "residents and hearing about the clinical training, and the time in Quillmarsh left me "
        "with a clear sense of the community the residents serve.\n\nSincerely,\nSam");
    const qint64 program = c.programId;
    const qint64 id = c.id;
    for (Program &p : before.programs) {
        if (p.id == program)
            p.city = QStringLiteral("New Quillmarsh");
    }
    engine->setSnapshot(before);
    const auto namesNothing = [id](const QStringList &lines) {
        return std::any_of(lines.begin(), lines.end(), [id](const QString &l) {
            return l.startsWith(QStringLiteral("content.generic|")) &&
                   l.contains(QStringLiteral("|%1|").arg(id)) &&
                   l.contains(QStringLiteral("names nothing specific"));
        });
    };
    ASSERT_TRUE(namesNothing(lines(engine->checkSeason())));

    SeasonSnapshot renamed = before;
    for (Program &p : renamed.programs) {
        if (p.id == program)
            p.city = QStringLiteral("Quillmarsh");
    }
    EXPECT_FALSE(namesNothing(expectSameAsFresh(renamed)));
}

TEST_F(IncrementalPrepareTest, MovedRekindedRedatedAndRemovedEntries)
{
    SeasonSnapshot edited = base;
    Communication &moved = sentOutgoing(edited, Kind::ThankYou);
    for (const Program &p : std::as_const(edited.programs)) {
        if (p.id != moved.programId) {
            moved.programId = p.id;
            moved.contactId.reset();
            break;
        }
    }
    Communication &rekinded = sentOutgoing(edited, Kind::PostInterviewUpdate);
    rekinded.kind = Kind::LetterOfIntent;
    Communication &redated = sentOutgoing(edited, Kind::PreInterviewInterest);
    redated.at = redated.at.addDays(-3);
    std::sort(edited.communications.begin(), edited.communications.end(),
              [](const Communication &a, const Communication &b) {
                  return a.at < b.at || (a.at == b.at && a.id < b.id);
              });
    edited.communications.removeAt(edited.communications.size() / 2);
    const QStringList after = expectSameAsFresh(edited);
    EXPECT_NE(lines(engine->checkSeason()), after);
}

TEST_F(IncrementalPrepareTest, AnEditChecksItsProgramAgainAndNoOther)
{
    SeasonSnapshot edited = base;
    for (Program &p : edited.programs) {
        if (p.id == base.communications.first().programId)
            p.notes = QStringLiteral("Ask about the research year");
    }
    Communication &c = sentOutgoing(edited, Kind::PreInterviewInterest);
    c.subject += QStringLiteral(" (sent again)");
    expectSameAsFresh(edited);
    EXPECT_EQ(checkedAgain, c.programId == base.communications.first().programId ? 1U : 2U);
}

// A season made by hand has no row revisions: its programs and contacts are
// compared whole.
TEST_F(IncrementalPrepareTest, WithoutRevisionsAnEditedProgramIsCheckedAgainAndNoOther)
{
    const auto unstamped = [](SeasonSnapshot s) {
        for (Program &p : s.programs)
            p.revision = 0;
        for (Contact &c : s.contacts)
            c.revision = 0;
        s.epoch = 0;
        return s;
    };
    engine->setSnapshot(unstamped(base));
    (void)engine->checkSeason();
    SeasonSnapshot edited = unstamped(base);
    const qint64 programId = edited.programs.first().id;
    edited.programs.first().policy = CommunicationPolicy::NoPostInterview;
    const auto incremental = engine->prepare(edited, engine->prepared().get());
    const QStringList got = lines(engine->checkSeason(*incremental));
    EXPECT_EQ(got, lines(engine->checkSeason(*engine->prepare(edited))));
    EXPECT_EQ(RuleEngine::programsCheckedAgain(*incremental), 1U) << "program " << programId;
}

TEST_F(IncrementalPrepareTest, ALowerLimitChecksEveryProgramAgain)
{
    SeasonSnapshot edited = base;
    edited.quota.limits.insert(QStringLiteral("thank_you"), QuotaLimit{0, 0});
    const QStringList after = expectSameAsFresh(edited);
    EXPECT_NE(lines(engine->checkSeason()), after);
    EXPECT_EQ(checkedAgain, std::size_t(edited.programs.size()));
}

TEST_F(IncrementalPrepareTest, ARenamedContactIsAddressedByTheNewName)
{
    SeasonSnapshot edited = base;
    const Communication &c = sentOutgoing(edited, Kind::ThankYou);
    ASSERT_TRUE(c.contactId);
    for (Contact &contact : edited.contacts) {
        if (contact.id == *c.contactId)
            contact.lastName = QStringLiteral("Okonkwo-Reyes");
    }
    const QStringList after = expectSameAsFresh(edited);
    EXPECT_NE(lines(engine->checkSeason()), after);
}

TEST_F(IncrementalPrepareTest, AnEarlierTopChoiceLetterElsewhereMakesALaterOneTheSecond)
{
    // Two thank-you notes to different programs, in time order.
    SeasonSnapshot first = base;
    const Communication &earlierNote = sentOutgoing(first, Kind::ThankYou);
    qsizetype skip = 1;
    while (sentOutgoing(first, Kind::ThankYou, skip).programId == earlierNote.programId)
        ++skip;
    const qint64 earlier = earlierNote.id;
    const qint64 later = sentOutgoing(first, Kind::ThankYou, skip).id;
    const auto letter = [](SeasonSnapshot &s, qint64 id) {
        for (Communication &c : s.communications) {
            if (c.id == id)
                c.kind = Kind::LetterOfIntent;
        }
    };
    // The later one becomes the season's only letter of intent, and is
    // checked; then the earlier one, in the other program, becomes one too.
    letter(first, later);
    engine->adopt(engine->prepare(first, engine->prepared().get()));
    const auto isSecondLetter = [&](const QString &l) {
        return l.startsWith(QStringLiteral("quota.top_choice|")) &&
               l.section(QLatin1Char('|'), 2, 2).startsWith(QString::number(later));
    };
    const QStringList alone = lines(engine->checkSeason());
    EXPECT_FALSE(std::any_of(alone.begin(), alone.end(), isSecondLetter));
    SeasonSnapshot second = first;
    letter(second, earlier);
    const QStringList after = expectSameAsFresh(second);
    EXPECT_TRUE(std::any_of(after.begin(), after.end(), isSecondLetter))
        << after.join(QLatin1Char('\n')).toStdString();
    EXPECT_LT(checkedAgain, std::size_t(second.programs.size()));
}

TEST_F(IncrementalPrepareTest, AContactsNewNameIsTheOneThatNamesTheProgram)
{
    // A note whose only word specific to its program is the interviewer's
    // name: once the contact is renamed, it names nothing specific.
    SeasonSnapshot first = base;
    Communication &note = sentOutgoing(first, Kind::ThankYou);
    ASSERT_TRUE(note.contactId);
    const qint64 contactId = *note.contactId;
    const auto contactIn = [contactId](SeasonSnapshot &s) -> Contact & {
        for (Contact &c : s.contacts) {
            if (c.id == contactId)
                return c;
        }
        ADD_FAILURE() << "no such contact";
        return s.contacts.first();
    };
    const QString name = contactIn(first).lastName;
    note.body =
        QStringLiteral("Dear Dr. %1,\n\nThank you for taking the time to speak with me during my "
                       "interview day. I enjoyed learning about the training and the supportive "
                       "culture among the residents, and your comments about mentorship were "
                       "especially helpful as I consider my next steps. Dr. %1, I appreciated "
                       "your candour about the demands of the first year.\n\nSincerely,\nPriya")
            .arg(name);
    const qint64 noteId = note.id;
    const SeasonSnapshot written = stamped(first, base);
    engine->adopt(engine->prepare(written, engine->prepared().get()));
    const QStringList named = lines(engine->checkSeason());

    SeasonSnapshot second = written;
    contactIn(second).lastName = QStringLiteral("Abernathy");
    const QStringList after = expectSameAsFresh(second);
    const auto saysNothingSpecific = [&](const QStringList &found) {
        return std::any_of(found.begin(), found.end(), [&](const QString &l) {
            return l.startsWith(QStringLiteral("content.generic|")) &&
                   l.section(QLatin1Char('|'), 2, 2).startsWith(QString::number(noteId)) &&
                   l.contains(QStringLiteral("names nothing specific"));
        });
    };
    EXPECT_FALSE(saysNothingSpecific(named)) << named.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(saysNothingSpecific(after)) << after.join(QLatin1Char('\n')).toStdString();
}

} // namespace
} // namespace rapport::core
