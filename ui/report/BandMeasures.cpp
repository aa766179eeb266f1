#include "BandMeasures.h"

#include "ReportDocument.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>

namespace rapport::ui {
namespace {

size_t mix(size_t h, size_t value)
{
    return h ^ (value + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
}

// Half of a band's digest: what sets the band, hashed with seed. Qt seeds
// its string hashes per process, so digests are only compared within one.
size_t digestWith(size_t seed, const ReportDocument::Piece &p, int row)
{
    if (!p.isTable)
        return mix(qHash(p.html, seed), 1);
    const reporthtml::Table &table = p.table;
    if (table.rowCount() == 0)
        return mix(qHash(table.html(), seed), 1);
    size_t h = mix(seed, row < 0 ? 2 : 3);
    for (const QString &header : table.headers())
        h = mix(h, qHash(header, seed));
    h = mix(h, size_t(table.headers().size()));
    for (const int width : table.widths())
        h = mix(h, size_t(width));
    h = mix(h, size_t(table.widths().size()));
    if (row >= 0) {
        h = mix(h, qHash(table.rowHtml(row), seed));
        h = mix(h, row + 1 == table.rowCount() ? 1 : 0); // the last row keeps the margin below
    }
    return h;
}

// Bands handed out a chunk at a time to whichever thread asks next.
class Shares final
{
public:
    // Small enough to share the last ones out evenly, large enough that a
    // thread's typesetter finds the paragraphs that repeat nearby.
    static constexpr int kChunk = 64;

    explicit Shares(int total) : m_total(total) {}

    // [begin, end) of the next chunk; empty when all are handed out or
    // the measuring was stopped.
    std::pair<int, int> next()
    {
        if (m_stopped.load())
            return {m_total, m_total};
        const int begin = std::min(m_next.fetch_add(kChunk), m_total);
        return {begin, std::min(begin + kChunk, m_total)};
    }
    void finished(int count) { m_done.fetch_add(count); }
    int done() const { return m_done.load(); }
    void stop() { m_stopped = true; }
    bool stopped() const { return m_stopped.load(); }

private:
    const int m_total;
    std::atomic<int> m_next = 0;
    std::atomic<int> m_done = 0;
    std::atomic<bool> m_stopped = false;
};

} // namespace

std::optional<BandMeasures> BandMeasures::measure(const ReportDocument &report,
                                                  const BandSetting &setting, int threads,
                                                  const std::function<bool(int, int)> &tick,
                                                  const BandMeasures *known)
{
    BandMeasures out;
    out.m_setting = setting;
    std::vector<std::pair<int, int>> units; // each band's piece and row
    const QList<ReportDocument::Piece> &pieces = report.pieces();
    for (int i = 0; i < pieces.size(); ++i) {
        out.m_first << int(units.size());
        const ReportDocument::Piece &p = pieces.at(i);
        const int rows = p.isTable ? p.table.rowCount() : 0;
        for (int row = rows > 0 ? -1 : 0; row < std::max(rows, 1); ++row)
            units.emplace_back(i, rows > 0 ? row : -1);
    }
    const int total = int(units.size());
    out.m_bands.resize(units.size());
    out.m_digests.resize(units.size());
    if (known && !(known->m_setting == setting))
        known = nullptr;

    Shares shares(total);
    std::atomic<int> reused = 0;
    // Each chunk's paragraphs, and how many each band has.
    std::vector<std::vector<size_t>> paragraphs(size_t(total / Shares::kChunk + 1));
    std::vector<int> paragraphCount(units.size());
    // Each thread writes only the bands of the chunks it was handed.
    const auto work = [&](const std::function<bool()> &afterChunk) {
        // A font and a paint device of its own: the font's engines are
        // looked up per thread.
        QFont font = setting.font;
        font.setPointSizeF(font.pointSizeF());
        QBuffer buffer;
        QPdfWriter device(&buffer);
        device.setResolution(setting.resolution);
        Typesetter typesetter(&device, setting.width, font, Typesetter::Use::Measure);
        // Bands with the same cuts share one list of them (most have the
        // cuts of some other), so the bands are one block of memory, which
        // goes back whole.
        QSet<QList<qreal>> cuts;
        for (auto [begin, end] = shares.next(); begin < end; std::tie(begin, end) = shares.next()) {
            std::vector<size_t> &digests = paragraphs[size_t(begin / Shares::kChunk)];
            typesetter.recordParagraphs(&digests);
            for (int u = begin; u < end; ++u) {
                const auto [piece, row] = units.at(size_t(u));
                Band &band = out.m_bands[size_t(u)];
                const size_t before = digests.size();
                out.m_digests[size_t(u)] = digest(report, piece, row);
                if (const int found = known ? known->find(out.m_digests[size_t(u)]) : -1;
                    found >= 0) {
                    band = known->m_bands[size_t(found)];
                    digests.insert(
                        digests.end(), known->m_paragraphs.begin() + known->m_paragraphsFrom[found],
                        known->m_paragraphs.begin() + known->m_paragraphsFrom[found + 1]);
                    ++reused;
                } else {
                    band = typesetter.band(report, piece, row);
                    auto shared = cuts.constFind(band.m_cuts);
                    if (shared == cuts.constEnd())
                        shared = cuts.insert(band.m_cuts);
                    band.m_cuts = *shared;
                }
                paragraphCount[size_t(u)] = int(digests.size() - before);
            }
            shares.finished(end - begin);
            if (afterChunk && !afterChunk())
                shares.stop();
        }
    };
    // A thread sets up fonts of its own first: worth it for many bands only.
    constexpr int kBandsPerThread = 1000;
    std::vector<std::unique_ptr<QThread>> helpers;
    for (int i = 1; i < std::min(threads, total / kBandsPerThread); ++i) {
        helpers.emplace_back(QThread::create(work, std::function<bool()>()));
        helpers.back()->start();
    }
    work([&] { return !tick || tick(shares.done(), total); });
    for (const auto &helper : helpers)
        helper->wait();
    if (shares.stopped() || (tick && !tick(total, total)))
        return std::nullopt;

    out.m_reused = reused.load();
    out.m_byDigest.reserve(total);
    for (int u = 0; u < total; ++u)
        out.m_byDigest.insert(out.m_digests[size_t(u)], u);
    out.m_paragraphsFrom.reserve(units.size() + 1);
    out.m_paragraphsFrom.push_back(0);
    for (const int count : paragraphCount)
        out.m_paragraphsFrom.push_back(out.m_paragraphsFrom.back() + count);
    out.m_paragraphs.reserve(size_t(out.m_paragraphsFrom.back()));
    for (std::vector<size_t> &chunk : paragraphs) {
        out.m_paragraphs.insert(out.m_paragraphs.end(), chunk.begin(), chunk.end());
        chunk = {};
    }
    return out;
}

const Band &BandMeasures::band(int piece, int row) const
{
    return m_bands.at(size_t(m_first.at(piece) + (row < 0 ? 0 : row + 1)));
}

BandMeasures::Digest BandMeasures::digest(const ReportDocument &report, int piece, int row)
{
    const ReportDocument::Piece &p = report.pieces().at(piece);
    return {digestWith(0x243f6a8885a308d3ULL, p, row), digestWith(0x13198a2e03707344ULL, p, row)};
}

int BandMeasures::find(const Digest &digest) const
{
    return m_byDigest.value(digest, -1);
}

QHash<size_t, int> BandMeasures::paragraphUses() const
{
    QHash<size_t, int> uses;
    for (const size_t paragraph : m_paragraphs)
        ++uses[paragraph];
    return uses;
}

} // namespace rapport::ui
