#include "UiFixture.h"

#include "models/DashboardListModel.h"
#include "models/DashboardRows.h"
#include "pages/DashboardPage.h"
#include "storage/CommunicationRepository.h"
#include "widgets/DashboardCard.h"
#include "widgets/WeeklyChart.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QTest>
#include <QTreeView>

namespace rapport::test {
namespace {

using ui::DashboardListModel;
using ui::DashboardPage;
using ui::DashboardRow;

// Everything a row shows or opens.
void expectSameRows(const QList<DashboardRow> &shown, const QList<DashboardRow> &expected,
                    const char *card)
{
    ASSERT_EQ(shown.size(), expected.size()) << card;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const DashboardRow &a = shown.at(i);
        const DashboardRow &b = expected.at(i);
        SCOPED_TRACE(testing::Message() << card << " row " << i);
        EXPECT_EQ(a.title, b.title);
        EXPECT_EQ(a.subtitle, b.subtitle);
        EXPECT_EQ(a.trailing, b.trailing);
        EXPECT_EQ(a.trailingColor, b.trailingColor);
        EXPECT_EQ(a.action, b.action);
        EXPECT_EQ(a.toolTip, b.toolTip);
        EXPECT_EQ(a.bar, b.bar);
        EXPECT_EQ(a.icon.isNull(), b.icon.isNull());
        EXPECT_EQ(a.programId, b.programId);
        EXPECT_EQ(a.contactId, b.contactId);
        EXPECT_EQ(a.communicationId, b.communicationId);
        ASSERT_EQ(a.badges.size(), b.badges.size());
        for (qsizetype j = 0; j < a.badges.size(); ++j) {
            EXPECT_EQ(a.badges.at(j).text, b.badges.at(j).text);
            EXPECT_EQ(a.badges.at(j).color, b.badges.at(j).color);
        }
    }
}

TEST(DashboardRowsOnDemandTest, ACardMakesOnlyTheRowsItShows)
{
    DashboardListModel model;
    int made = 0;
    model.setRows(10000, [&made](qsizetype i) {
        ++made;
        DashboardRow row;
        row.title = QStringLiteral("Program %1").arg(i);
        row.subtitle = QStringLiteral("2 violations and 1 warning");
        row.action = QStringLiteral("Write thank-you");
        row.programId = i + 1;
        return row;
    });
    ui::DashboardCard card(QStringLiteral("Many rows"));
    card.setModel(&model, 5);
    card.resize(520, 400);
    card.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&card));
    QCoreApplication::processEvents();
    card.grab();
    EXPECT_EQ(card.view()->model()->rowCount(), 10000);
    EXPECT_FALSE(card.view()->isColumnHidden(DashboardListModel::ActionColumn));
    EXPECT_GT(made, 0);
    EXPECT_LT(made, 100) << "rows out of sight were made";

    // Scrolled to the end, the last rows are made as they come into view.
    const int before = made;
    card.view()->scrollToBottom();
    QCoreApplication::processEvents();
    card.grab();
    EXPECT_GT(made, before);
    EXPECT_LT(made, 200);
    const QModelIndex last = model.index(9999, DashboardListModel::MainColumn);
    EXPECT_EQ(last.data().toString(), QStringLiteral("Program 9999"));
    EXPECT_EQ(last.data(DashboardListModel::ProgramIdRole).toLongLong(), 10000);
}

TEST(DashboardRowsOnDemandTest, RowsMadeOnDemandPassTheModelTester)
{
    DashboardListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(3, [](qsizetype i) {
        DashboardRow row;
        row.title = QString::number(i);
        return row;
    });
    EXPECT_EQ(model.rows().size(), 3);
    EXPECT_EQ(model.rows().last().title, QStringLiteral("2"));
    EXPECT_FALSE(model.hasActions());
    model.setRows(0, {});
    EXPECT_TRUE(model.rows().isEmpty());
}

