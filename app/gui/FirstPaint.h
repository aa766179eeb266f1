#pragma once

#include <functional>

class QWidget;

namespace rapport::gui {

// For start-up timings (tests/bench/GuiBench.cpp); call it before show().
// Once the window has been exposed, and so painted, prints "first paint
// after N ms, VmHWM M kB" (N counted from the program's load, M its peak
// resident memory) and quits the application.
void exitAfterFirstPaint(QWidget &window);

// Runs then once the window has been exposed, and so painted, after what
// else was posted by then (the timing above included); call it before show().
void afterFirstPaint(QWidget &window, std::function<void()> then);

} // namespace rapport::gui
