#include "LayoutProbe.h"
#include "UiFixture.h"

#include "MainWindow.h"
#include "models/ProgramFilterProxy.h"
#include "models/ProgramListModel.h"
#include "pages/LogPage.h"
#include "pages/ProgramsPage.h"

#include "models/LogModel.h"
#include "storage/ProgramRepository.h"

#include <QAbstractItemDelegate>
#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QSet>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>

namespace rapport::test {
namespace {

using ui::MainWindow;
using ui::ProgramListModel;

const QString kMedical = QStringLiteral("Riverside Medical Center");
const QString kUniversity = QStringLiteral("Riverside University");

class ProgramNameRoomTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        loadDemo();
        // Two programs alike but for the end of their names.
        core::ProgramRepository programs(session().db());
        for (const QString &name : {kMedical, kUniversity}) {
            core::Program p;
            p.name = name;
            p.city = QStringLiteral("Riverside");
            p.state = QStringLiteral("CA");
            ASSERT_TRUE(programs.add(p).ok());
        }
        ASSERT_TRUE(session().reloadNow().ok());
    }

    void TearDown() override { QApplication::setFont(m_font); }

    std::unique_ptr<MainWindow> showWindow(int page, QSize size = {1024, 768})
    {
        auto window = std::make_unique<MainWindow>(session(), prompter);
        window->resize(size);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->showPage(page);
        QApplication::processEvents();
        return window;
    }

    // Each row's text in a column as the view shortens it: the delegate
    // says how much of the cell is not text.
    static QStringList shown(const QTableView &view, int column)
    {
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.widget = &view;
        const QFontMetrics metrics = view.fontMetrics();
        QStringList out;
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            const QModelIndex index = view.model()->index(row, column);
            const QString text = index.data().toString();
            const int padding = view.itemDelegateForIndex(index)->sizeHint(option, index).width() -
                                metrics.horizontalAdvance(text);
            out << metrics.elidedText(text, Qt::ElideRight, view.columnWidth(column) - padding);
        }
        return out;
    }

    static qsizetype distinct(const QStringList &texts)
    {
        return QSet<QString>(texts.cbegin(), texts.cend()).size();
    }

    void expectNamesApart(const QTableView &list)
    {
        ASSERT_FALSE(list.isColumnHidden(ProgramListModel::NameColumn));
        EXPECT_FALSE(list.horizontalScrollBar()->isVisible());
        const QStringList names = shown(list, ProgramListModel::NameColumn);
        EXPECT_EQ(names.size(), session().snapshot().programs.size());
        EXPECT_EQ(distinct(names), names.size()) << names.join(QLatin1Char('\n')).toStdString();
        const QString ellipsis(QChar(0x2026));
        EXPECT_FALSE(names.contains(QStringLiteral("Riverside") + ellipsis));
        EXPECT_FALSE(names.contains(QStringLiteral("Riverside ") + ellipsis));
    }

    QFont m_font = QApplication::font();
};

TEST_F(ProgramNameRoomTest, AlikeNamesStayApartAt1024)
{
    auto window = showWindow(MainWindow::ProgramsIndex);
    QTableView *list = window->programsPage()->listView();
    expectNamesApart(*list);
    // The place is one hover away.
    const QModelIndex riverside =
        window->programsPage()
            ->proxy()
            ->match(window->programsPage()->proxy()->index(0, ProgramListModel::NameColumn),
                    Qt::DisplayRole, kMedical, 1, Qt::MatchExactly)
            .value(0);
    ASSERT_TRUE(riverside.isValid());
    EXPECT_TRUE(
        riverside.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Riverside, CA")));
}

TEST_F(ProgramNameRoomTest, OtherColumnsGiveWayToTheNames)
{
    auto window = showWindow(MainWindow::ProgramsIndex, {1360, 840});
    QTableView *list = window->programsPage()->listView();
    ASSERT_FALSE(list->isColumnHidden(ProgramListModel::InterviewColumn));
    window->resize(960, 640);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return list->isColumnHidden(ProgramListModel::InterviewColumn); }));
    // The least needed go first: what is next stays.
    EXPECT_FALSE(list->isColumnHidden(ProgramListModel::NextColumn));
    expectNamesApart(*list);
    window->resize(1360, 840);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return !list->isColumnHidden(ProgramListModel::InterviewColumn); }));
}

TEST_F(ProgramNameRoomTest, ALargerFontKeepsTheNamesApart)
{
    QFont large = m_font;
    large.setPointSize(14);
    QApplication::setFont(large);
    auto window = showWindow(MainWindow::ProgramsIndex, {1280, 800});
    QTableView *list = window->programsPage()->listView();
    ASSERT_EQ(list->font().pointSize(), 14);
    expectNamesApart(*list);
    const QString problems = cutOff(*window);
    EXPECT_TRUE(problems.isEmpty()) << problems.toStdString();
}

TEST_F(ProgramNameRoomTest, TheLogTellsProgramsApart)
{
    auto window = showWindow(MainWindow::LogIndex, {960, 640});
    QTableView *table = window->logPage()->table();
    ASSERT_FALSE(table->isColumnHidden(ui::LogModel::ProgramColumn));
    EXPECT_FALSE(table->horizontalScrollBar()->isVisible());
    QSet<QString> programs;
    QSet<QString> shownPrograms;
    const QStringList texts = shown(*table, ui::LogModel::ProgramColumn);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        programs << table->model()->index(row, ui::LogModel::ProgramColumn).data().toString();
        shownPrograms << texts.at(row);
    }
    EXPECT_GT(programs.size(), 1);
    EXPECT_EQ(shownPrograms.size(), programs.size());
}

} // namespace
} // namespace rapport::test
