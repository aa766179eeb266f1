#pragma once

#include <QString>

class QImage;
class QSize;
class QWidget;

namespace rapport::test {

// A picture of a real window: the expected size, and not one colour (a
// blank or black grab has a handful of colours at most).
void expectPicture(const QImage &picture, const QSize &expected);

// Grabs the widget and writes it as a PNG, to $RAPPORT_SCREENSHOT_DIR for a
// person to look at, else to a temporary folder; the file must read back
// as the picture.
void expectScreenshot(QWidget &widget, const QString &name);

} // namespace rapport::test
