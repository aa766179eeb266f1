// A write in the window never waits for the season to be read and checked
// again: reload() returns at once, the worker swaps the new season in, and
// whoever needs the written record waits for it with afterUpdate().
#include "UiFixture.h"
#include "support/Builders.h"

#include "rules/RuleEngine.h"
#include "storage/Database.h"
#include "storage/ProgramRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>

namespace rapport::test {
namespace {

class SessionReloadTest : public UiFixture
{
protected:
    qint64 addProgram(const QString &name)
    {
        auto id = core::ProgramRepository(session().db()).add(ProgramBuilder(name));
        EXPECT_TRUE(id.ok()) << id.errorMessage().toStdString();
        return id.ok() ? *id : 0;
    }
};

TEST_F(SessionReloadTest, ReloadReturnsBeforeTheSeasonIsReadThenSwapsItIn)
{
    QSignalSpy changed(&session(), &ui::Session::changed);
    QSignalSpy updating(&session(), &ui::Session::updatingChanged);
    const qint64 id = addProgram(QStringLiteral("Riverside"));
    ASSERT_TRUE(session().reload().ok());

    EXPECT_TRUE(session().isUpdating());
    EXPECT_EQ(session().program(id), nullptr) << "the old season until the new one is ready";
    EXPECT_EQ(changed.size(), 0);

    settle();
    ASSERT_NE(session().program(id), nullptr);
    EXPECT_EQ(changed.size(), 1);
    ASSERT_EQ(updating.size(), 2);
    EXPECT_TRUE(updating.at(0).at(0).toBool());
    EXPECT_FALSE(updating.at(1).at(0).toBool());
}

TEST_F(SessionReloadTest, ReloadsDuringOneAreFoldedIntoOneMore)
{
    QSignalSpy changed(&session(), &ui::Session::changed);
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i) {
        ids << addProgram(QStringLiteral("Program %1").arg(i));
        ASSERT_TRUE(session().reload().ok());
    }
    settle();
    for (const qint64 id : std::as_const(ids))
        EXPECT_NE(session().program(id), nullptr) << id;
    // The first read, then one for everything written while it ran.
    EXPECT_EQ(changed.size(), 2);
}

TEST_F(SessionReloadTest, EachReadTakesInEveryWriteSinceTheLastIncludingOtherConnections)
{
    const qint64 id = addProgram(QStringLiteral("Riverside"));
    ASSERT_TRUE(session().reload().ok());
    settle();
    ASSERT_NE(session().program(id), nullptr);
    EXPECT_TRUE(session().seasonWords().contains(QStringLiteral("riverside")));

    // Another writer on the same file, as rapport-cli would be.
    auto other = core::Database::open(session().db().path());
    ASSERT_TRUE(other.ok()) << other.errorMessage().toStdString();
    core::Program renamed = *core::ProgramRepository(**other).get(id);
    renamed.name = QStringLiteral("Harborview");
    ASSERT_TRUE(core::ProgramRepository(**other).update(renamed).ok());
    const qint64 added =
        *core::ProgramRepository(**other).add(ProgramBuilder(QStringLiteral("Lakeside")));
    ASSERT_TRUE(session().reload().ok());
    settle();
    ASSERT_NE(session().program(id), nullptr);
    EXPECT_EQ(session().program(id)->name, QStringLiteral("Harborview"));
    EXPECT_NE(session().program(added), nullptr);
    EXPECT_TRUE(session().seasonWords().contains(QStringLiteral("harborview")));
    EXPECT_FALSE(session().seasonWords().contains(QStringLiteral("riverside")));
}

TEST_F(SessionReloadTest, AfterUpdateRunsOnceTheWriteIsShown)
{
    QObject context;
    bool ranAtOnce = false;
    session().afterUpdate(&context, [&] { ranAtOnce = true; });
    EXPECT_TRUE(ranAtOnce) << "nothing was pending";

    const qint64 id = addProgram(QStringLiteral("Lakeside"));
    ASSERT_TRUE(session().reload().ok());
    bool seen = false;
    session().afterUpdate(&context, [&] { seen = session().program(id) != nullptr; });
    {
        QObject gone;
        session().afterUpdate(&gone, [] { ADD_FAILURE() << "its context was destroyed"; });
    }
    EXPECT_FALSE(seen);
    settle();
    EXPECT_TRUE(seen);
}

TEST_F(SessionReloadTest, AFailedReadKeepsTheSeasonShownAndSaysWhy)
{
    const qint64 id = addProgram(QStringLiteral("Northgate"));
    ASSERT_TRUE(session().reloadNow().ok());
    QSqlQuery drop(session().db().connection());
    ASSERT_TRUE(drop.exec(QStringLiteral("DROP TABLE acknowledgements")));

    QSignalSpy failed(&session(), &ui::Session::reloadFailed);
    QSignalSpy changed(&session(), &ui::Session::changed);
    ASSERT_TRUE(session().reload().ok());
    settle();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_FALSE(failed.first().first().toString().isEmpty());
    EXPECT_EQ(changed.size(), 0);
    EXPECT_NE(session().program(id), nullptr);
}

TEST_F(SessionReloadTest, NewRulesTakeOverWithTheirFirstSeason)
{
    addProgram(QStringLiteral("Bayview"));
    ASSERT_TRUE(session().reload().ok()); // under way with the old rules
    const core::RuleEngine *before = &session().engine();
    ASSERT_TRUE(session().reloadRules().ok());
    EXPECT_EQ(&session().engine(), before) << "the old rules until the new ones have a season";
    settle();
    EXPECT_NE(&session().engine(), before);
    EXPECT_EQ(session().snapshot().programs.size(), 1);
}

} // namespace
} // namespace rapport::test
