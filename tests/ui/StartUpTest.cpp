// The window paints its frame before the rule engine is built and the season
// read (Session::FirstLoad::Later); the pages follow.
#include "UiFixture.h"
#include "support/Builders.h"

#include "MainWindow.h"
#include "pages/LogPage.h"
#include "pages/Page.h"
#include "pages/SettingsPage.h"
#include "rules/RuleData.h"
#include "rules/RuleEngine.h"
#include "storage/Database.h"
#include "storage/ProgramRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>

namespace rapport::test {
namespace {

class StartUpTest : public UiFixture
{
protected:
    void TearDown() override
    {
        QFile::remove(core::RuleData::defaultUserFilePath());
        QSettings().remove(QStringLiteral("pages/settings/tab"));
        UiFixture::TearDown();
    }

    std::unique_ptr<ui::Session> openLater()
    {
        auto later = ui::Session::open(session().db().path(), clock, ui::Session::FirstLoad::Later);
        EXPECT_TRUE(later.ok()) << later.errorMessage().toStdString();
        return later.ok() ? std::move(later.value()) : nullptr;
    }

    static QList<ui::Page *> pages(const ui::MainWindow &window)
    {
        return window.findChildren<ui::Page *>();
    }
};

TEST_F(StartUpTest, TheWindowShowsBeforeTheSeasonIsRead)
{
    ASSERT_TRUE(core::ProgramRepository(session().db()).add(ProgramBuilder("Magnolia")).ok());
    auto later = openLater();
    ASSERT_NE(later, nullptr);
    ui::Session &s = *later;
    EXPECT_FALSE(s.isLoaded());
    EXPECT_TRUE(s.snapshot().programs.isEmpty());

    ui::MainWindow window(s, prompter);
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    EXPECT_EQ(navigation->count(), ui::MainWindow::PageCount);
    auto *placeholder = window.findChild<QWidget *>(QStringLiteral("loadingPlaceholder"));
    ASSERT_NE(placeholder, nullptr);
    EXPECT_FALSE(placeholder->isHidden());
    EXPECT_TRUE(pages(window).isEmpty()) << "no page before the first paint or a need";

    // The first paint starts the reading.
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    settle(s);
    EXPECT_TRUE(s.isLoaded());
    EXPECT_EQ(s.snapshot().programs.size(), 1);
    EXPECT_TRUE(placeholder->isHidden());
    EXPECT_EQ(pages(window).size(), ui::MainWindow::PageCount);
}

TEST_F(StartUpTest, PagesAreBuiltWhenFirstAskedFor)
{
    auto later = openLater();
    ASSERT_NE(later, nullptr);
    ui::MainWindow window(*later, prompter);
    ASSERT_TRUE(pages(window).isEmpty());
    window.showPage(ui::MainWindow::LogIndex);
    EXPECT_EQ(window.currentPage(), ui::MainWindow::LogIndex);
    EXPECT_TRUE(pages(window).isEmpty()) << "choosing a page while reading builds nothing yet";

    ASSERT_NE(window.logPage(), nullptr);
    EXPECT_EQ(pages(window).size(), ui::MainWindow::PageCount);
    EXPECT_FALSE(later->isLoaded()) << "built while the season was still being read";
    settle(*later);
    EXPECT_TRUE(window.logPage()->isVisibleTo(&window)) << "the page chosen while reading";
}

TEST_F(StartUpTest, AWindowClosedBeforeItsPagesKeepsTheirSavedState)
{
    {
        ui::MainWindow window(session(), prompter);
        window.settingsPage()->findChild<QTabWidget *>()->setCurrentIndex(1);
        window.close();
    }
    {
        auto later = openLater();
        ASSERT_NE(later, nullptr);
        ui::MainWindow window(*later, prompter);
        window.close();
        ASSERT_TRUE(pages(window).isEmpty());
    }
    ui::MainWindow window(session(), prompter);
    EXPECT_EQ(window.settingsPage()->findChild<QTabWidget *>()->currentIndex(), 1);
}

TEST_F(StartUpTest, ABrokenRuleFileIsReportedAndTheBuiltInRulesCheck)
{
    const QString path = core::RuleData::defaultUserFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(R"({"no.such_rule": {"severity": "info"}})");
    }
    auto later = openLater();
    ASSERT_NE(later, nullptr);
    QSignalSpy failed(later.get(), &ui::Session::rulesFailed);
    later->startFirstLoad();
    settle(*later);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("no.such_rule")));
    EXPECT_TRUE(later->isLoaded());
    EXPECT_EQ(later->engine().data().ruleIds(), core::RuleData::builtIn()->ruleIds());
}

} // namespace
} // namespace rapport::test
