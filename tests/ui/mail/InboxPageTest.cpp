// The Inbox page: logging a captured message with what Rapport proposes or
// what the applicant chose, ignoring it, several at once, each one step on
// the undo stack.

#include "InboxFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>

namespace rapport::test {
namespace {

const QByteArray kFromWalsh = mailFrom(QStringLiteral("w1@lakeside.edu"),
                                       QStringLiteral("Jennifer Walsh <jwalsh@lakeside.edu>"),
                                       QStringLiteral("Interview day parking"));
const QByteArray kFromRiverbend =
    mailFrom(QStringLiteral("r1@riverbend.edu"), QStringLiteral("Sam Ortiz <sortiz@riverbend.edu>"),
             QStringLiteral("Interview invitation"));
const QByteArray kFromNrmp =
    mailFrom(QStringLiteral("n1@nrmp.org"), QStringLiteral("NRMP <noreply@nrmp.org>"),
             QStringLiteral("Your registration"));

class InboxPageTest : public InboxFixture
{
protected:
    QPushButton *button(const char *name)
    {
        return page->findChild<QPushButton *>(QLatin1String(name));
    }
    void clickLog()
    {
        ASSERT_TRUE(button("inboxLog")->isEnabled()) << button("inboxLog")->toolTip().toStdString();
        QTest::mouseClick(button("inboxLog"), Qt::LeftButton);
        settle();
    }
};

TEST_F(InboxPageTest, LoggingTheProposalWritesOneEntryAndTheCountDrops)
{
    const QList<qint64> ids = capture({kFromWalsh, kFromRiverbend});
    ASSERT_EQ(ids.size(), 2);
    EXPECT_EQ(page->model()->rowCount(), 2);
    EXPECT_EQ(navigationText(), QStringLiteral("Inbox (2)"));

    select({ids.first()});
    auto *program = page->details()->programCombo();
    EXPECT_EQ(program->currentData().toLongLong(), lakeside);
    EXPECT_EQ(page->details()->contactCombo()->currentData().toLongLong(), walsh);
    EXPECT_TRUE(
        page->details()->textView()->toPlainText().contains(QStringLiteral("See you soon")));
    clickLog();

    const QList<core::Communication> logged = log();
    ASSERT_EQ(logged.size(), 1);
    EXPECT_EQ(logged.first().programId, lakeside);
    EXPECT_EQ(logged.first().contactId, walsh);
    EXPECT_EQ(logged.first().subject, QStringLiteral("Interview day parking"));
    EXPECT_EQ(entry(ids.first()).state, core::InboxState::Confirmed);
    EXPECT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(navigationText(), QStringLiteral("Inbox (1)"));
    EXPECT_EQ(session().snapshot().communications.size(), 1) << "the window shows it";
    // The next message is selected, ready for the next Enter.
    EXPECT_EQ(page->selectedIds(), QList<qint64>{ids.last()});
    EXPECT_TRUE(prompter.errors.isEmpty()) << prompter.errors.join(u'\n').toStdString();
}

TEST_F(InboxPageTest, HiddenItCountsNewMailAndReadsTheQueueWhenShown)
{
    window->showPage(ui::MainWindow::DashboardIndex);
    ASSERT_FALSE(page->isVisible());
    const QList<qint64> ids = capture({kFromWalsh, kFromRiverbend});
    ASSERT_EQ(ids.size(), 2);
    EXPECT_EQ(navigationText(), QStringLiteral("Inbox (2)")) << "the count follows while hidden";
    EXPECT_EQ(page->model()->rowCount(), 0) << "the queue waits until the page is shown";

    window->showPage(ui::MainWindow::InboxIndex);
    EXPECT_EQ(page->model()->rowCount(), 2);
    EXPECT_EQ(navigationText(), QStringLiteral("Inbox (2)"));
}

TEST_F(InboxPageTest, EnterLogsAndDeleteIgnoresFromTheTable)
{
    const QList<qint64> ids = capture({kFromWalsh, kFromRiverbend});
    select({ids.first()});
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Return);
    settle();
    EXPECT_EQ(entry(ids.first()).state, core::InboxState::Confirmed);
    ASSERT_EQ(page->selectedIds(), QList<qint64>{ids.last()});
    QTest::keyClick(table(), Qt::Key_Delete);
    settle();
    EXPECT_EQ(entry(ids.last()).state, core::InboxState::Ignored);
    EXPECT_EQ(log().size(), 1);
    EXPECT_EQ(navigationText(), QStringLiteral("Inbox"));
}

TEST_F(InboxPageTest, LoggingWithAnotherProgramTakesTheApplicantsChoice)
{
    const qint64 id = capture({kFromRiverbend}).first();
    select({id});
    auto *program = page->details()->programCombo();
    ASSERT_EQ(program->currentData().toLongLong(), riverbend);
    // Type-ahead: a few letters of any word of the name.
    program->setFocus();
    program->lineEdit()->selectAll();
    QTest::keyClicks(program->lineEdit(), QStringLiteral("magnol"));
    program->setCurrentIndex(program->findData(magnolia));
    page->details()->kindCombo()->setCurrentIndex(
        page->details()->kindCombo()->findData(int(core::Kind::Other)));
    clickLog();
    const QList<core::Communication> logged = log();
    ASSERT_EQ(logged.size(), 1);
    EXPECT_EQ(logged.first().programId, magnolia);
    EXPECT_EQ(logged.first().contactId, std::nullopt);
    EXPECT_EQ(logged.first().kind, core::Kind::Other);
}

TEST_F(InboxPageTest, AReloadKeepsTheProgramTheApplicantChose)
{
    const qint64 id = capture({kFromRiverbend}).first();
    select({id});
    auto *program = page->details()->programCombo();
    program->setCurrentIndex(program->findData(magnolia));
    // Another writer saves meanwhile: the season is read again.
    ASSERT_TRUE(session().reload().ok());
    settle();
    EXPECT_EQ(program->currentData().toLongLong(), magnolia);
    clickLog();
    ASSERT_EQ(log().size(), 1);
    EXPECT_EQ(log().first().programId, magnolia);
}

TEST_F(InboxPageTest, AnUnmatchedMessageSaysWhyAndWaitsForAProgram)
{
    const qint64 id = capture({kFromNrmp}).first();
    const QModelIndex cell = page->model()->indexOf(id, ui::InboxModel::ProgramColumn);
    EXPECT_EQ(cell.data().toString(), ui::InboxModel::noMatchText());
    EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("noreply@nrmp.org")));
    select({id});
    EXPECT_FALSE(button("inboxLog")->isEnabled());
    EXPECT_TRUE(button("inboxIgnore")->isEnabled());
    auto *program = page->details()->programCombo();
    program->setCurrentIndex(program->findData(bayview));
    clickLog();
    ASSERT_EQ(log().size(), 1);
    EXPECT_EQ(log().first().programId, bayview);
}

