#pragma once

#include "ReportBand.h"

#include <QFont>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>
#include <vector>

namespace rapport::ui {

class ReportDocument;

// What a band's measure depends on besides its text: the width it is set
// in, the report's font and the resolution of the PDF.
struct BandSetting
{
    qreal width = 0;
    QFont font;
    int resolution = 0;
    bool operator==(const BandSetting &) const = default;
};

// The bands of a report measured for counting its pages: their heights and
// where they may be cut, without glyphs. One band per block, table header
// and table row. Measuring is most of the counting, so it is shared among
// threads, each with a typesetter of its own (Qt's fonts belong to a
// thread); the bands come out as one thread would set them.
//
// Each band is also known by a digest of what it sets, so a report that
// shares most of its rows with one measured before (the season report
// before and after its findings are known) measures only the others.
class BandMeasures final
{
public:
    // tick(done, total) on the calling thread now and then; when it returns
    // false the measuring stops and nothing is returned. Bands that `known`
    // measured in the same setting are taken from it.
    static std::optional<BandMeasures> measure(const ReportDocument &report,
                                               const BandSetting &setting, int threads,
                                               const std::function<bool(int, int)> &tick = {},
                                               const BandMeasures *known = nullptr);

    const BandSetting &setting() const { return m_setting; }
    int size() const { return int(m_bands.size()); }
    // How many bands were taken from `known` rather than measured.
    int reused() const { return m_reused; }
    // A piece's block, or its table's header (row -1) or body row.
    const Band &band(int piece, int row) const;
    // How many times each paragraph is set, by digest: painting keeps each
    // one laid out from its first use to its last (see Typesetter).
    QHash<size_t, int> paragraphUses() const;

private:
    // 128 bits: two bands that set differently share one about once in
    // 2^128 pairs.
    struct Digest
    {
        size_t a = 0;
        size_t b = 0;
        bool operator==(const Digest &) const = default;
        friend size_t qHash(const Digest &d, size_t seed = 0) { return d.a ^ seed; }
    };
    static Digest digest(const ReportDocument &report, int piece, int row);
    int find(const Digest &digest) const; // -1: not measured

    BandSetting m_setting;
    std::vector<Band> m_bands;
    std::vector<Digest> m_digests;
    // The digests of each band's paragraphs, band after band; band i's
    // start at m_paragraphsFrom[i].
    std::vector<size_t> m_paragraphs;
    std::vector<int> m_paragraphsFrom;
    QHash<Digest, int> m_byDigest;
    QList<int> m_first; // each piece's first band
    int m_reused = 0;
};

} // namespace rapport::ui
