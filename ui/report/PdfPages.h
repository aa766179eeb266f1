#pragma once

#include "Result.h"

#include <QString>

namespace rapport::ui {

class ReportDocument;

// What every page of a report carries besides its share of the text.
struct PageDecoration
{
    QString title;       // the PDF's title, e.g. "Season report · 2027 Match"
    QString headerLeft;  // the applicant's name
    QString headerMid;   // what the report is
    QString headerRight; // the date it was made
};

// Lays a report out on US Letter (or A4, where the locale measures in
// metric) and writes it as a PDF: a header with the applicant's name, the
// report and the date on every page, "Page N of M" at the foot. Pages break
// between the report's pieces and between table rows, never inside a row
// or a finding unless it is taller than a page. The file is replaced only
// once it is completely written.
class PdfPages final
{
public:
    // Returns the number of pages written.
    static core::Result<int> write(const ReportDocument &report, const QString &styleSheet,
                                   const PageDecoration &decoration, const QString &path);
};

} // namespace rapport::ui
