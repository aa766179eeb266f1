#pragma once

#include <QString>

class QWidget;

namespace rapport::test {

// What a window shows cut off, one line each, empty when nothing is: a
// visible widget outside its parent or the window, narrower than its
// layout's minimum, a tab bar that scrolls, or a scroll area that scrolls
// sideways. What scrolls inside a scroll area may lie beyond the window.
QString cutOff(QWidget &window);

} // namespace rapport::test
