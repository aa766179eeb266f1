#include "LayoutProbe.h"
#include "UiFixture.h"

#include "MainWindow.h"
#include "pages/DashboardPage.h"
#include "pages/InboxPage.h"
#include "pages/LogPage.h"
#include "pages/ProgramsPage.h"
#include "pages/SettingsPage.h"
#include "pages/TemplatesPage.h"
#include "widgets/DashboardCard.h"

#include <QApplication>
#include <QScreen>
#include <QTest>

namespace rapport::test {
namespace {

using ui::DashboardPage;
using ui::MainWindow;

class WindowFitTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        loadDemo();
    }

    // The window with every page built and a program selected, whose
    // header is the widest part of the Programs page.
    std::unique_ptr<MainWindow> showWindow(QSize size)
    {
        auto window = std::make_unique<MainWindow>(session(), prompter);
        window->resize(size);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->programsPage()->selectProgram(session().snapshot().programs.first().id);
        return window;
    }
};

// With no layout stored for these screens the window opens within the
// screen (the offscreen one is 800 x 600), not at a size made for 1440 x 900.
TEST_F(WindowFitTest, AFirstWindowOpensWithinTheScreen)
{
    MainWindow window(session(), prompter);
    ASSERT_FALSE(window.hasStoredGeometry());
    ASSERT_NE(window.screen(), nullptr);
    const QSize room = window.screen()->availableGeometry().size();
    const QSize least = window.minimumSizeHint();
    EXPECT_LE(window.width(), std::max(room.width(), least.width()));
    EXPECT_LE(window.height(), std::max(room.height(), least.height()));
}

TEST_F(WindowFitTest, TheWindowCanBeNarrowerThan960)
{
    auto window = showWindow({1360, 840});
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window->showPage(page);
        EXPECT_LE(window->minimumSizeHint().width(), 960) << "page " << page;
    }
    window->resize(960, 640);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->width() == 960; }));
    EXPECT_EQ(window->size(), QSize(960, 640));
}

TEST_F(WindowFitTest, EveryPageFitsIn960By640)
{
    auto window = showWindow({960, 640});
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window->showPage(page);
        const QList<QWidget *> pages{window->dashboardPage(), window->programsPage(),
                                     window->logPage(),       window->inboxPage(),
                                     window->templatesPage(), window->settingsPage()};
        QWidget *shown = pages.at(page);
        ASSERT_TRUE(QTest::qWaitFor([&] { return shown->isVisible(); })) << "page " << page;
        QApplication::processEvents();
        const QString problems = cutOff(*window);
        EXPECT_TRUE(problems.isEmpty()) << "page " << page << ":\n" << problems.toStdString();
        const QRect inWindow(shown->mapTo(window.get(), QPoint(0, 0)), shown->size());
        EXPECT_TRUE(window->rect().contains(inWindow)) << "page " << page;
    }
}

TEST_F(WindowFitTest, TheDashboardGoesToOneColumnWhenNarrowAndBack)
{
    auto window = showWindow({1360, 840});
    window->showPage(MainWindow::DashboardIndex);
    DashboardPage *page = window->dashboardPage();
    auto *thankYou = page->card(DashboardPage::ThankYouCard);
    auto *comingUp = page->card(DashboardPage::ComingUpCard);
    const auto twoColumns = [&] {
        return comingUp->x() > thankYou->x() + thankYou->width() / 2 &&
               comingUp->y() == thankYou->y();
    };
    const auto oneColumn = [&] {
        return comingUp->x() == thankYou->x() && comingUp->y() > thankYou->y() &&
               comingUp->width() == thankYou->width();
    };
    ASSERT_TRUE(QTest::qWaitFor(twoColumns));
    ASSERT_GE(page->width(), page->twoColumnWidth());

    window->resize(960, 640);
    ASSERT_TRUE(QTest::qWaitFor(oneColumn)) << page->width();
    EXPECT_LT(page->width(), page->twoColumnWidth());
    // One column spends the page's width on each card.
    EXPECT_GT(thankYou->width(), page->width() * 3 / 4);
    const QString problems = cutOff(*window);
    EXPECT_TRUE(problems.isEmpty()) << problems.toStdString();

    window->resize(1360, 840);
    EXPECT_TRUE(QTest::qWaitFor(twoColumns));
}

} // namespace
} // namespace rapport::test
