// Settings › Season: the rank-list deadline and Match Day are estimates
// until the applicant confirms them.

#include "UiFixture.h"

#include "MailSyncRunner.h"
#include "pages/SettingsPage.h"
#include "storage/ProfileRepository.h"

#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using rapport::test::UiFixture;
using rapport::ui::SettingsPage;
namespace core = rapport::core;

namespace {

const QString kEstimated = QStringLiteral("estimated — check the NRMP calendar");

class SeasonSettingsTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        loadDemo(); // the 2027 Match, its dates computed: estimates
        mailSync = std::make_unique<rapport::ui::MailSyncRunner>(session());
        page = std::make_unique<SettingsPage>(session(), prompter, *mailSync);
        page->resize(1200, 800);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        QTabBar *bar = page->tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
        ASSERT_EQ(page->tabs()->currentIndex(), 1) << "the Season tab";
    }

    template <typename T> T *child(const char *name) const
    {
        T *widget = page->findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    core::Season stored() { return core::ProfileRepository(session().db()).season(2027).value(); }

    bool markedEstimated() const
    {
        const bool deadline = child<QLabel>("seasonRankListDeadlineEstimated")->isVisible();
        const bool matchDay = child<QLabel>("seasonMatchDayEstimated")->isVisible();
        EXPECT_EQ(deadline, matchDay);
        return deadline && matchDay;
    }

    // One day later, with the keyboard, in the edit's day section.
    void stepDayUp(const char *name)
    {
        auto *edit = child<QDateEdit>(name);
        edit->setFocus(Qt::OtherFocusReason);
        edit->setCurrentSection(QDateTimeEdit::DaySection);
        QTest::keyClick(edit, Qt::Key_Up);
    }

    void click(const char *name)
    {
        QTest::mouseClick(child<QPushButton>(name), Qt::LeftButton);
        settle();
    }

    std::unique_ptr<rapport::ui::MailSyncRunner> mailSync;
    std::unique_ptr<SettingsPage> page;
};

TEST_F(SeasonSettingsTest, UnconfirmedDatesAreMarkedBesideTheDates)
{
    ASSERT_FALSE(stored().datesConfirmed);
    EXPECT_TRUE(markedEstimated());
    EXPECT_EQ(child<QLabel>("seasonRankListDeadlineEstimated")->text(), kEstimated);
    EXPECT_TRUE(child<QLabel>("seasonMatchDayEstimated")
                    ->toolTip()
                    .contains(QStringLiteral("third Friday of March")));
    EXPECT_EQ(child<QDateEdit>("seasonMatchDay")->date(), QDate(2027, 3, 19));
    EXPECT_EQ(child<QDateEdit>("seasonRankListDeadline")->date(), QDate(2027, 2, 24));
    EXPECT_TRUE(child<QPushButton>("seasonConfirm")->isEnabled());
}

TEST_F(SeasonSettingsTest, ConfirmDatesStoresThemAsConfirmed)
{
    const core::Season before = stored();
    click("seasonConfirm");
    const core::Season after = stored();
    EXPECT_TRUE(after.datesConfirmed);
    EXPECT_EQ(after.rankListDeadline, before.rankListDeadline);
    EXPECT_EQ(after.matchDay, before.matchDay);
    EXPECT_TRUE(session().snapshot().season.datesConfirmed) << "the session was reloaded";
    EXPECT_FALSE(markedEstimated());
    EXPECT_FALSE(child<QPushButton>("seasonConfirm")->isEnabled());
    EXPECT_EQ(child<QPushButton>("seasonConfirm")->text(), QStringLiteral("Dates confirmed"));

    // The defaults are estimates again, and saved so.
    click("seasonDefaults");
    EXPECT_TRUE(markedEstimated());
    EXPECT_TRUE(stored().datesConfirmed) << "not saved yet";
    click("seasonSave");
    EXPECT_FALSE(stored().datesConfirmed);
    EXPECT_TRUE(child<QLabel>("seasonError")->text().contains(QStringLiteral("still estimates")))
        << child<QLabel>("seasonError")->text().toStdString();
    EXPECT_TRUE(child<QPushButton>("seasonConfirm")->isEnabled());
}

TEST_F(SeasonSettingsTest, SavingAnEditedDeadlineOrMatchDayConfirms)
{
    // Another date changed does not confirm the NRMP's two.
    stepDayUp("seasonApplicationsOpen");
    EXPECT_TRUE(markedEstimated());
    click("seasonSave");
    EXPECT_EQ(stored().applicationsOpen, QDate(2026, 6, 6));
    EXPECT_FALSE(stored().datesConfirmed);

    stepDayUp("seasonMatchDay");
    EXPECT_EQ(child<QDateEdit>("seasonMatchDay")->date(), QDate(2027, 3, 20));
    EXPECT_FALSE(markedEstimated()) << "the date typed in is the applicant's";
    EXPECT_FALSE(stored().datesConfirmed) << "until saved";
    click("seasonSave");
    const core::Season after = stored();
    EXPECT_TRUE(after.datesConfirmed);
    EXPECT_EQ(after.matchDay, QDate(2027, 3, 20));
    EXPECT_TRUE(session().snapshot().season.datesConfirmed);
}

TEST_F(SeasonSettingsTest, ConfirmingARefusedSeasonLeavesTheDatesEstimates)
{
    auto *end = child<QDateEdit>("seasonInterviewsEnd");
    end->setFocus(Qt::OtherFocusReason);
    end->setCurrentSection(QDateTimeEdit::YearSection);
    QTest::keyClick(end, Qt::Key_Down); // January 2026: before the interviews start
    ASSERT_EQ(end->date(), QDate(2026, 1, 31));
    click("seasonConfirm");
    EXPECT_TRUE(child<QLabel>("seasonError")->text().contains(QStringLiteral("before they start")))
        << child<QLabel>("seasonError")->text().toStdString();
    EXPECT_FALSE(stored().datesConfirmed);
    EXPECT_TRUE(markedEstimated()) << "still estimates";
    EXPECT_TRUE(child<QPushButton>("seasonConfirm")->isEnabled());
}

TEST_F(SeasonSettingsTest, ARefusedSeasonStaysUnconfirmed)
{
    auto *deadline = child<QDateEdit>("seasonRankListDeadline");
    deadline->setFocus(Qt::OtherFocusReason);
    deadline->setCurrentSection(QDateTimeEdit::MonthSection);
    QTest::keyClick(deadline, Qt::Key_Up); // 24 March: after Match Day
    ASSERT_EQ(deadline->date(), QDate(2027, 3, 24));
    EXPECT_FALSE(child<QPushButton>("seasonConfirm")->isEnabled()) << "typed in: confirmed";
    click("seasonSave");
    EXPECT_TRUE(child<QLabel>("seasonError")->text().contains(QStringLiteral("after Match Day")))
        << child<QLabel>("seasonError")->text().toStdString();
    const core::Season after = stored();
    EXPECT_FALSE(after.datesConfirmed);
    EXPECT_EQ(after.rankListDeadline, QDate(2027, 2, 24));
}

} // namespace
