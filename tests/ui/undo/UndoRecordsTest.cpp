// New, deleted and merged programs, contacts and log entries, undone and
// redone from the Edit menu with the same ids: the database comes back row
// for row.

#include "UndoFixture.h"

#include "dialogs/CommunicationDialog.h"
#include "dialogs/ContactDialog.h"
#include "dialogs/ProgramDialog.h"
#include "models/ContactListModel.h"
#include "pages/LogPage.h"
#include "pages/ProgramContactsTab.h"
#include "pages/ProgramsPage.h"
#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/ProgramRepository.h"
#include "undo/RecordActions.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextCursor>
#include <QUndoStack>

namespace rapport::test {
namespace {

class UndoRecordsTest : public UndoFixture
{
protected:
    void SetUp() override
    {
        UndoFixture::SetUp();
        page = window->programsPage();
        // A program with contacts and entries, and another to merge it into.
        for (const core::Program &p : session().snapshot().programs) {
            if (session().contactsOf(p.id).size() >= 2) {
                program = p;
                break;
            }
        }
        ASSERT_GT(program.id, 0);
        for (const core::Program &p : session().snapshot().programs) {
            if (p.id != program.id) {
                second = p;
                break;
            }
        }
    }

    void showProgram(qint64 id)
    {
        window->showProgram(id);
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    void clickOk(QDialog *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        ASSERT_NE(buttons, nullptr);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        settle();
    }

    qint64 entryId(const QString &subject)
    {
        for (const core::Communication &c : session().snapshot().communications) {
            if (c.subject == subject)
                return c.id;
        }
        ADD_FAILURE() << "no entry " << subject.toStdString();
        return 0;
    }

    int entriesOf(qint64 programId)
    {
        int n = 0;
        for (const core::Communication &c : session().snapshot().communications)
            n += c.programId == programId ? 1 : 0;
        return n;
    }

    // Undo, redo and undo again, each time the season as it was.
    void roundTrip(const QString &before, const QString &after)
    {
        undo();
        EXPECT_EQ(dump(), before);
        redo();
        EXPECT_EQ(dump(), after);
        undo();
        EXPECT_EQ(dump(), before);
        EXPECT_TRUE(prompter.errors.isEmpty()) << prompter.errors.join(u'\n').toStdString();
    }

    ui::ProgramsPage *page = nullptr;
    core::Program program;
    core::Program second;
};

TEST_F(UndoRecordsTest, ANewProgramIsUndoneAndRedoneWithItsId)
{
    const QString before = dump();
    page->newProgram();
    ui::ProgramDialog *dialog = page->programDialog();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("programName")),
                     QStringLiteral("Zenith Otolaryngology"));
    clickOk(dialog);
    const QString after = dump();
    ASSERT_NE(after, before);
    EXPECT_EQ(undoText(), QStringLiteral("Undo New Program Zenith Otolaryngology"));
    roundTrip(before, after);
}

TEST_F(UndoRecordsTest, DeletingAProgramNamesWhatGoesWithItAndUndoBringsItAllBack)
{
    showProgram(program.id);
    const QString before = dump();
    const int entries = entriesOf(program.id);
    const auto contacts = session().contactsOf(program.id).size();
    page->listView()->setFocus();
    QTest::keyClick(page->listView(), Qt::Key_Delete);
    settle();
    ASSERT_EQ(prompter.deletions.size(), 1);
    const QString asked = prompter.deletions.first();
    EXPECT_TRUE(asked.contains(program.name)) << asked.toStdString();
    EXPECT_TRUE(asked.contains(QStringLiteral("%1 log entries").arg(entries)))
        << asked.toStdString();
    EXPECT_TRUE(asked.contains(QStringLiteral("%1 contacts").arg(contacts))) << asked.toStdString();
    EXPECT_EQ(session().program(program.id), nullptr);
    const QString after = dump();
    EXPECT_EQ(undoText(), QStringLiteral("Undo Delete Program %1").arg(program.name));

    roundTrip(before, after);
    EXPECT_NE(session().program(program.id), nullptr) << "the window shows it again";
}

TEST_F(UndoRecordsTest, SayingNoToTheDeletionKeepsTheProgram)
{
    showProgram(program.id);
    const QString before = dump();
    prompter.deleteAnswer = false;
    page->recordActions()->deleteAction()->trigger();
    settle();
    EXPECT_EQ(prompter.deletions.size(), 1);
    EXPECT_EQ(dump(), before);
    EXPECT_EQ(stack().count(), 0);
}

TEST_F(UndoRecordsTest, TheEditMenuOffersDeleteAndMergeOnlyOnTheProgramsPage)
{
    showProgram(program.id);
    EXPECT_TRUE(page->recordActions()->deleteAction()->isEnabled());
    window->showPage(ui::MainWindow::LogIndex);
    EXPECT_FALSE(page->recordActions()->deleteAction()->isEnabled());
    EXPECT_FALSE(page->recordActions()->mergeAction()->isEnabled());
    window->showPage(ui::MainWindow::ProgramsIndex);
    EXPECT_TRUE(page->recordActions()->mergeAction()->isEnabled());
}

TEST_F(UndoRecordsTest, MergingProgramsShowsWhatMovesAndIsUndoneExactly)
{
    showProgram(program.id);
    const QString before = dump();
    const int moved = entriesOf(program.id);
    const int kept = entriesOf(second.id);
    prompter.mergeAnswer = second.id;
    page->recordActions()->mergeAction()->trigger();
    settle();
    ASSERT_EQ(prompter.mergeChoices.size(), 1);
    const ui::MergeChoice &choice = prompter.mergeChoices.first();
    EXPECT_FALSE(std::any_of(choice.candidates.cbegin(), choice.candidates.cend(),
                             [&](const auto &c) { return c.first == program.id; }))
        << "not into itself";
    EXPECT_TRUE(prompter.mergeOutcome.contains(QStringLiteral("%1 log entries").arg(moved)))
        << prompter.mergeOutcome.toStdString();
    EXPECT_TRUE(prompter.mergeOutcome.contains(second.name)) << prompter.mergeOutcome.toStdString();
    EXPECT_EQ(session().program(program.id), nullptr);
    EXPECT_EQ(entriesOf(second.id), kept + moved);
    const QString after = dump();
    EXPECT_EQ(undoText(), QStringLiteral("Undo Merge %1 into %2").arg(program.name, second.name));
    roundTrip(before, after);
}

TEST_F(UndoRecordsTest, AMergeWhoseKeptProgramChangedElsewhereIsNotUndoneSilently)
{
    showProgram(program.id);
    prompter.mergeAnswer = second.id;
    page->recordActions()->mergeAction()->trigger();
    settle();
    core::Program theirs = core::ProgramRepository(other()).get(second.id).value();
    theirs.notes = QStringLiteral("Written from a script");
    ASSERT_TRUE(core::ProgramRepository(other()).update(theirs).ok());
    settle();
    const QString withTheirs = dump();
    undo();
    ASSERT_EQ(prompter.errors.size(), 1);
    EXPECT_TRUE(prompter.errors.first().contains(QStringLiteral("changed since")))
        << prompter.errors.first().toStdString();
    EXPECT_EQ(dump(), withTheirs);
}

TEST_F(UndoRecordsTest, ContactsAddedDeletedAndMergedAreUndoneAndRedone)
{
    showProgram(program.id);
    page->tabs()->setCurrentIndex(ui::ProgramsPage::ContactsTab);
    ui::ProgramContactsTab *tab = page->contactsTab();
    const QString start = dump();

    ui::ContactDialog *dialog = tab->addContact();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("contactLastName")),
                     QStringLiteral("Okafor"));
    clickOk(dialog);
    const QString added = dump();
    ASSERT_NE(added, start);
    EXPECT_TRUE(undoText().startsWith(QStringLiteral("Undo New Contact")))
        << undoText().toStdString();
    roundTrip(start, added);
    redo();

    // Delete the first contact, from its button.
    tab->view()->selectRow(0);
    const core::Contact *first = tab->model()->contactAt(tab->view()->currentIndex());
    ASSERT_NE(first, nullptr);
    const qint64 firstId = first->id;
    QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("contactRemove")),
                      Qt::LeftButton);
    settle();
    EXPECT_FALSE(core::ContactRepository(session().db()).get(firstId).ok());
    const QString deleted = dump();
    EXPECT_TRUE(undoText().startsWith(QStringLiteral("Undo Delete Contact")))
        << undoText().toStdString();
    roundTrip(added, deleted);

    // Merge the first into the second.
    tab->view()->selectRow(0);
    const qint64 gone = tab->model()->contactAt(tab->view()->currentIndex())->id;
    const qint64 keep = tab->model()->contactAt(tab->model()->index(1, 0))->id;
    prompter.mergeAnswer = keep;
    QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("contactMerge")),
                      Qt::LeftButton);
    settle();
    EXPECT_FALSE(core::ContactRepository(session().db()).get(gone).ok());
    const QString merged = dump();
    EXPECT_TRUE(undoText().startsWith(QStringLiteral("Undo Merge"))) << undoText().toStdString();
    roundTrip(added, merged);
    EXPECT_NE(deleted, merged);
}

