#pragma once

namespace rapport::gui {

// How the window's process allocates memory and matches patterns, set
// before anything else runs; tests/bench/GuiBench.cpp takes the same, so
// that its timings are the window's.
void applyProcessSettings();

} // namespace rapport::gui
