// The bundled icons take their outline from the palette: readable on a
// light palette and a dark one.

#include "Icons.h"
#include "widgets/IconLabel.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

namespace rapport::ui {
namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG's contrast ratio, 1 to 21.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The mean colour of the icon's drawn pixels.
QColor inkOf(const QImage &image)
{
    const QImage rgba = image.convertToFormat(QImage::Format_ARGB32);
    double r = 0, g = 0, b = 0;
    int n = 0;
    for (int y = 0; y < rgba.height(); ++y) {
        for (int x = 0; x < rgba.width(); ++x) {
            const QColor c = QColor::fromRgba(rgba.pixel(x, y));
            if (c.alpha() < 200)
                continue;
            r += c.redF();
            g += c.greenF();
            b += c.blueF();
            ++n;
        }
    }
    EXPECT_GT(n, 20) << "the icon drew nothing";
    return n ? QColor::fromRgbF(float(r / n), float(g / n), float(b / n)) : QColor();
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

QPalette darkPalette()
{
    QPalette p = lightPalette();
    p.setColor(QPalette::Window, QColor(53, 53, 53));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(35, 35, 35));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(53, 53, 53));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    return p;
}

class PaletteIconTest : public ::testing::Test
{
protected:
    void TearDown() override { QApplication::setPalette(m_before); }

    QPalette m_before = QApplication::palette();
};

TEST_F(PaletteIconTest, SidebarTabAndCalendarIconsContrastWithBothPalettes)
{
    for (const QPalette &palette : {lightPalette(), darkPalette()}) {
        QApplication::setPalette(palette);
        const QColor background = palette.color(QPalette::Window);
        for (const char *name : {"go-home", "view-list-details", "view-calendar", "document-edit",
                                 "user-identity", "preferences-system"}) {
            const QImage image = themeIcon(QLatin1String(name)).pixmap(24, 24).toImage();
            ASSERT_FALSE(image.isNull()) << name;
            EXPECT_GE(contrast(inkOf(image), background), 4.5)
                << name << " on " << background.name().toStdString();
        }
    }
}

TEST_F(PaletteIconTest, ColouredPartsKeepTheirColour)
{
    QApplication::setPalette(darkPalette());
    const QImage star = themeIcon(QStringLiteral("starred")).pixmap(24, 24).toImage();
    const QColor ink = inkOf(star);
    EXPECT_GT(ink.red(), ink.blue() + 60) << "the star is no longer gold";
}

TEST_F(PaletteIconTest, IconLabelDrawsAgainWhenThePaletteChanges)
{
    QApplication::setPalette(lightPalette());
    QWidget page; // as on a page: Qt tells windows of a new palette another way
    auto *label = new IconLabel(themeIcon(QStringLiteral("view-list-details")), 32, &page);
    const double lightInk = luminance(inkOf(label->pixmap().toImage()));
    QApplication::setPalette(darkPalette());
    // Qt hands a new palette on to widgets through the event loop.
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return luminance(inkOf(label->pixmap().toImage())) > lightInk + 0.4;
    })) << "the label kept the light palette's icon";
}

} // namespace
} // namespace rapport::ui
