#pragma once

#include <QtGlobal>

#include <functional>

namespace rapport::ui {

class Band;
class ReportDocument;
class Typesetter;

// Fills pages with a report, a piece or a table row at a time, so that
// nothing but the band being placed (and the few a heading looks ahead
// to) is held. A piece or a row that does not fit on what is left of a
// page starts the next one, a heading goes with what follows it, a table
// continued on a new page repeats its header, and a band taller than a
// page is cut between its lines. The same report always gives the same
// pages, so a first run can count them for "Page N of M" and a second
// paint them.
class PagePlan final
{
public:
    // Told where each band goes: the page (from 0), the height on its body
    // and the part of the band, [from, to).
    using Place = std::function<void(const Band &band, int page, qreal y, qreal from, qreal to)>;
    // Sets piece's band: its block, or its table's header (row -1) or row.
    using Set = std::function<Band(int piece, int row)>;

    // Sets each band as it comes, with typesetter.
    PagePlan(const ReportDocument &report, const Typesetter &typesetter, qreal pageHeight);
    PagePlan(const ReportDocument &report, Set set, qreal pageHeight);

    // tick(done) after each piece or row; when it returns false run()
    // stops. Returns the number of pages, 0 when stopped.
    int run(const Place &place, const std::function<bool(int done)> &tick) const;

private:
    const ReportDocument &m_report;
    Set m_set;
    qreal m_pageHeight;
};

} // namespace rapport::ui