TEST(DashboardRowsOnDemandTest, TheWeeklyChartIsMadeAgainOnlyForOtherWeeks)
{
    ui::WeeklyChart chart;
    const QDate monday(2026, 11, 2);
    QList<ui::DashboardSummary::WeekCount> weeks{{monday, 3, 1}, {monday.addDays(7), 2, 0}};
    const ui::WeeklyChart::Marks marks{QDate(2027, 3, 4), QDate(2027, 3, 20), monday, false};
    chart.setWeeks(weeks, marks);
    EXPECT_EQ(chart.outgoingTotal(), 5);
    const auto series = chart.chart()->series();
    ASSERT_FALSE(series.isEmpty());

    chart.setWeeks(weeks, marks);
    EXPECT_EQ(chart.chart()->series(), series) << "the same weeks keep the chart";

    weeks[1].incoming = 4;
    chart.setWeeks(weeks, marks);
    EXPECT_EQ(chart.incomingTotal(), 5);
    // A mark moved is drawn where it now is.
    const auto todayAt = [&chart] {
        for (QAbstractSeries *s : chart.chart()->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(s);
                line && line->name() == QStringLiteral("Today"))
                return line->at(0).x();
        }
        return -1.0;
    };
    const double before = todayAt();
    chart.setWeeks(weeks, {marks.rankListDeadline, marks.matchDay, monday.addDays(7), false});
    EXPECT_DOUBLE_EQ(todayAt(), before + 1.0);
}

class DashboardAfterSaveTest : public UiFixture
{};

// The cards show every row of the season's summary, worded as the summary's
// rows are, after a save as before it.
TEST_F(DashboardAfterSaveTest, CardsShowTheSummarysRowsAfterASave)
{
    clock.set(QDateTime(QDate(2027, 2, 20), QTime(12, 0), QTimeZone(-5 * 3600)));
    loadDemo();
    DashboardPage page(session(), prompter);
    page.resize(1360, 840);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_FALSE(page.summary().flagged.isEmpty());
    ASSERT_FALSE(page.summary().findings.isEmpty());

    const qint64 flaggedId = page.summary().flagged.first().communicationId;
    core::CommunicationRepository repository(session().db());
    auto message = repository.get(flaggedId);
    ASSERT_TRUE(message.ok());
    message->subject = QStringLiteral("Where will we stand on your list?");
    ASSERT_TRUE(repository.update(*message).ok());
    ASSERT_TRUE(session().reload().ok());
    settle();

    const ui::DashboardSummary &s = page.summary();
    expectSameRows(page.model(DashboardPage::ThankYouCard)->rows(), ui::dashboardRows::thankYous(s),
                   "thank-you");
    expectSameRows(page.model(DashboardPage::FindingsCard)->rows(), ui::dashboardRows::findings(s),
                   "findings");
    expectSameRows(page.model(DashboardPage::FlaggedCard)->rows(), ui::dashboardRows::flagged(s),
                   "flagged");
    expectSameRows(page.model(DashboardPage::AcknowledgedCard)->rows(),
                   ui::dashboardRows::acknowledged(s), "acknowledged");
    expectSameRows(page.model(DashboardPage::TopChoiceCard)->rows(),
                   ui::dashboardRows::topChoices(s), "top choice");
    expectSameRows(page.model(DashboardPage::ComingUpCard)->rows(), ui::dashboardRows::comingUp(s),
                   "coming up");
    expectSameRows(page.model(DashboardPage::StatusCard)->rows(), ui::dashboardRows::statuses(s),
                   "statuses");

    // The edited message is shown as it now reads.
    const QModelIndex flagged =
        page.model(DashboardPage::FlaggedCard)->index(0, DashboardListModel::MainColumn);
    ASSERT_EQ(flagged.data(DashboardListModel::CommunicationIdRole).toLongLong(), flaggedId);
    EXPECT_TRUE(flagged.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Where will we stand on your list?")));
}

} // namespace
} // namespace rapport::test
