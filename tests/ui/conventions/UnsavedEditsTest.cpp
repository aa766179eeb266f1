// Edits about to be lost ask first, Save / Discard / Cancel, and each answer
// does what it says. Compose's own prompts are in ComposeDialogTest.

#include "UiFixture.h"

#include "dialogs/CommunicationDialog.h"
#include "dialogs/ProgramDialog.h"
#include "models/ProgramListModel.h"
#include "pages/ProgramDetailsTab.h"
#include "pages/ProgramsPage.h"

#include "storage/CommunicationRepository.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

namespace rapport::test {
namespace {

using ui::UnsavedChoice;

template <typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

class UnsavedEditsTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        loadDemo();
    }

    // The programs page on the first program's Details, its institution edited.
    std::unique_ptr<ui::ProgramsPage> pageWithEditedDetails()
    {
        auto page = std::make_unique<ui::ProgramsPage>(session(), prompter);
        page->resize(1300, 800);
        page->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        page->selectProgram(first().id);
        page->tabs()->setCurrentIndex(ui::ProgramsPage::DetailsTab);
        auto *institution = child<QLineEdit>(page.get(), "detailsInstitution");
        institution->selectAll();
        QTest::keyClicks(institution, QStringLiteral("Edited Health"));
        EXPECT_TRUE(page->detailsTab()->isDirty());
        return page;
    }
    core::Program first() { return session().snapshot().programs.at(0); }
    core::Program second() { return session().snapshot().programs.at(1); }
};

TEST_F(UnsavedEditsTest, SwitchingProgramsWithEditedDetailsCanDiscardThem)
{
    const QString before = first().institution;
    auto page = pageWithEditedDetails();
    prompter.unsavedAnswer = UnsavedChoice::Discard;
    page->selectProgram(second().id);
    ASSERT_EQ(prompter.unsavedQuestions.size(), 1);
    EXPECT_TRUE(prompter.unsavedQuestions.first().contains(first().name));
    EXPECT_EQ(page->currentProgramId(), second().id);
    EXPECT_FALSE(page->detailsTab()->isDirty());
    settle();
    EXPECT_EQ(session().program(first().id)->institution, before);
}

TEST_F(UnsavedEditsTest, SwitchingProgramsWithEditedDetailsCanBeCancelled)
{
    auto page = pageWithEditedDetails();
    prompter.unsavedAnswer = UnsavedChoice::Cancel;
    const qint64 stay = first().id;
    page->selectProgram(second().id);
    ASSERT_EQ(prompter.unsavedQuestions.size(), 1);
    EXPECT_EQ(page->currentProgramId(), stay);
    EXPECT_TRUE(page->detailsTab()->isDirty());
    EXPECT_EQ(child<QLineEdit>(page.get(), "detailsInstitution")->text(),
              QStringLiteral("Edited Health"));
    EXPECT_EQ(page->tabs()->currentIndex(), ui::ProgramsPage::DetailsTab);
    const QModelIndex selected = page->listView()->currentIndex();
    EXPECT_EQ(selected.data(ui::ProgramListModel::ProgramIdRole).toLongLong(), stay)
        << "the list shows the program still being edited";
}

TEST_F(UnsavedEditsTest, ClosingAnEditedEntryAsksAndEachAnswerDoesWhatItSays)
{
    const core::Communication c = session().snapshot().communications.first();
    {
        ui::CommunicationDialog dialog(session(), prompter, c.id);
        dialog.show();
        dialog.close();
        EXPECT_TRUE(prompter.unsavedQuestions.isEmpty()) << "nothing was edited";
    }
    ui::CommunicationDialog dialog(session(), prompter, c.id);
    dialog.show();
    auto *subject = child<QLineEdit>(&dialog, "subject");
    subject->selectAll();
    QTest::keyClicks(subject, QStringLiteral("A new subject"));

    prompter.unsavedAnswer = UnsavedChoice::Cancel;
    QTest::keyClick(subject, Qt::Key_Escape);
    ASSERT_EQ(prompter.unsavedQuestions.size(), 1);
    EXPECT_TRUE(dialog.isVisible());

    prompter.unsavedAnswer = UnsavedChoice::Save;
    dialog.close();
    EXPECT_EQ(prompter.unsavedQuestions.size(), 2);
    EXPECT_FALSE(dialog.isVisible());
    auto stored = core::CommunicationRepository(session().db()).get(c.id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->subject, QStringLiteral("A new subject"));
}

TEST_F(UnsavedEditsTest, DiscardingAnEditedEntryKeepsTheStoredOne)
{
    const core::Communication c = session().snapshot().communications.first();
    ui::CommunicationDialog dialog(session(), prompter, c.id);
    dialog.show();
    auto *subject = child<QLineEdit>(&dialog, "subject");
    subject->selectAll();
    QTest::keyClicks(subject, QStringLiteral("Never saved"));
    prompter.unsavedAnswer = UnsavedChoice::Discard;
    QTest::mouseClick(child<QPushButton>(&dialog, "cancel"), Qt::LeftButton);
    EXPECT_EQ(prompter.unsavedQuestions.size(), 1);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(core::CommunicationRepository(session().db()).get(c.id)->subject, c.subject);
}

TEST_F(UnsavedEditsTest, EscInAFilledInNewProgramDialogAsksFirst)
{
    {
        ui::ProgramDialog empty(session(), prompter);
        empty.show();
        QTest::keyClick(&empty, Qt::Key_Escape);
        EXPECT_FALSE(empty.isVisible()) << "nothing to lose: it just closes";
        EXPECT_TRUE(prompter.unsavedQuestions.isEmpty());
    }
    ui::ProgramDialog dialog(session(), prompter);
    dialog.show();
    auto *name = child<QLineEdit>(&dialog, "programName");
    QTest::keyClicks(name, QStringLiteral("Harbor City Otolaryngology"));

    prompter.unsavedAnswer = UnsavedChoice::Cancel;
    QTest::keyClick(name, Qt::Key_Escape);
    ASSERT_EQ(prompter.unsavedQuestions.size(), 1);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(name->text(), QStringLiteral("Harbor City Otolaryngology"));

    prompter.unsavedAnswer = UnsavedChoice::Save;
    QTest::keyClick(name, Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_NE(dialog.programId(), 0);
    settle();
    EXPECT_EQ(session().program(dialog.programId())->name,
              QStringLiteral("Harbor City Otolaryngology"));
}

} // namespace
} // namespace rapport::test
