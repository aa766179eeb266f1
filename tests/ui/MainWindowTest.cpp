#include "UiFixture.h"

#include "MainWindow.h"

#include <QListWidget>
#include <QSettings>
#include <QTest>

using rapport::test::UiFixture;
using rapport::ui::MainWindow;

class MainWindowTest : public UiFixture
{};

TEST_F(MainWindowTest, ShortcutsSwitchPagesAndTheLastPageIsRemembered)
{
    {
        MainWindow window(session(), prompter);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        EXPECT_EQ(window.currentPage(), MainWindow::LogIndex);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        EXPECT_EQ(window.currentPage(), MainWindow::ProgramsIndex);
        window.close();
    }
    MainWindow again(session(), prompter);
    EXPECT_EQ(again.currentPage(), MainWindow::ProgramsIndex);
}

TEST_F(MainWindowTest, NavigationListSelectsThePage)
{
    MainWindow window(session(), prompter);
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    ASSERT_EQ(navigation->count(), MainWindow::PageCount);
    navigation->setCurrentRow(MainWindow::SettingsIndex);
    EXPECT_EQ(window.currentPage(), MainWindow::SettingsIndex);
}
