#pragma once

#include "ReportDocument.h"
#include "Result.h"

#include <QFont>
#include <QString>

#include <functional>

namespace rapport::ui {

class BandMeasures;

// What every page of a report carries besides its share of the text.
struct PageDecoration
{
    QString title;       // the PDF's title, e.g. "Season report · 2027 Match"
    QString headerLeft;  // the applicant's name
    QString headerMid;   // what the report is
    QString headerRight; // the date it was made
    QFont font;          // the family the report is set in; sizes are the report's own
};

enum class PdfStage
{
    LayingOut, // done of total pieces and table rows, set to count the pages
    Writing,   // done of total pages painted
};

// Called on the thread that writes the PDF; returning false stops it, and
// the file is left as it was.
using PdfProgress = std::function<bool(PdfStage stage, int done, int total)>;

// A report laid out on US Letter (or A4, where the locale measures in
// metric) and written as a PDF: a header with the applicant's name, the
// report and the date on every page, "Page N of M" at the foot. Pages break
// between the report's pieces and between table rows, never inside a row
// or a finding unless it is taller than a page. The pages are counted from
// the bands measured on every core, then each page is laid out and painted
// on its own, and let go. The file is written beside the target and
// replaces it only once it is complete. It holds the report's text alone,
// not the season it was made from. Uses no widgets or pixmaps, so it may
// be written on any thread.
class PdfPages final
{
public:
    PdfPages(ReportDocument report, PageDecoration decoration);

    // Returns the number of pages written. Bands `measured` for another
    // report in the same font (see measure()) are not measured again.
    core::Result<int> write(const QString &path, const PdfProgress &progress = {},
                            const BandMeasures *measured = nullptr) const;
    // Measures the bands as write() would, on the calling thread alone.
    BandMeasures measure() const;

private:
    ReportDocument m_report;
    PageDecoration m_decoration;
};

} // namespace rapport::ui
