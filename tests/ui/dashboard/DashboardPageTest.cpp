#include "UiFixture.h"

#include "Labels.h"
#include "models/DashboardListModel.h"
#include "pages/DashboardPage.h"
#include "storage/ProfileRepository.h"
#include "storage/ProgramRepository.h"
#include "widgets/DashboardCard.h"
#include "widgets/WeeklyChart.h"

#include <QAbstractItemModelTester>
#include <QAbstractSeries>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

namespace rapport::test {
namespace {

using ui::DashboardListModel;
using ui::DashboardPage;

const QDateTime kNow(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());

class DashboardPageTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        clock.set(kNow);
    }

    std::unique_ptr<DashboardPage> showPage()
    {
        auto page = std::make_unique<DashboardPage>(session(), prompter);
        page->resize(1360, 840);
        page->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        return page;
    }

    // Clicks the middle of a cell of one card's list.
    static void click(DashboardPage &page, DashboardPage::Card card, int row, int column)
    {
        QTreeView *view = page.card(card)->view();
        const QModelIndex index = view->model()->index(row, column);
        view->scrollTo(index);
        const QRect rect = view->visualRect(index);
        ASSERT_TRUE(rect.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

    qint64 programId(const QString &name)
    {
        for (const core::Program &p : session().snapshot().programs) {
            if (p.name == name)
                return p.id;
        }
        return 0;
    }
};

TEST_F(DashboardPageTest, EmptySeasonShowsEmptyStates)
{
    auto page = showPage();
    auto *thankYou = page->card(DashboardPage::ThankYouCard);
    EXPECT_TRUE(thankYou->emptyLabel()->isVisible());
    EXPECT_EQ(thankYou->emptyLabel()->text(), QStringLiteral("No thank-you notes due."));
    EXPECT_FALSE(thankYou->view()->isVisible());
    auto *topChoice = page->card(DashboardPage::TopChoiceCard);
    EXPECT_TRUE(topChoice->emptyLabel()->text().startsWith(QStringLiteral("None sent yet")));
    EXPECT_TRUE(topChoice->emptyLabel()->isVisible());
    EXPECT_FALSE(topChoice->noteLabel()->isVisible());
    EXPECT_EQ(page->chart()->outgoingTotal() + page->chart()->incomingTotal(), 0);
}

TEST_F(DashboardPageTest, ThankYouRowOpensTheProgramAndItsButtonComposes)
{
    loadDemo();
    // Interviewed 23 h ago, nothing sent yet: 49 h of the 72-hour window left.
    core::Program interviewed;
    interviewed.name = QStringLiteral("Test Valley Otolaryngology");
    interviewed.status = core::ProgramStatus::Interviewed;
    interviewed.interviewDate = clock.now().addSecs(-23 * 3600).date();
    interviewed.interviewTime = clock.now().addSecs(-23 * 3600).time();
    auto added = core::ProgramRepository(session().db()).add(interviewed);
    ASSERT_TRUE(added.ok());
    ASSERT_TRUE(session().reloadNow().ok());
    const qint64 interviewedId = *added; // the row under test
    auto page = showPage();
    auto *model = page->model(DashboardPage::ThankYouCard);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->rows().first().title, QStringLiteral("Test Valley Otolaryngology"));
    EXPECT_EQ(model->rows().first().trailing, QStringLiteral("due in 49 h"));

    QSignalSpy programs(page.get(), &ui::Page::programRequested);
    QSignalSpy composes(page.get(), &ui::Page::composeRequested);
    click(*page, DashboardPage::ThankYouCard, 0, DashboardListModel::MainColumn);
    ASSERT_EQ(programs.size(), 1);
    EXPECT_EQ(programs.first().at(0).toLongLong(), interviewedId);
    EXPECT_EQ(composes.size(), 0);

    click(*page, DashboardPage::ThankYouCard, 0, DashboardListModel::ActionColumn);
    ASSERT_EQ(composes.size(), 1);
    EXPECT_EQ(composes.first().at(0).toLongLong(), interviewedId);
    EXPECT_EQ(composes.first().at(1).toLongLong(), 0);
    EXPECT_EQ(composes.first().at(2).toString(), QStringLiteral("thank-you"));
    EXPECT_EQ(programs.size(), 1);
}

TEST_F(DashboardPageTest, ViolationRowOpensItsProgram)
{
    loadDemo();
    auto page = showPage();
    auto *model = page->model(DashboardPage::FindingsCard);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 northgate = programId(QStringLiteral("Northgate Medical Center Otolaryngology"));
    const QModelIndex index = model->indexOfProgram(northgate);
    ASSERT_TRUE(index.isValid());
    EXPECT_FALSE(model->rowAt(index).badges.isEmpty());

    QSignalSpy programs(page.get(), &ui::Page::programRequested);
    click(*page, DashboardPage::FindingsCard, index.row(), DashboardListModel::MainColumn);
    ASSERT_EQ(programs.size(), 1);
    EXPECT_EQ(programs.first().at(0).toLongLong(), northgate);

    // The keyboard opens the current row too.
    QTreeView *view = page->card(DashboardPage::FindingsCard)->view();
    view->setFocus();
    view->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(programs.size(), 2);
    EXPECT_EQ(programs.last().at(0).toLongLong(), model->rows().first().programId);
}

TEST_F(DashboardPageTest, FlaggedMessageOpensAndRepliesSafely)
{
    loadDemo();
    auto page = showPage();
    auto *model = page->model(DashboardPage::FlaggedCard);
    ASSERT_GT(model->rowCount(), 0);
    const ui::DashboardRow row = model->rows().first();
    ASSERT_NE(row.communicationId, 0);

    QSignalSpy opened(page.get(), &ui::Page::communicationRequested);
    QSignalSpy composes(page.get(), &ui::Page::composeRequested);
    click(*page, DashboardPage::FlaggedCard, 0, DashboardListModel::MainColumn);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first().at(0).toLongLong(), row.communicationId);

