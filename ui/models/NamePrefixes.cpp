#include "NamePrefixes.h"

#include <QFontMetrics>

#include <algorithm>
#include <vector>

namespace rapport::ui::namePrefixes {
namespace {

// Measuring a text shapes it, some 30 µs: of thousands of texts only this
// many with the most characters are measured, the widest among them.
constexpr std::size_t kMeasured = 64;

qsizetype commonPrefix(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    while (i < n && a[i] == b[i])
        ++i;
    return i;
}

int widest(std::vector<QString> texts, const QFontMetrics &metrics)
{
    const auto longer = [](const QString &a, const QString &b) {
        return a.size() > b.size();
    };
    const std::size_t measured = std::min(texts.size(), kMeasured);
    std::partial_sort(texts.begin(), texts.begin() + static_cast<std::ptrdiff_t>(measured),
                      texts.end(), longer);
    int out = 0;
    for (std::size_t i = 0; i < measured; ++i)
        out = std::max(out, metrics.horizontalAdvance(texts[i]));
    return out;
}

} // namespace

int distinctWidth(QStringList names, const QFontMetrics &metrics)
{
    // Sorted, a name shares its longest prefix with a neighbour.
    names.sort();
    names.removeDuplicates();
    const QString ellipsis(QChar(0x2026));
    std::vector<QString> shown;
    shown.reserve(static_cast<std::size_t>(names.size()));
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        qsizetype shared = 0;
        if (i > 0)
            shared = commonPrefix(names.at(i - 1), name);
        if (i + 1 < names.size())
            shared = std::max(shared, commonPrefix(name, names.at(i + 1)));
        // A name no longer than its prefix and "…" shows whole.
        shown.push_back(shared + 2 >= name.size() ? name : name.left(shared + 1) + ellipsis);
    }
    return widest(std::move(shown), metrics);
}

int longestWidth(const QStringList &names, const QFontMetrics &metrics)
{
    return widest(std::vector<QString>(names.cbegin(), names.cend()), metrics);
}

bool sameNames(const QList<core::Program> &programs, const QStringList &names)
{
    return std::equal(programs.cbegin(), programs.cend(), names.cbegin(), names.cend(),
                      [](const core::Program &p, const QString &name) { return p.name == name; });
}

} // namespace rapport::ui::namePrefixes
