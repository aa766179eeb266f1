// Undo and redo of a program's details, from the Edit menu: the database
// goes back row for row, and what another writer changed meanwhile is
// kept or asked about, never overwritten silently.

#include "UndoFixture.h"

#include "pages/ProgramDetailsTab.h"
#include "pages/ProgramsPage.h"
#include "storage/ProgramRepository.h"
#include "undo/UndoActions.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

namespace rapport::test {
namespace {

class UndoProgramEditTest : public UndoFixture
{
protected:
    void SetUp() override
    {
        UndoFixture::SetUp();
        program = session().snapshot().programs.at(2);
        window->showProgram(program.id);
        details = window->programsPage()->detailsTab();
        policyNote = details->findChild<QLineEdit *>(QStringLiteral("detailsPolicyNote"));
        save = details->findChild<QPushButton *>(QStringLiteral("detailsSave"));
        ASSERT_NE(policyNote, nullptr);
        ASSERT_NE(save, nullptr);
    }

    void savePolicyNote(const QString &text)
    {
        policyNote->selectAll();
        QTest::keyClicks(policyNote, text);
        QTest::mouseClick(save, Qt::LeftButton);
        settle();
    }

    core::Program stored()
    {
        auto p = core::ProgramRepository(session().db()).get(program.id);
        EXPECT_TRUE(p) << p.errorMessage().toStdString();
        return p ? *p : core::Program();
    }

    core::Program program;
    ui::ProgramDetailsTab *details = nullptr;
    QLineEdit *policyNote = nullptr;
    QPushButton *save = nullptr;
};

TEST_F(UndoProgramEditTest, NothingToUndoInAFreshWindow)
{
    EXPECT_FALSE(window->undoActions()->undoAction()->isEnabled());
    EXPECT_FALSE(window->undoActions()->redoAction()->isEnabled());
    EXPECT_EQ(undoText(), QStringLiteral("Undo"));
    EXPECT_EQ(window->undoActions()->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_EQ(window->undoActions()->redoAction()->shortcut(), QKeySequence(QKeySequence::Redo));
}

TEST_F(UndoProgramEditTest, SavedDetailsAreUndoneAndRedoneRowForRow)
{
    const QString before = dump();
    savePolicyNote(QStringLiteral("Email the coordinator only"));
    const QString after = dump();
    ASSERT_NE(before, after);
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(undoText(), QStringLiteral("Undo Edit Policy Note"));

    undo();
    EXPECT_EQ(dump(), before);
    EXPECT_EQ(policyNote->text(), program.policyNote) << "the form shows the row undone";
    EXPECT_FALSE(window->undoActions()->undoAction()->isEnabled());
    EXPECT_EQ(redoText(), QStringLiteral("Redo Edit Policy Note"));

    redo();
    EXPECT_EQ(dump(), after);
    EXPECT_EQ(policyNote->text(), QStringLiteral("Email the coordinator only"));
    EXPECT_TRUE(prompter.errors.isEmpty()) << prompter.errors.join(u'\n').toStdString();
}

TEST_F(UndoProgramEditTest, SeveralFieldsAreOneEditNamedForTheDetails)
{
    auto *notes = details->findChild<QWidget *>(QStringLiteral("detailsNotes"));
    ASSERT_NE(notes, nullptr);
    policyNote->selectAll();
    QTest::keyClicks(policyNote, QStringLiteral("By email"));
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral(" Met them at AAO."));
    QTest::mouseClick(save, Qt::LeftButton);
    settle();
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(undoText(), QStringLiteral("Undo Edit Program Details"));
    undo();
    EXPECT_EQ(stored().policyNote, program.policyNote);
    EXPECT_EQ(stored().notes, program.notes);
}

TEST_F(UndoProgramEditTest, AnotherWritersChangeToAnotherFieldStays)
{
    savePolicyNote(QStringLiteral("Mine"));
    core::Program theirs = stored();
    theirs.notes = QStringLiteral("Written from a script");
    ASSERT_TRUE(core::ProgramRepository(other()).update(theirs).ok());

    undo();
    EXPECT_EQ(stored().policyNote, program.policyNote);
    EXPECT_EQ(stored().notes, QStringLiteral("Written from a script"));
    EXPECT_TRUE(prompter.conflictsShown.isEmpty());
}

TEST_F(UndoProgramEditTest, AConflictOnUndoIsAskedAboutNotOverwritten)
{
    savePolicyNote(QStringLiteral("Mine"));
    core::Program theirs = stored();
    theirs.policyNote = QStringLiteral("Theirs");
    ASSERT_TRUE(core::ProgramRepository(other()).update(theirs).ok());
    const QString withTheirs = dump();

    // Going back: nothing written, and the edit can still be undone.
    prompter.keepYours.reset();
    undo();
    ASSERT_EQ(prompter.conflictsShown.size(), 1);
    ASSERT_EQ(prompter.conflictsShown.first().size(), 1);
    EXPECT_NE(prompter.conflictsShown.first().first().yours, QStringLiteral("Mine"))
        << "the value the undo would write";
    EXPECT_EQ(prompter.conflictsShown.first().first().stored, QStringLiteral("Theirs"));
    EXPECT_EQ(prompter.conflictLabels, QStringList{QStringLiteral("Policy note")});
    EXPECT_EQ(dump(), withTheirs);
    EXPECT_EQ(stack().index(), 1);

    // Keeping the stored value: the undo is done, theirs stays.
    prompter.keepYours = QSet<QString>();
    undo();
    EXPECT_EQ(stack().index(), 0);
    EXPECT_EQ(stored().policyNote, QStringLiteral("Theirs"));
}

TEST_F(UndoProgramEditTest, ChoosingTheUndoneValueWritesIt)
{
    savePolicyNote(QStringLiteral("Mine"));
    core::Program theirs = stored();
    theirs.policyNote = QStringLiteral("Theirs");
    ASSERT_TRUE(core::ProgramRepository(other()).update(theirs).ok());
    prompter.keepYours = QSet<QString>{QStringLiteral("policy_note")};
    undo();
    EXPECT_EQ(stored().policyNote, program.policyNote);
}

TEST_F(UndoProgramEditTest, AFocusedTextFieldUndoesItsOwnTyping)
{
    savePolicyNote(QStringLiteral("Saved"));
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    const QString saved = dump();
    policyNote->setFocus();
    QTest::keyClicks(policyNote, QStringLiteral(" and typed"));
    QTest::keySequence(policyNote, QKeySequence::Undo);
    EXPECT_EQ(policyNote->text(), QStringLiteral("Saved"));
    EXPECT_EQ(stack().index(), 1) << "the season's edit stays";
    EXPECT_EQ(dump(), saved);

    // Elsewhere the same keys undo the season's edit.
    window->programsPage()->setFocus();
    auto *list = window->programsPage()->findChild<QWidget *>(QStringLiteral("programList"));
    ASSERT_NE(list, nullptr);
    list->setFocus();
    QTest::keySequence(list, QKeySequence::Undo);
    settle();
    EXPECT_EQ(stack().index(), 0);
    EXPECT_EQ(stored().policyNote, program.policyNote);
}

} // namespace
} // namespace rapport::test