    click(*page, DashboardPage::FlaggedCard, 0, DashboardListModel::ActionColumn);
    ASSERT_EQ(composes.size(), 1);
    EXPECT_EQ(composes.first().at(0).toLongLong(), row.programId);
    EXPECT_EQ(composes.first().at(1).toLongLong(), row.contactId);
    EXPECT_EQ(composes.first().at(2).toString(), QStringLiteral("reply-to-pressure"));
    EXPECT_EQ(composes.first().at(3).toLongLong(), row.communicationId);
}

TEST_F(DashboardPageTest, TopChoiceCardWarnsAboutTwoLetters)
{
    // After the demo's last message: both letters of intent are sent by now.
    clock.set(QDateTime(QDate(2027, 2, 20), QTime(12, 0), QTimeZone::utc()));
    loadDemo();
    auto page = showPage();
    auto *card = page->card(DashboardPage::TopChoiceCard);
    EXPECT_EQ(page->model(DashboardPage::TopChoiceCard)->rowCount(), 2);
    EXPECT_TRUE(card->noteLabel()->isVisible());
    EXPECT_TRUE(card->noteLabel()->text().contains(QStringLiteral("2 programs")));
    EXPECT_EQ(card->noteLabel()->palette().color(QPalette::WindowText),
              ui::labels::severityColor(core::Severity::Violation));
    EXPECT_FALSE(card->emptyLabel()->isVisible());
}

TEST_F(DashboardPageTest, ChartPlotsEveryMessageInTheSeason)
{
    loadDemo();
    auto page = showPage();
    const auto &summary = page->summary();
    EXPECT_EQ(page->chart()->outgoingTotal() + page->chart()->incomingTotal(),
              summary.messagesInRange);
    int outgoing = 0;
    for (const core::Communication &c : session().snapshot().communications)
        outgoing += c.direction == core::Direction::Outgoing && c.state == core::CommState::Sent;
    EXPECT_EQ(page->chart()->outgoingTotal(),
              outgoing); // the demo's messages all fall in the season
    EXPECT_GT(page->chart()->incomingTotal(), 0);
}

