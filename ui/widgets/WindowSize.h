#pragma once

#include <QSize>

class QWidget;

namespace rapport::ui {

// Gives a window the size it prefers, or less on a small screen: it stays
// within the screen's free area (with room for its frame), and never below
// what its layout needs.
void resizeWithinScreen(QWidget *window, QSize preferred);

} // namespace rapport::ui
