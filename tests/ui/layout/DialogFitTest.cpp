#include "UiFixture.h"
#include "io/IoFixture.h"

#include "dialogs/CommunicationDialog.h"
#include "dialogs/ComposeDialog.h"
#include "dialogs/ImportMailDialog.h"
#include "dialogs/ImportProgramsDialog.h"

#include <QScreen>
#include <QTest>

namespace rapport::test {
namespace {

class DialogFitTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        loadDemo();
    }

    // The dialog opens within the screen's free area and gives its layout
    // what it needs; the offscreen screen (800 px) is smaller than 1,024.
    static void expectFits(QDialog *dialog)
    {
        std::unique_ptr<QDialog> owner(dialog);
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
        const QSize room = dialog->screen()->availableGeometry().size();
        ASSERT_LT(room.width(), 1024);
        EXPECT_LE(dialog->width(), room.width()) << dialog->metaObject()->className();
        EXPECT_LE(dialog->height(), room.height()) << dialog->metaObject()->className();
        EXPECT_GE(dialog->width(), dialog->minimumSizeHint().width());
        EXPECT_GE(dialog->height(), dialog->minimumSizeHint().height());
    }

    FakeFileChooser files;
};

TEST_F(DialogFitTest, TheLargeDialogsOpenWithinASmallScreen)
{
    expectFits(new ui::ComposeDialog(session(), prompter));
    expectFits(new ui::CommunicationDialog(session(), prompter,
                                           session().snapshot().communications.first().id));
    expectFits(new ui::ImportMailDialog(session(), prompter, files));
    expectFits(new ui::ImportProgramsDialog(session(), prompter, files));
}

} // namespace
} // namespace rapport::test
