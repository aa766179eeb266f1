#include "Screenshot.h"
#include "UiFixture.h"

#include "MainWindow.h"
#include "dialogs/FirstRunDialog.h"
#include "pages/DashboardPage.h"

#include <QCoreApplication>
#include <QImage>
#include <QTest>

namespace rapport::test {
namespace {

// Renders the dashboard over the demo season, to look at. The picture goes
// to $RAPPORT_DASHBOARD_PNG when set (e.g. /tmp/dashboard.png).
class DashboardRenderTest : public UiFixture
{};

TEST_F(DashboardRenderTest, DemoSeasonAt1360x840)
{
    clock.set(QDateTime(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc()));
    loadDemo();
    ui::DashboardPage page(session(), prompter);
    page.resize(1360, 840);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    const QImage image = page.grab().toImage();
    expectPicture(image, QSize(1360, 840));
    const QString path = qEnvironmentVariable("RAPPORT_DASHBOARD_PNG");
    if (!path.isEmpty()) {
        EXPECT_TRUE(image.save(path));
        auto sibling = [&](const char *suffix) {
            return QString(path).replace(QStringLiteral(".png"), QLatin1String(suffix));
        };
        auto *content = page.findChild<QWidget *>(QStringLiteral("dashboardContent"));
        ASSERT_NE(content, nullptr);
        EXPECT_TRUE(content->grab().save(sibling("-full.png")));
        ui::MainWindow window(session(), prompter);
        window.resize(1360, 840);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        EXPECT_TRUE(window.grab().save(sibling("-window.png")));
        page.resize(720, 840);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        EXPECT_TRUE(page.grab().save(sibling("-narrow.png")));
        // A dark palette, as a desktop theme might set it.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
        dark.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x22));
        dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2e));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(role, QColor(0xe8, 0xe8, 0xea));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xe0));
        page.setPalette(dark);
        page.resize(1360, 840);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        EXPECT_TRUE(page.grab().save(sibling("-dark.png")));

        ui::FirstRunDialog dialog(session(), prompter);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        EXPECT_TRUE(dialog.grab().save(sibling("-firstrun.png")));
    }
}

} // namespace
} // namespace rapport::test
