// The window refreshes itself when the clock alone changes an allowance: a
// thank-you shown as due must not stay "due" after its window closed.
#include "UiFixture.h"
#include "support/Builders.h"

#include "rules/Allowance.h"
#include "rules/RuleEngine.h"
#include "storage/ProgramRepository.h"

#include <QSignalSpy>
#include <QTimer>

namespace rapport::test {
namespace {

QDateTime utc(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}

class SessionRefreshTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        clock.set(utc(2027, 1, 9, 12));
        auto id = core::ProgramRepository(session().db())
                      .add(ProgramBuilder(QStringLiteral("Riverside"))
                               .status(core::ProgramStatus::Interviewed)
                               .interview(QDate(2027, 1, 8), QTime(14, 0)));
        ASSERT_TRUE(id.ok());
        m_id = *id;
        ASSERT_TRUE(session().reloadNow().ok());
    }

    QTimer *timer()
    {
        return session().findChild<QTimer *>(QStringLiteral("allowanceRefreshTimer"));
    }

    qint64 m_id = 0;
};

TEST_F(SessionRefreshTest, ArmsItselfForTheMomentTheThankYouWindowCloses)
{
    EXPECT_EQ(session().nextRefresh(), utc(2027, 1, 11, 14));
    ASSERT_NE(timer(), nullptr);
    EXPECT_TRUE(timer()->isActive());
    // 50 hours away: the timer waits at most a day, then looks again.
    EXPECT_EQ(timer()->interval(), 24 * 3600 * 1000);

    // Two hours before the window closes: the timer is set for that moment.
    clock.set(utc(2027, 1, 11, 12));
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_EQ(timer()->interval(), (2 * 3600 + 1) * 1000);
}

TEST_F(SessionRefreshTest, AClockThatHasNotGotThereRefreshesNothing)
{
    QSignalSpy changed(&session(), &ui::Session::changed);
    ASSERT_TRUE(QMetaObject::invokeMethod(timer(), "timeout"));
    EXPECT_EQ(changed.size(), 0);
    EXPECT_TRUE(timer()->isActive()) << "it looks again later";
}

TEST_F(SessionRefreshTest, WhenItFiresThePagesSeeTheNewAllowance)
{
    ASSERT_TRUE(session().engine().allowance(m_id)->thankYouDue.has_value());
    QSignalSpy changed(&session(), &ui::Session::changed);
    clock.set(utc(2027, 1, 11, 15)); // an hour after the window closed
    ASSERT_TRUE(QMetaObject::invokeMethod(timer(), "timeout"));
    settle(); // the season is checked again on the worker

    EXPECT_EQ(changed.size(), 1);
    const core::ProgramAllowance *a = session().engine().allowance(m_id);
    ASSERT_NE(a, nullptr);
    EXPECT_FALSE(a->thankYouDue.has_value());
    EXPECT_EQ(a->next.type, core::NextStep::Type::Allowed) << a->next.text.toStdString();
    // Nothing else is pending for this season.
    EXPECT_FALSE(session().nextRefresh().isValid());
    EXPECT_FALSE(timer()->isActive());
}

} // namespace
} // namespace rapport::test
