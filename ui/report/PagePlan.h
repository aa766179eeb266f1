#pragma once

#include "ReportDocument.h"

#include <QSizeF>

#include <functional>

class QTextDocument;

namespace rapport::ui {

// Where the pages of a report begin. Each piece is measured once, laid out
// on its own at the page's width (a table row by row), and the pieces are
// then filled into pages: a piece or a row that does not fit on what is
// left of a page starts the next one, a heading goes with what follows it,
// and a table continued on a new page repeats its header.
class PagePlan final
{
public:
    // prepare sets up a scratch document the way the final one is (paint
    // device, fonts, style sheet).
    static QList<ReportDocument::Break> plan(const ReportDocument &report, const QSizeF &page,
                                             const std::function<void(QTextDocument &)> &prepare);
};

} // namespace rapport::ui
