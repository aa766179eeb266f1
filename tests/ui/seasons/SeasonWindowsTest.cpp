// File ▸ New Season…, Open…, Open Recent, Save a Copy… and Close, one window
// per season file, and what each season keeps of its own.
#include "SeasonFixture.h"

#include "SeasonMenu.h"
#include "pages/LogPage.h"
#include "pages/ProgramDetailsTab.h"
#include "pages/ProgramsPage.h"
#include "storage/Database.h"
#include "storage/ProgramRepository.h"
#include "storage/SeasonLock.h"
#include "widgets/LogFilterBar.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>

namespace rapport::test {
namespace {

using Opened = ui::SeasonWindows::Opened;

QStringList actionNames(const QMenu *menu)
{
    QStringList names;
    for (const QAction *action : menu->actions()) {
        if (action->menu())
            names << action->menu()->objectName();
        else if (!action->isSeparator())
            names << action->objectName();
    }
    return names;
}

QStringList recentPaths(const ui::MainWindow *window)
{
    QMenu *recent = window->findChild<QMenu *>(QStringLiteral("menuOpenRecent"));
    EXPECT_NE(recent, nullptr);
    if (!recent)
        return {};
    Q_EMIT recent->aboutToShow();
    QStringList paths;
    for (const QAction *action : recent->actions()) {
        if (action->data().isValid())
            paths << action->data().toString();
    }
    return paths;
}

class SeasonWindowsTest : public SeasonFixture
{};

TEST_F(SeasonWindowsTest, TheWindowIsNamedAfterItsSeasonFile)
{
    ui::MainWindow *window = open(makeSeason(QStringLiteral("amira-2027.sqlite"), {"Lakeside"}));
    ASSERT_NE(window, nullptr);
    EXPECT_EQ(window->windowTitle(), QStringLiteral("amira-2027.sqlite — Rapport"));
    EXPECT_EQ(window->windowFilePath(), pathOf(QStringLiteral("amira-2027.sqlite")));
}

TEST_F(SeasonWindowsTest, TheFileMenuStartsWithTheSeasonActions)
{
    ui::MainWindow *window = open(makeSeason(QStringLiteral("a.sqlite"), {"Lakeside"}));
    ASSERT_NE(window, nullptr);
    const QStringList names = actionNames(window->fileMenu());
    ASSERT_GE(names.size(), 6);
    EXPECT_EQ(names.mid(0, 5), (QStringList{"actionNewSeason", "actionOpenSeason", "menuOpenRecent",
                                            "actionSaveCopy", "actionCloseSeason"}));
    EXPECT_EQ(names.last(), QStringLiteral("actionQuit"));
    auto *openAction = window->findChild<QAction *>(QStringLiteral("actionOpenSeason"));
    EXPECT_EQ(openAction->shortcut(), QKeySequence(QKeySequence::Open));
}

TEST_F(SeasonWindowsTest, OpenShowsTheChosenSeasonInPlaceOfTheOneOpen)
{
    const QString a = makeSeason(QStringLiteral("a.sqlite"), {"Lakeside"});
    const QString b = makeSeason(QStringLiteral("b.sqlite"), {"Northgate", "Riverbend"});
    ui::MainWindow *first = open(a);
    ASSERT_NE(first, nullptr);
    first->show();
    waitUntilShown(first);
    QPointer<ui::MainWindow> gone = first;

    files.opens << b;
    first->findChild<QAction *>(QStringLiteral("actionOpenSeason"))->trigger();
    ASSERT_EQ(windows->windows().size(), 1);
    ui::MainWindow *second = windows->windows().first();
    EXPECT_NE(second, first);
    waitUntilShown(second);
    EXPECT_EQ(sessionOf(second).snapshot().programs.size(), 2);
    EXPECT_TRUE(second->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return gone.isNull(); })) << "the first window closed";
    EXPECT_FALSE(core::SeasonLock::isHeld(a)) << "a's lock went with its window";
    EXPECT_TRUE(core::SeasonLock::isHeld(b));
    EXPECT_EQ(recentPaths(second), (QStringList{b, a}));
}

TEST_F(SeasonWindowsTest, ASeasonShownHereIsBroughtForwardNotOpenedTwice)
{
    const QString a = makeSeason(QStringLiteral("a.sqlite"), {"Lakeside"});
    ui::MainWindow *window = open(a);
    ASSERT_NE(window, nullptr);
    // Another path to the same file.
    auto again = windows->open(pathOf(QStringLiteral("sub/../a.sqlite")));
    ASSERT_TRUE(again.ok()) << again.errorMessage().toStdString();
    EXPECT_EQ(again->how, Opened::BroughtForward);
    EXPECT_EQ(again->window, window);
    EXPECT_TRUE(window->isVisible());
    EXPECT_EQ(windows->windows().size(), 1);
}

