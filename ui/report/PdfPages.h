#pragma once

#include "Result.h"

#include <QFont>
#include <QString>

#include <functional>

namespace rapport::ui {

class ReportDocument;

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

// Lays a report out on US Letter (or A4, where the locale measures in
// metric) and writes it as a PDF: a header with the applicant's name, the
// report and the date on every page, "Page N of M" at the foot. Pages break
// between the report's pieces and between table rows, never inside a row
// or a finding unless it is taller than a page. Each page is laid out and
// painted on its own, then let go. The file is written beside the target
// and replaces it only once it is complete. Uses no widgets or pixmaps, so
// it may run on any thread.
class PdfPages final
{
public:
    // Returns the number of pages written.
    static core::Result<int> write(const ReportDocument &report, const PageDecoration &decoration,
                                   const QString &path, const PdfProgress &progress = {});
};

} // namespace rapport::ui