TEST_F(InboxPageTest, SeveralSelectedAreLoggedInOneStepEachWithItsOwnProposal)
{
    const QList<qint64> ids = capture({kFromWalsh, kFromRiverbend});
    select(ids);
    EXPECT_TRUE(page->details()->programCombo()->currentText().isEmpty())
        << "two programs: none shown";
    clickLog();
    QList<qint64> programs;
    for (const core::Communication &c : log())
        programs << c.programId;
    std::sort(programs.begin(), programs.end());
    EXPECT_EQ(programs,
              (QList<qint64>{std::min(lakeside, riverbend), std::max(lakeside, riverbend)}));
    EXPECT_EQ(session().undoStack().count(), 1);
    EXPECT_EQ(session().undoStack().undoText(), QStringLiteral("Log 2 Messages"));
    EXPECT_EQ(page->model()->rowCount(), 0);

    undo();
    EXPECT_TRUE(log().isEmpty());
    EXPECT_EQ(page->model()->rowCount(), 2);
    EXPECT_EQ(navigationText(), QStringLiteral("Inbox (2)"));
    redo();
    EXPECT_EQ(log().size(), 2);
    EXPECT_EQ(entry(ids.first()).state, core::InboxState::Confirmed);
    EXPECT_TRUE(prompter.errors.isEmpty()) << prompter.errors.join(u'\n').toStdString();
}

TEST_F(InboxPageTest, SeveralGivenOneProgramAreAllLoggedForIt)
{
    const QList<qint64> ids = capture({kFromRiverbend, kFromNrmp});
    select(ids);
    EXPECT_FALSE(button("inboxLog")->isEnabled()) << "one has no program";
    auto *program = page->details()->programCombo();
    program->setCurrentIndex(program->findData(northgate));
    clickLog();
    const QList<core::Communication> logged = log();
    ASSERT_EQ(logged.size(), 2);
    EXPECT_EQ(logged.at(0).programId, northgate);
    EXPECT_EQ(logged.at(1).programId, northgate);
}

TEST_F(InboxPageTest, LoggingIsUndoneAndRedone)
{
    const qint64 id = capture({kFromWalsh}).first();
    select({id});
    clickLog();
    ASSERT_EQ(log().size(), 1);
    EXPECT_EQ(session().undoStack().undoText(), QStringLiteral("Log “Interview day parking”"));
    undo();
    EXPECT_TRUE(log().isEmpty());
    EXPECT_EQ(entry(id).state, core::InboxState::Pending);
    EXPECT_EQ(page->model()->rowCount(), 1);
    redo();
    ASSERT_EQ(log().size(), 1);
    EXPECT_EQ(entry(id).state, core::InboxState::Confirmed);
    EXPECT_EQ(entry(id).communicationId, log().first().id);
}

