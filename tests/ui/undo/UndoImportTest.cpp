// A whole import is one step: undo takes every row it added or changed
// back, redo puts them back with the same ids.

#include "UndoFixture.h"
#include "io/IoFixture.h"

#include "dialogs/ImportMailDialog.h"
#include "dialogs/ImportProgramsDialog.h"
#include "models/MailPreviewModel.h"
#include "undo/UndoActions.h"

#include <QAction>
#include <QPushButton>
#include <QUndoStack>

namespace rapport::test {
namespace {

class UndoImportTest : public IoFixture
{
protected:
    void SetUp() override
    {
        IoFixture::SetUp();
        actions = std::make_unique<ui::UndoActions>(session().undoStack(), &window);
    }

    void undo()
    {
        ASSERT_TRUE(actions->undoAction()->isEnabled());
        actions->undoAction()->trigger();
        settle();
    }
    void redo()
    {
        ASSERT_TRUE(actions->redoAction()->isEnabled());
        actions->redoAction()->trigger();
        settle();
    }
    QString dump() { return seasonDump(session().db()); }

    void importPrograms()
    {
        ui::ImportProgramsDialog dialog(session(), prompter, files);
        ASSERT_TRUE(dialog.openFile(testData(QStringLiteral("csv/programs-broken.csv"))));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importButton")),
                          Qt::LeftButton);
        ASSERT_TRUE(dialog.summary().has_value());
        settle();
    }

    QWidget window;
    std::unique_ptr<ui::UndoActions> actions;
};

TEST_F(UndoImportTest, AProgramImportIsOneStepUndoneAndRedone)
{
    const QString empty = dump();
    importPrograms();
    const QString imported = dump();
    ASSERT_NE(imported, empty);
    ASSERT_EQ(session().undoStack().count(), 1);
    EXPECT_EQ(session().undoStack().undoText(), QStringLiteral("Import Programs"));

    undo();
    EXPECT_EQ(dump(), empty);
    EXPECT_TRUE(session().snapshot().programs.isEmpty()) << "the window shows it";
    redo();
    EXPECT_EQ(dump(), imported);

    // Importing again updates them: undone, they are as the first import left them.
    importPrograms();
    EXPECT_EQ(session().undoStack().count(), 2);
    undo();
    EXPECT_EQ(dump(), imported);
    undo();
    EXPECT_EQ(dump(), empty);
    EXPECT_TRUE(prompter.errors.isEmpty()) << prompter.errors.join(u'\n').toStdString();
}

TEST_F(UndoImportTest, AMailImportIsOneStepUndoneAndRedone)
{
    loadMailSeason();
    const QString before = dump();
    {
        ui::ImportMailDialog dialog(session(), prompter, files);
        ASSERT_TRUE(dialog.openFiles({testData(QStringLiteral("mail/season.mbox"))}));
        // Those without a program are left out.
        ui::MailPreviewModel *model = dialog.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->candidates().at(row).status == core::MailStatus::Unmatched)
                model->setTicked(row, false);
        }
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        ASSERT_NE(button, nullptr);
        ASSERT_TRUE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        ASSERT_TRUE(dialog.summary().has_value());
        ASSERT_GT(dialog.summary()->imported, 1);
        EXPECT_EQ(session().undoStack().undoText(),
                  QStringLiteral("Import %1 Messages").arg(dialog.summary()->imported));
        settle();
    }
    const QString after = dump();
    ASSERT_NE(after, before);
    undo();
    EXPECT_EQ(dump(), before);
    redo();
    EXPECT_EQ(dump(), after);
    EXPECT_TRUE(prompter.errors.isEmpty()) << prompter.errors.join(u'\n').toStdString();
}

} // namespace
} // namespace rapport::test
