#include "NamePrefixes.h"

#include <QFontMetrics>

#include <algorithm>

namespace rapport::ui::namePrefixes {
namespace {

qsizetype commonPrefix(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    while (i < n && a[i] == b[i])
        ++i;
    return i;
}

} // namespace

int distinctWidth(QStringList names, const QFontMetrics &metrics)
{
    // Sorted, a name shares its longest prefix with a neighbour.
    names.sort();
    names.removeDuplicates();
    const QString ellipsis(QChar(0x2026));
    int widest = 0;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        qsizetype shared = 0;
        if (i > 0)
            shared = commonPrefix(names.at(i - 1), name);
        if (i + 1 < names.size())
            shared = std::max(shared, commonPrefix(name, names.at(i + 1)));
        // A name no wider than its prefix with "…" shows whole.
        int width = metrics.horizontalAdvance(name);
        if (shared + 1 < name.size())
            width = std::min(width, metrics.horizontalAdvance(name.left(shared + 1) + ellipsis));
        widest = std::max(widest, width);
    }
    return widest;
}

} // namespace rapport::ui::namePrefixes