TEST_F(UndoRecordsTest, LogEntriesAddedEditedAndDeletedAreUndoneAndRedone)
{
    const QString start = dump();
    {
        ui::CommunicationDialog dialog(session(), prompter, 0, window.get(), program.id);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("subject")),
                         QStringLiteral("Call with the coordinator"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        settle();
    }
    const QString added = dump();
    ASSERT_NE(added, start);
    EXPECT_EQ(undoText(), QStringLiteral("Undo Add Entry Call with the coordinator"));
    roundTrip(start, added);
    redo();

    const qint64 id = entryId(QStringLiteral("Call with the coordinator"));
    {
        ui::CommunicationDialog dialog(session(), prompter, id, window.get());
        auto *subject = dialog.findChild<QLineEdit *>(QStringLiteral("subject"));
        subject->selectAll();
        QTest::keyClicks(subject, QStringLiteral("Call about the second look"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        settle();
    }
    const QString edited = dump();
    ASSERT_NE(edited, added);
    EXPECT_EQ(undoText(), QStringLiteral("Undo Edit Entry Call about the second look"));
    roundTrip(added, edited);
    redo();

    // Several at once from the Log page.
    window->showPage(ui::MainWindow::LogIndex);
    ui::LogPage *log = window->logPage();
    auto *table = log->findChild<QTableView *>();
    ASSERT_NE(table, nullptr);
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ASSERT_EQ(log->selectedIds().size(), 2);
    log->deleteSelected();
    settle();
    const QString deleted = dump();
    EXPECT_EQ(undoText(), QStringLiteral("Undo Delete 2 Entries"));
    roundTrip(edited, deleted);
}

TEST_F(UndoRecordsTest, AnEditThatWentPastAFindingTakesItsAcknowledgementBack)
{
    {
        ui::CommunicationDialog dialog(session(), prompter, 0, window.get(), program.id);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("subject")),
                         QStringLiteral("Checking in"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        settle();
    }
    const QString before = dump();
    const int acknowledged = session().snapshot().acknowledgements.size();
    {
        ui::CommunicationDialog dialog(session(), prompter, entryId(QStringLiteral("Checking in")),
                                       window.get());
        auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("body"));
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body,
                         QStringLiteral("Could you tell me where I stand on your rank list?"));
        prompter.reasonAnswer = QStringLiteral("Sent before I knew");
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        settle();
    }
    ASSERT_FALSE(prompter.confirmations.isEmpty()) << "the question breaks a rule";
    ASSERT_GT(session().snapshot().acknowledgements.size(), acknowledged);
    const QString after = dump();
    roundTrip(before, after);
    EXPECT_EQ(session().snapshot().acknowledgements.size(), acknowledged);
}

TEST_F(UndoRecordsTest, UndoingANewEntryChangedElsewhereAsksFirst)
{
    {
        ui::CommunicationDialog dialog(session(), prompter, 0, window.get(), program.id);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("subject")),
                         QStringLiteral("Mine"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        settle();
    }
    const qint64 id = entryId(QStringLiteral("Mine"));
    core::Communication theirs = core::CommunicationRepository(other()).get(id).value();
    theirs.body = QStringLiteral("Their notes on the call");
    ASSERT_TRUE(core::CommunicationRepository(other()).update(theirs).ok());
    settle();
    const QString withTheirs = dump();

    prompter.goAheadAnswer = false;
    undo();
    EXPECT_EQ(prompter.questions.size(), 1);
    EXPECT_EQ(dump(), withTheirs) << "still there, with their change";
    EXPECT_EQ(stack().index(), 1);
}

} // namespace
} // namespace rapport::test