TEST_F(SeasonWindowsTest, ASeasonLockedByAnotherWindowThatDoesNotAnswerIsRefused)
{
    const QString a = makeSeason(QStringLiteral("a.sqlite"), {"Lakeside"});
    auto held = core::SeasonLock::acquire(a);
    ASSERT_TRUE(held.ok());
    auto opened = windows->open(a);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.errorMessage().contains(QStringLiteral("already open in another Rapport")))
        << opened.errorMessage().toStdString();
    EXPECT_TRUE(windows->windows().isEmpty());
}

TEST_F(SeasonWindowsTest, UnsavedEditsAreAskedAboutBeforeAnotherSeasonOpens)
{
    const QString a = makeSeason(QStringLiteral("a.sqlite"), {"Lakeside"});
    const QString b = makeSeason(QStringLiteral("b.sqlite"), {"Northgate"});
    ui::MainWindow *window = open(a);
    ASSERT_NE(window, nullptr);
    waitUntilShown(window);
    window->showProgram(sessionOf(window).snapshot().programs.first().id);
    auto *city =
        window->programsPage()->detailsTab()->findChild<QLineEdit *>(QStringLiteral("detailsCity"));
    ASSERT_NE(city, nullptr);
    QTest::keyClicks(city, QStringLiteral("Mobile"));
    ASSERT_TRUE(window->programsPage()->hasUnsavedEdits());

    prompter.unsavedAnswer = ui::UnsavedChoice::Cancel;
    auto kept = windows->open(b, window);
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept->how, Opened::Cancelled);
    ASSERT_EQ(prompter.unsavedQuestions.size(), 1);
    EXPECT_TRUE(prompter.unsavedQuestions.first().contains(QStringLiteral("Programs")));
    EXPECT_EQ(windows->windows(), QList<ui::MainWindow *>{window});
    EXPECT_FALSE(core::SeasonLock::isHeld(b)) << "b was let go again";

    prompter.unsavedAnswer = ui::UnsavedChoice::Discard;
    auto replaced = windows->open(b, window);
    ASSERT_TRUE(replaced.ok());
    EXPECT_EQ(replaced->how, Opened::NewWindow);
    EXPECT_EQ(prompter.unsavedQuestions.size(), 2) << "asked once, not again by the close";
}

TEST_F(SeasonWindowsTest, OpenRecentLeavesOutFilesGoneAndClears)
{
    const QString a = makeSeason(QStringLiteral("a.sqlite"), {"Lakeside"});
    const QString b = makeSeason(QStringLiteral("b.sqlite"), {"Northgate"});
    const QString c = makeSeason(QStringLiteral("c.sqlite"), {"Riverbend"});
    ui::MainWindow *window = open(a);
    window = open(b, window);
    window = open(c, window);
    ASSERT_NE(window, nullptr);
    EXPECT_EQ(recentPaths(window), (QStringList{c, b, a}));

    ASSERT_TRUE(QFile::remove(b));
    EXPECT_EQ(recentPaths(window), (QStringList{c, a}));
    EXPECT_EQ(ui::recentSeasons::list(), (QStringList{c, a})) << "dropped from the settings too";

    // Choosing one opens it in place of the one shown.
    QMenu *recent = window->findChild<QMenu *>(QStringLiteral("menuOpenRecent"));
    Q_EMIT recent->aboutToShow();
    recent->actions().at(1)->trigger();
    ASSERT_EQ(windows->windows().size(), 1);
    EXPECT_EQ(windows->documentOf(windows->windows().first())->path(), a);

    window = windows->windows().first();
    recent = window->findChild<QMenu *>(QStringLiteral("menuOpenRecent"));
    Q_EMIT recent->aboutToShow();
    window->findChild<QAction *>(QStringLiteral("actionClearRecent"))->trigger();
    EXPECT_TRUE(recentPaths(window).isEmpty());
    EXPECT_FALSE(window->findChild<QAction *>(QStringLiteral("actionClearRecent"))->isEnabled());
}

TEST_F(SeasonWindowsTest, NewSeasonMakesAnEmptyFileButNeverReplacesOne)
{
    const QString a = makeSeason(QStringLiteral("a.sqlite"), {"Lakeside"});
    ui::MainWindow *window = open(a);
    ASSERT_NE(window, nullptr);

    files.saves << a;
    window->findChild<QAction *>(QStringLiteral("actionNewSeason"))->trigger();
    ASSERT_EQ(prompter.errors.size(), 1);
    EXPECT_TRUE(prompter.errors.first().contains(QStringLiteral("already exists")));
    EXPECT_EQ(windows->windows(), QList<ui::MainWindow *>{window});

    files.saves << pathOf(QStringLiteral("fresh"));
    window->findChild<QAction *>(QStringLiteral("actionNewSeason"))->trigger();
    ASSERT_EQ(windows->windows().size(), 1);
    ui::MainWindow *fresh = windows->windows().first();
    waitUntilShown(fresh);
    EXPECT_EQ(fresh->windowTitle(), QStringLiteral("fresh.sqlite — Rapport"));
    EXPECT_TRUE(QFileInfo::exists(pathOf(QStringLiteral("fresh.sqlite"))));
    EXPECT_TRUE(sessionOf(fresh).snapshot().programs.isEmpty());
    EXPECT_EQ(fresh->currentPage(), ui::MainWindow::SettingsIndex);
}

