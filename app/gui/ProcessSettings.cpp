#include "ProcessSettings.h"

#include <QByteArray>
#include <QtGlobal>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace rapport::gui {

void applyProcessSettings()
{
#ifdef __GLIBC__
    // glibc gives each new thread an arena of its own (the season's worker,
    // the parallel check's helpers, the background loads), and each keeps
    // what was freed in it. Three hold a 100x season in as little as two
    // and the window's thread no longer shares its arena with the check's
    // helpers: with two it merged the chunks they freed there, and a save
    // at 100x took 28 ms of its time instead of 17 (docs/benchmarks.md).
    // Which threads share one is the order they first allocate in: the
    // session starts its worker before the window's other threads.
    mallopt(M_ARENA_MAX, 3);
    // A fixed threshold: glibc otherwise raises it to the largest block
    // freed, and the season's lists (megabytes each) then leave holes in
    // the heap that smaller objects only partly fill again (6 MB at 100x).
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
    // Qt has PCRE2 compile each pattern to machine code three times (whole
    // and both partial modes): 3.4 MB for the rules' phrase patterns, for a
    // season check 2-3 % faster on the worker. The interpreter finds the
    // same matches (WordingEval.WithoutJit). Read once, at the first match.
    if (!qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
        qputenv("QT_ENABLE_REGEXP_JIT", "0");
}

} // namespace rapport::gui
