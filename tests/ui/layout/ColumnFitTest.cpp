#include "widgets/ColumnFit.h"
#include "models/NamePrefixes.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace rapport::test {
namespace {

using ui::ColumnFit;

const QString kEllipsis(QChar(0x2026));

TEST(NamePrefixesTest, AlikeNamesNeedTheirFirstDifference)
{
    const QFontMetrics metrics(QApplication::font());
    const auto width = [&](const QString &text) {
        return metrics.horizontalAdvance(text);
    };
    EXPECT_EQ(ui::namePrefixes::distinctWidth({QStringLiteral("Riverside Medical Center"),
                                               QStringLiteral("Riverside University")},
                                              metrics),
              std::max(width(QStringLiteral("Riverside M") + kEllipsis),
                       width(QStringLiteral("Riverside U") + kEllipsis)));
    // A name that begins another shows whole; the other, with "…", differs.
    EXPECT_EQ(
        ui::namePrefixes::distinctWidth(
            {QStringLiteral("Summit Valley"), QStringLiteral("Summit Valley (Site 2)")}, metrics),
        std::max(width(QStringLiteral("Summit Valley")),
                 width(QStringLiteral("Summit Valley ") + kEllipsis)));
    // Names apart from their first letter need no more than it.
    EXPECT_EQ(
        ui::namePrefixes::distinctWidth(
            {QStringLiteral("Lakeside University"), QStringLiteral("Northgate Medical Center")},
            metrics),
        std::max(width(QStringLiteral("L") + kEllipsis), width(QStringLiteral("N") + kEllipsis)));
    EXPECT_EQ(ui::namePrefixes::distinctWidth({}, metrics), 0);
}

// A table of five columns: 0 stretches; 1..4 give way, 4 first.
class ColumnFitTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        model.setColumnCount(5);
        model.setRowCount(3);
        view.setModel(&model);
        for (int c = 1; c < 5; ++c)
            view.setColumnWidth(c, 100);
        fit = new ColumnFit(&view, 0, {{1}, {2, 3}, {4}});
        fit->setStretchNeed(150);
        view.resize(800, 300);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    }

    QList<int> shown() const
    {
        QList<int> out;
        for (int c = 0; c < 5; ++c) {
            if (!view.isColumnHidden(c))
                out << c;
        }
        return out;
    }

    void resizeViewport(int width)
    {
        view.resize(width + view.width() - view.viewport()->width(), view.height());
        ASSERT_TRUE(QTest::qWaitFor([&] { return view.viewport()->width() == width; }));
    }

    QStandardItemModel model;
    QTableView view;
    ColumnFit *fit = nullptr;
};

TEST_F(ColumnFitTest, ColumnsGiveWayByPriorityAndComeBack)
{
    resizeViewport(560);
    EXPECT_EQ(shown(), (QList<int>{0, 1, 2, 3, 4}));
    resizeViewport(549);
    EXPECT_EQ(shown(), (QList<int>{0, 1, 2, 3}));
    // A group goes as one, and takes what comes after it along.
    resizeViewport(349);
    EXPECT_EQ(shown(), (QList<int>{0, 1}));
    resizeViewport(249);
    EXPECT_EQ(shown(), (QList<int>{0}));
    EXPECT_GE(view.columnWidth(0), 150);
    resizeViewport(560);
    EXPECT_EQ(shown(), (QList<int>{0, 1, 2, 3, 4}));
    EXPECT_EQ(view.columnWidth(2), 100);
    EXPECT_FALSE(view.horizontalScrollBar()->isVisible());
}

TEST_F(ColumnFitTest, AColumnTheUserHidLeavesRoomForTheNext)
{
    resizeViewport(450);
    EXPECT_EQ(shown(), (QList<int>{0, 1, 2, 3}));
    fit->setHiddenByUser(2, true);
    EXPECT_EQ(shown(), (QList<int>{0, 1, 3, 4}));
    EXPECT_TRUE(fit->isHiddenByUser(2));
    EXPECT_FALSE(fit->isSetAside(2));
}

TEST_F(ColumnFitTest, TheSavedStateKeepsOnlyWhatTheUserHid)
{
    fit->setHiddenByUser(1, true);
    resizeViewport(300);
    EXPECT_EQ(shown(), (QList<int>{0}));
    EXPECT_TRUE(fit->isSetAside(4));
    const QByteArray state = fit->saveState();
    EXPECT_EQ(shown(), (QList<int>{0})) << "saving shows nothing set aside";

    QTableView wide;
    wide.setModel(&model);
    ColumnFit again(&wide, 0, {{1}, {2, 3}, {4}});
    again.restoreState(state);
    wide.resize(1000, 300);
    wide.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wide));
    EXPECT_TRUE(wide.isColumnHidden(1));
    EXPECT_TRUE(again.isHiddenByUser(1));
    for (int c : {2, 3, 4})
        EXPECT_FALSE(wide.isColumnHidden(c)) << c;
}

} // namespace
} // namespace rapport::test
