#include "PagePlan.h"

#include "ReportBand.h"
#include "ReportDocument.h"

#include <map>

namespace rapport::ui {
namespace {

class Flow final
{
public:
    Flow(const ReportDocument &report, const PagePlan::Set &set, qreal pageHeight,
         const PagePlan::Place &place)
        : m_pieces(report.pieces()), m_set(set), m_height(pageHeight), m_place(place)
    {}

    int pages() const { return m_page + 1; }

    bool run(const std::function<bool(int done)> &tick)
    {
        int done = 0;
        const auto step = [&] {
            return tick(++done);
        };
        for (int i = 0; i < m_pieces.size(); ++i) {
            if (m_pieces.at(i).newPage && !m_fresh)
                newPage(nullptr);
            if (isBlock(i)) {
                block(i);
                if (!step())
                    return false;
            } else if (!table(i, step)) {
                return false;
            }
        }
        return true;
    }

private:
    bool isBlock(int piece) const
    {
        const ReportDocument::Piece &p = m_pieces.at(piece);
        return !p.isTable || p.table.rowCount() == 0;
    }

    // A band set while looking ahead is kept until it is placed.
    const Band &peek(int piece, int row)
    {
        auto [it, added] = m_ahead.try_emplace({piece, row});
        if (added)
            it->second = m_set(piece, row);
        return it->second;
    }

    Band take(int piece, int row)
    {
        const auto it = m_ahead.find({piece, row});
        if (it == m_ahead.end())
            return m_set(piece, row);
        Band band = std::move(it->second);
        m_ahead.erase(it);
        return band;
    }

    // A margin at the top of a page is dropped, as QTextDocument does.
    qreal gap(const Band &band) const { return m_fresh ? 0 : Band::spacing(m_above, band.top()); }

    // What must share a page with piece i: a heading, what it heads
    // (through a chain of headings), down to a table's first row.
    qreal lead(int i, const Band &band)
    {
        qreal total = band.height();
        Band::Edge above = band.bottom();
        for (int j = i + 1; j < m_pieces.size() && !m_pieces.at(j).newPage; ++j) {
            const Band &next = peek(j, -1);
            total += Band::spacing(above, next.top()) + next.height();
            if (!isBlock(j))
                return total + peek(j, 0).height();
            if (!m_pieces.at(j).keepWithNext)
                break;
            above = next.bottom();
        }
        return total;
    }

    void newPage(const Band *header)
    {
        ++m_page;
        m_y = 0;
        m_above = {};
        m_fresh = true;
        if (header)
            put(*header, nullptr);
    }

    // A band that does not fit on what is left of the page is cut at its
    // lowest clean place that does, and runs on; a table's header comes
    // first on each new page.
    void put(const Band &band, const Band *header)
    {
        qreal from = 0;
        bool begun = false; // a page was begun for this band
        for (;;) {
            const qreal top = m_y + (from > 0 ? 0 : gap(band));
            const qreal room = m_height - top;
            if (band.height() - from <= room) {
                place(band, top, from, band.height());
                m_y = top + band.height() - from;
                break;
            }
            qreal cut = band.cut(from, from + room);
            if (cut <= from) {
                if (!begun && !m_fresh) {
                    newPage(header);
                    begun = true;
                    continue;
                }
                cut = from + std::max(room, qreal(1)); // a line taller than a page
            }
            place(band, top, from, cut);
            newPage(header);
            begun = true;
            from = cut;
        }
        m_above = band.bottom();
        m_fresh = false;
    }

    void place(const Band &band, qreal y, qreal from, qreal to)
    {
        if (m_place)
            m_place(band, m_page, y, from, to);
    }

    void block(int i)
    {
        const Band band = take(i, -1);
        const qreal need = m_pieces.at(i).keepWithNext ? lead(i, band) : band.height();
        if (!m_fresh && m_y + gap(band) + need > m_height && need <= m_height)
            newPage(nullptr);
        put(band, nullptr);
    }

    // Every page of a table holds its header and at least one row.
    bool table(int i, const std::function<bool()> &step)
    {
        const Band header = take(i, -1);
        const Band first = take(i, 0);
        if (!m_fresh && m_y + gap(header) + header.height() + first.height() > m_height)
            newPage(nullptr);
        put(header, nullptr);
        put(first, &header);
        if (!step())
            return false;
        const int rows = m_pieces.at(i).table.rowCount();
        for (int r = 1; r < rows; ++r) {
            const Band row = take(i, r);
            if (m_y + row.height() > m_height && m_y > header.height())
                newPage(&header);
            put(row, &header);
            if (!step())
                return false;
        }
        return true;
    }

    const QList<ReportDocument::Piece> &m_pieces;
    const PagePlan::Set &m_set;
    const qreal m_height;
    const PagePlan::Place &m_place;
    std::map<std::pair<int, int>, Band> m_ahead;
    int m_page = 0;
    qreal m_y = 0;
    Band::Edge m_above; // the bottom of the last band placed
    bool m_fresh = true;
};

} // namespace

PagePlan::PagePlan(const ReportDocument &report, const Typesetter &typesetter, qreal pageHeight)
    : PagePlan(
          report,
          [&report, &typesetter](int piece, int row) {
              return typesetter.band(report, piece, row);
          },
          pageHeight)
{}

PagePlan::PagePlan(const ReportDocument &report, Set set, qreal pageHeight)
    : m_report(report), m_set(std::move(set)), m_pageHeight(pageHeight)
{}

int PagePlan::run(const Place &place, const std::function<bool(int done)> &tick) const
{
    Flow flow(m_report, m_set, m_pageHeight, place);
    return flow.run(tick) ? flow.pages() : 0;
}

} // namespace rapport::ui