TEST_F(DashboardPageTest, ComingUpAndTheChartCallUnconfirmedDatesEstimates)
{
    loadDemo();
    auto page = showPage();
    const auto markNames = [&page] {
        QStringList names;
        for (QAbstractSeries *series : page->chart()->chart()->series()) {
            if (series->type() == QAbstractSeries::SeriesTypeLine)
                names << series->name();
        }
        return names;
    };
    auto *model = page->model(DashboardPage::ComingUpCard);
    const auto subtitles = [model] {
        QStringList out;
        for (const ui::DashboardRow &row : model->rows())
            out << row.subtitle;
        return out;
    };
    EXPECT_TRUE(markNames().contains(QStringLiteral("Rank-list deadline (estimated)")))
        << markNames().join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(markNames().contains(QStringLiteral("Match Day (estimated)")));
    EXPECT_TRUE(subtitles().contains(QStringLiteral("Friday, March 19, 2027 (estimated)")))
        << subtitles().join(QLatin1Char(',')).toStdString();

    core::Season season = session().snapshot().season;
    season.datesConfirmed = true;
    ASSERT_TRUE(core::ProfileRepository(session().db()).saveSeason(season).ok());
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_TRUE(markNames().contains(QStringLiteral("Match Day")))
        << markNames().join(QLatin1Char(',')).toStdString();
    EXPECT_FALSE(markNames().join(QLatin1Char(',')).contains(QStringLiteral("estimated")));
    EXPECT_TRUE(subtitles().contains(QStringLiteral("Friday, March 19, 2027")));
    EXPECT_FALSE(subtitles().join(QLatin1Char(',')).contains(QStringLiteral("estimated")));
}

TEST_F(DashboardPageTest, RefreshesWhenTheSessionChanges)
{
    auto page = showPage();
    EXPECT_EQ(page->model(DashboardPage::StatusCard)->rowCount(), 0);
    core::Program p;
    p.name = QStringLiteral("Test Valley Otolaryngology");
    p.status = core::ProgramStatus::Interviewed;
    p.interviewDate = QDate(2026, 11, 21);
    ASSERT_TRUE(core::ProgramRepository(session().db()).add(p).ok());
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_EQ(page->model(DashboardPage::StatusCard)->rowCount(), 1);
    EXPECT_EQ(page->model(DashboardPage::ThankYouCard)->rowCount(), 1);
    EXPECT_TRUE(page->card(DashboardPage::ThankYouCard)->view()->isVisible());
    EXPECT_FALSE(page->card(DashboardPage::ThankYouCard)->emptyLabel()->isVisible());
}

TEST_F(DashboardPageTest, HiddenPageRefreshesWhenShown)
{
    auto page = showPage();
    page->hide();
    core::Program p;
    p.name = QStringLiteral("Test Valley Otolaryngology");
    ASSERT_TRUE(core::ProgramRepository(session().db()).add(p).ok());
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_EQ(page->summary().programCount, 0); // not computed while hidden
    page->show();
    EXPECT_EQ(page->summary().programCount, 1);
    EXPECT_EQ(page->model(DashboardPage::StatusCard)->rowCount(), 1);
}

TEST_F(DashboardPageTest, NarrowWindowStacksTheColumns)
{
    loadDemo();
    auto page = showPage();
    auto *thankYou = page->card(DashboardPage::ThankYouCard);
    auto *comingUp = page->card(DashboardPage::ComingUpCard);
    EXPECT_GT(comingUp->x(), thankYou->x());
    page->resize(700, 700);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return comingUp->y() > thankYou->y() && comingUp->x() == thankYou->x(); }));
}

} // namespace
} // namespace rapport::test
