#include "Screenshot.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QTemporaryDir>
#include <QWidget>

#include <gtest/gtest.h>

#include <algorithm>

namespace rapport::test {

void expectPicture(const QImage &picture, const QSize &expected)
{
    ASSERT_FALSE(picture.isNull());
    EXPECT_EQ(picture.size(), expected * picture.devicePixelRatio());
    const QImage rgb = picture.convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, qint64> counts;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            ++counts[line[x]];
    }
    EXPECT_GE(counts.size(), 16) << "colours in the picture";
    const qint64 commonest = *std::max_element(counts.cbegin(), counts.cend());
    const qint64 pixels = qint64(rgb.width()) * rgb.height();
    EXPECT_LT(commonest * 100, pixels * 99) << "the picture is nearly all one colour";
}

void expectScreenshot(QWidget &widget, const QString &name)
{
    const QPixmap picture = widget.grab();
    expectPicture(picture.toImage(), widget.size());
    QTemporaryDir temporary;
    const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR", temporary.path());
    const QString path = QDir(dir).filePath(name);
    ASSERT_TRUE(picture.save(path, "PNG")) << path.toStdString();
    EXPECT_GT(QFileInfo(path).size(), 0);
    const QImage back(path, "PNG");
    ASSERT_FALSE(back.isNull()) << path.toStdString();
    EXPECT_EQ(back.size(), picture.size());
    EXPECT_EQ(back.convertToFormat(QImage::Format_RGB32),
              picture.toImage().convertToFormat(QImage::Format_RGB32))
        << "the file holds another picture";
}

} // namespace rapport::test
