#include "UiFixture.h"

#include "MainWindow.h"
#include "storage/AppSettings.h"
#include "storage/Database.h"

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

TEST_F(MainWindowTest, APageSavedByNumberBeforeTheInboxCameStillOpens)
{
    {
        QSettings settings;
        settings.beginGroup(rapport::core::seasonSettingsGroup(session().db().path()));
        settings.remove(QStringLiteral("window/pageName"));
        settings.setValue(QStringLiteral("window/page"), 3); // Templates, then
    }
    {
        MainWindow window(session(), prompter);
        EXPECT_EQ(window.currentPage(), MainWindow::TemplatesIndex);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        window.close();
    }
    MainWindow again(session(), prompter);
    EXPECT_EQ(again.currentPage(), MainWindow::InboxIndex) << "saved by name from now on";
}
