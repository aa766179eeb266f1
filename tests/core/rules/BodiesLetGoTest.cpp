// A prepared season may let its message bodies go (the window's does). The
// next read of the file then starts from a snapshot without them, so
// whatever the rules must read again has to come from the file: a message
// analysed again from an empty body would lose or invent findings.

#include "demo/DemoSeason.h"
#include "rules/RuleData.h"
#include "rules/RuleEngine.h"
#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/ProgramRepository.h"
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

class BodiesLetGoTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DemoOptions options;
        options.today = QDate(2027, 1, 20);
        auto made = generateDemoSeason(temp.db(), options);
        ASSERT_TRUE(made) << made.errorMessage().toStdString();
        auto data = RuleData::builtIn();
        ASSERT_TRUE(data) << data.errorMessage().toStdString();
        engine = std::make_unique<RuleEngine>(*data, clock);
        auto loaded = loadSeason(temp.db(), 2027);
        ASSERT_TRUE(loaded) << loaded.errorMessage().toStdString();
        shown = engine->prepare(*loaded, nullptr, RuleEngine::Bodies::LetGo);
        before = lines(engine->checkSeason(*shown));
    }

    // Reads the file again from the season shown, as the window does after
    // a write, and returns its findings after checking that a whole read
    // prepared from nothing finds the same.
    QStringList readAgain()
    {
        auto again = loadSeason(temp.db(), 2027, &RuleEngine::snapshotOf(*shown));
        EXPECT_TRUE(again) << again.errorMessage().toStdString();
        const auto incremental = engine->prepare(*again, shown.get(), RuleEngine::Bodies::LetGo);
        const QStringList got = lines(engine->checkSeason(*incremental));
        auto whole = loadSeason(temp.db(), 2027);
        EXPECT_TRUE(whole) << whole.errorMessage().toStdString();
        EXPECT_EQ(got, lines(engine->checkSeason(*engine->prepare(*whole))));
        EXPECT_GT(RuleEngine::reusedEntries(*incremental), 0U);
        shown = incremental;
        return got;
    }

    // Whether found says of the message that it names nothing of its program.
    static bool namesNothing(const QStringList &found, qint64 id)
    {
        return std::any_of(found.cbegin(), found.cend(), [id](const QString &l) {
            return l.startsWith(QStringLiteral("content.generic|")) &&
                   l.section(QLatin1Char('|'), 2, 2) == QString::number(id) &&
                   l.contains(QStringLiteral("names nothing specific"));
        });
    }

    // A thank-you note whose only words of its program are name, stored.
    Communication noteNaming(const QString &name)
    {
        Communication c = storedLetter(Kind::ThankYou);
        c.body = QStringLiteral(
                     "Dear Doctor,\n\nThank you for taking the time to speak with me during my "
                     "interview day. I enjoyed learning about the training and the supportive "
                     "culture among the residents, and the comments about mentorship were "
                     "especially helpful as I consider my next steps. I will remember %1 and the "
                     "candour about the demands of the first year.\n\nSincerely,\nPriya")
                     .arg(name);
        EXPECT_TRUE(CommunicationRepository(temp.db()).update(c));
        EXPECT_TRUE(namesNothing(readAgain(), c.id));
        return c;
    }

    // The first sent letter of kind with a contact, as stored.
    Communication storedLetter(Kind kind)
    {
        for (const Communication &c : RuleEngine::snapshotOf(*shown).communications) {
            if (c.direction == Direction::Outgoing && c.state == CommState::Sent &&
                c.kind == kind && c.contactId) {
                auto stored = CommunicationRepository(temp.db()).get(c.id);
                EXPECT_TRUE(stored) << stored.errorMessage().toStdString();
                return stored ? *stored : c;
            }
        }
        ADD_FAILURE() << "the demo has no such letter";
        return {};
    }

    test::TempDatabase temp;
    test::FakeClock clock{QDateTime(QDate(2027, 1, 20), QTime(12, 0), QTimeZone(-5 * 3600))};
    std::unique_ptr<RuleEngine> engine;
    std::shared_ptr<const PreparedSeason> shown;
    QStringList before;
};

TEST_F(BodiesLetGoTest, ThePreparedSeasonKeepsNoBodyAndTheSameFindings)
{
    const SeasonSnapshot &kept = RuleEngine::snapshotOf(*shown);
    EXPECT_TRUE(std::all_of(kept.communications.cbegin(), kept.communications.cend(),
                            [](const Communication &c) { return c.body.isEmpty(); }));
    auto whole = loadSeason(temp.db(), 2027);
    ASSERT_TRUE(whole) << whole.errorMessage().toStdString();
    EXPECT_EQ(before, lines(engine->checkSeason(*engine->prepare(*whole))));
}

TEST_F(BodiesLetGoTest, AnEditedBodyIsReadAndAnalysedAgain)
{
    Communication c = storedLetter(Kind::PostInterviewUpdate);
    c.body += QStringLiteral("\n\nCould you tell me where I stand on your rank list?");
    ASSERT_TRUE(CommunicationRepository(temp.db()).update(c));
    const QStringList after = readAgain();
    EXPECT_TRUE(std::any_of(after.cbegin(), after.cend(), [&](const QString &l) {
        return l.startsWith(QStringLiteral("content.rank_inquiry|")) &&
               l.contains(QString::number(c.id));
    })) << after.join(QLatin1Char('\n')).toStdString();
}

TEST_F(BodiesLetGoTest, AProgramsNewCityIsLookedForInItsMessages)
{
    const Communication note = noteNaming(QStringLiteral("Quillmoor"));
    auto program = ProgramRepository(temp.db()).get(note.programId);
    ASSERT_TRUE(program) << program.errorMessage().toStdString();
    program->city = QStringLiteral("Quillmoor");
    ASSERT_TRUE(ProgramRepository(temp.db()).update(*program));
    EXPECT_FALSE(namesNothing(readAgain(), note.id));
}

TEST_F(BodiesLetGoTest, AContactsNewNameIsLookedForInItsProgramsMessages)
{
    const Communication note = noteNaming(QStringLiteral("Dr. Abernathy"));
    auto contact = ContactRepository(temp.db()).get(*note.contactId);
    ASSERT_TRUE(contact) << contact.errorMessage().toStdString();
    contact->lastName = QStringLiteral("Abernathy");
    ASSERT_TRUE(ContactRepository(temp.db()).update(*contact));
    EXPECT_FALSE(namesNothing(readAgain(), note.id));
}

TEST_F(BodiesLetGoTest, ARemovedContactsProgramIsReadWholeAgain)
{
    const Communication c = storedLetter(Kind::ThankYou);
    ASSERT_TRUE(ContactRepository(temp.db()).remove(*c.contactId));
    readAgain();
}

TEST_F(BodiesLetGoTest, AReportReadsTheBodiesBack)
{
    SeasonSnapshot snapshot = RuleEngine::snapshotOf(*shown);
    ASSERT_TRUE(readBodies(temp.db(), snapshot));
    auto whole = loadSeason(temp.db(), 2027);
    ASSERT_TRUE(whole) << whole.errorMessage().toStdString();
    ASSERT_EQ(snapshot.communications.size(), whole->communications.size());
    for (qsizetype i = 0; i < snapshot.communications.size(); ++i)
        EXPECT_EQ(snapshot.communications.at(i).body, whole->communications.at(i).body);
}

} // namespace
} // namespace rapport::core