TEST_F(InboxPageTest, IgnoringIsUndoneWithTheOriginalAndRedone)
{
    const qint64 id = capture({kFromWalsh}).first();
    const QByteArray raw = inbox().original(id)->raw;
    select({id});
    QTest::mouseClick(button("inboxIgnore"), Qt::LeftButton);
    settle();
    EXPECT_EQ(entry(id).state, core::InboxState::Ignored);
    EXPECT_FALSE(inbox().original(id).ok());
    EXPECT_EQ(page->model()->rowCount(), 0);
    EXPECT_TRUE(log().isEmpty());

    undo();
    EXPECT_EQ(entry(id).state, core::InboxState::Pending);
    ASSERT_TRUE(inbox().original(id).ok());
    EXPECT_EQ(inbox().original(id)->raw, raw);
    EXPECT_EQ(page->model()->rowCount(), 1);
    redo();
    EXPECT_EQ(entry(id).state, core::InboxState::Ignored);
    EXPECT_EQ(session().undoStack().count(), 1);
}

TEST_F(InboxPageTest, AMessageThatCannotBeLoggedSaysWhyAndCanBeIgnored)
{
    const qint64 id = capture({fixture("no-date.eml")}).first();
    ASSERT_FALSE(entry(id).problem.isEmpty());
    select({id});
    EXPECT_FALSE(button("inboxLog")->isEnabled());
    EXPECT_FALSE(button("inboxLog")->toolTip().isEmpty());
    auto *problem = page->findChild<QLabel *>(QStringLiteral("inboxProblem"));
    ASSERT_NE(problem, nullptr);
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(entry(id).problem));
    EXPECT_FALSE(page->logSelected());
    EXPECT_TRUE(log().isEmpty());
    EXPECT_TRUE(page->ignoreSelected());
    EXPECT_EQ(entry(id).state, core::InboxState::Ignored);
}

TEST_F(InboxPageTest, AFlaggedIncomingMessageIsAnnounced)
{
    const qint64 id = capture({mailFrom(QStringLiteral("rank@lakeside.edu"),
                                        QStringLiteral("Maria Lopez <mlopez@lakeside.edu>"),
                                        QStringLiteral("Following up"),
                                        QStringLiteral("Dear Dr. Haddad,\n\nIt was a pleasure. "
                                                       "Where will you rank us?\n\nMaria\n"))})
                          .first();
    select({id});
    clickLog();
    ASSERT_EQ(log().size(), 1);
    const QString said = window->statusBar()->currentMessage();
    EXPECT_TRUE(said.contains(QStringLiteral("Flagged"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("Following up"))) << said.toStdString();

    // A harmless one says only that it was logged.
    const qint64 plain = capture({kFromWalsh}).first();
    select({plain});
    clickLog();
    EXPECT_FALSE(window->statusBar()->currentMessage().contains(QStringLiteral("Flagged")));
}

TEST_F(InboxPageTest, AProgramAddedLaterIsProposedForTheUnmatched)
{
    const qint64 id = capture({kFromNrmp}).first();
    ASSERT_EQ(entry(id).programId, std::nullopt);
    core::Program p = ProgramBuilder(QStringLiteral("NRMP Test Program"));
    p.emailDomain = QStringLiteral("nrmp.org");
    const auto added = core::ProgramRepository(session().db()).add(p);
    ASSERT_TRUE(added.ok());
    ASSERT_TRUE(session().reload().ok());
    settle();
    EXPECT_EQ(entry(id).programId, *added);
    EXPECT_EQ(page->model()->indexOf(id, ui::InboxModel::ProgramColumn).data().toString(),
              QStringLiteral("NRMP Test Program"));
}

TEST_F(InboxPageTest, DecidedMessagesAreListedOnRequest)
{
    const QList<qint64> ids = capture({kFromWalsh, kFromRiverbend});
    select({ids.first()});
    clickLog();
    ASSERT_EQ(page->model()->rowCount(), 1);
    auto *all = page->findChild<QCheckBox *>(QStringLiteral("inboxShowAll"));
    ASSERT_NE(all, nullptr);
    all->setChecked(true);
    ASSERT_EQ(page->model()->rowCount(), 2);
    EXPECT_EQ(page->model()->indexOf(ids.first(), ui::InboxModel::StateColumn).data().toString(),
              QStringLiteral("Logged"));
    select({ids.first()});
    EXPECT_FALSE(button("inboxLog")->isEnabled());
    EXPECT_FALSE(button("inboxIgnore")->isEnabled());
    EXPECT_TRUE(button("inboxOriginal")->isEnabled());
}

} // namespace
} // namespace rapport::test
