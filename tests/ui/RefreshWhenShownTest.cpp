// A hidden page must not pay for every save; it catches up once shown.
#include "UiFixture.h"

#include "RefreshWhenShown.h"

#include <QWidget>

namespace rapport::test {
namespace {

class RefreshWhenShownTest : public UiFixture
{};

TEST_F(RefreshWhenShownTest, HiddenWidgetsRefreshOnceWhenShown)
{
    QWidget widget;
    int refreshes = 0;
    ui::refreshWhenShown(&widget, session(), [&] { ++refreshes; });

    ASSERT_TRUE(session().reloadNow().ok());
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_EQ(refreshes, 0) << "hidden: nothing yet";

    widget.show();
    EXPECT_EQ(refreshes, 1) << "two changes, one catch-up";
    widget.hide();
    widget.show();
    EXPECT_EQ(refreshes, 1) << "nothing changed meanwhile";

    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_EQ(refreshes, 2) << "visible: at once";
}

} // namespace
} // namespace rapport::test