TEST_F(SeasonWindowsTest, SaveACopyWritesTheWholeSeasonAndKeepsItOpen)
{
    const QString a = makeSeason(QStringLiteral("a.sqlite"), {"Lakeside", "Northgate"});
    ui::MainWindow *window = open(a);
    ASSERT_NE(window, nullptr);

    files.saves << a;
    EXPECT_FALSE(windows->saveCopy(window)) << "not over the season itself";
    ASSERT_EQ(prompter.errors.size(), 1);

    files.saves << pathOf(QStringLiteral("copy"));
    window->findChild<QAction *>(QStringLiteral("actionSaveCopy"))->trigger();
    EXPECT_EQ(files.suggested.last(), QStringLiteral("a-copy.sqlite"));
    const QString copy = pathOf(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(QFileInfo::exists(copy));
    {
        auto db = core::Database::open(copy);
        ASSERT_TRUE(db.ok()) << db.errorMessage().toStdString();
        auto programs = core::ProgramRepository(**db).all();
        ASSERT_TRUE(programs.ok());
        EXPECT_EQ(programs->size(), 2);
    }
    EXPECT_EQ(windows->documentOf(window)->path(), a) << "the window still shows the season";
    EXPECT_FALSE(core::SeasonLock::isHeld(copy));
}

TEST_F(SeasonWindowsTest, CloseEndsTheSeasonAndItsLock)
{
    const QString a = makeSeason(QStringLiteral("a.sqlite"), {"Lakeside"});
    ui::MainWindow *window = open(a);
    ASSERT_NE(window, nullptr);
    ASSERT_TRUE(core::SeasonLock::isHeld(a));
    window->findChild<QAction *>(QStringLiteral("actionCloseSeason"))->trigger();
    EXPECT_TRUE(windows->windows().isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !core::SeasonLock::isHeld(a); }));
}

TEST_F(SeasonWindowsTest, LogFiltersAreKeptPerSeasonAndShownWhenTheyHideEntries)
{
    const QString demo = makeSeason(QStringLiteral("demo.sqlite"), {"Lakeside"});
    const QString own = makeSeason(QStringLiteral("own.sqlite"), {"Northgate"});
    ui::MainWindow *window = open(demo);
    waitUntilShown(window);
    auto *search = window->logPage()->findChild<QLineEdit *>(QStringLiteral("logSearch"));
    ASSERT_NE(search, nullptr);
    QTest::keyClicks(search, QStringLiteral("rank"));
    window->logPage()->flushSearch();

    window = open(own, window);
    waitUntilShown(window);
    auto *bar = window->logPage()->findChild<ui::LogFilterBar *>();
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(
        window->logPage()->findChild<QLineEdit *>(QStringLiteral("logSearch"))->text().isEmpty())
        << "the demo's search stays with the demo";
    EXPECT_FALSE(bar->isFiltered());
    EXPECT_TRUE(bar->findChild<QPushButton *>(QStringLiteral("logClearFilters"))->isHidden());

    window = open(demo, window);
    waitUntilShown(window);
    bar = window->logPage()->findChild<ui::LogFilterBar *>();
    search = window->logPage()->findChild<QLineEdit *>(QStringLiteral("logSearch"));
    EXPECT_EQ(search->text(), QStringLiteral("rank"));
    EXPECT_TRUE(bar->isFiltered());
    auto *count = bar->findChild<QLabel *>(QStringLiteral("logCount"));
    EXPECT_TRUE(count->text().startsWith(QStringLiteral("Filtered:")))
        << count->text().toStdString();
    auto *clear = bar->findChild<QPushButton *>(QStringLiteral("logClearFilters"));
    ASSERT_FALSE(clear->isHidden());
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_FALSE(bar->isFiltered());
    EXPECT_TRUE(search->text().isEmpty());
    EXPECT_TRUE(clear->isHidden());
    EXPECT_FALSE(count->text().startsWith(QStringLiteral("Filtered:")));
}

TEST_F(SeasonWindowsTest, EachSeasonKeepsItsOwnPage)
{
    const QString a = makeSeason(QStringLiteral("a.sqlite"), {"Lakeside"});
    const QString b = makeSeason(QStringLiteral("b.sqlite"), {"Northgate"});
    ui::MainWindow *window = open(a);
    window->showPage(ui::MainWindow::TemplatesIndex);
    window = open(b, window);
    EXPECT_EQ(window->currentPage(), ui::MainWindow::DashboardIndex);
    window->showPage(ui::MainWindow::LogIndex);
    window = open(a, window);
    EXPECT_EQ(window->currentPage(), ui::MainWindow::TemplatesIndex);
    window = open(b, window);
    EXPECT_EQ(window->currentPage(), ui::MainWindow::LogIndex);
}

} // namespace
} // namespace rapport::test
