#pragma once

#include "domain/Program.h"

#include <QList>
#include <QStringList>

class QFontMetrics;

namespace rapport::ui::namePrefixes {

// The width a list of names needs so that, each shortened with "…" at its
// end, no two look alike: the widest of the shortest prefixes that tell
// each name from every other (a name that begins another shows whole).
int distinctWidth(QStringList names, const QFontMetrics &metrics);

// The width of the longest name.
int longestWidth(const QStringList &names, const QFontMetrics &metrics);

// Whether the programs are named names, in order: a column fitted to those
// names still fits, and nothing is copied to find out.
bool sameNames(const QList<core::Program> &programs, const QStringList &names);

} // namespace rapport::ui::namePrefixes
