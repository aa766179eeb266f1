#include "ReportDocument.h"

namespace rapport::ui {
namespace {

// An empty line that begins a page; QTextDocument breaks before blocks.
const QString kPageBreak = QStringLiteral(
    "<p style=\"page-break-before: always; margin: 0px; font-size: 1pt;\">&nbsp;</p>");

} // namespace

void ReportDocument::addBlock(const QString &html, bool keepWithNext)
{
    Piece piece;
    piece.html = html;
    piece.keepWithNext = keepWithNext;
    piece.newPage = m_pendingNewPage;
    m_pendingNewPage = false;
    m_pieces << piece;
}

void ReportDocument::addTable(const reporthtml::Table &table)
{
    Piece piece;
    piece.table = table;
    piece.isTable = true;
    piece.newPage = m_pendingNewPage;
    m_pendingNewPage = false;
    m_pieces << piece;
}

void ReportDocument::newPage()
{
    m_pendingNewPage = true;
}

QString ReportDocument::html(const QList<Break> &breaks) const
{
    QString out;
    int next = 0; // the next break to place
    for (int i = 0; i < m_pieces.size(); ++i) {
        const Piece &piece = m_pieces.at(i);
        const auto breakAt = [&](int row) {
            if (next < breaks.size() && breaks.at(next).piece == i && breaks.at(next).row == row) {
                ++next;
                return true;
            }
            return false;
        };
        if (breakAt(0) || (piece.newPage && breaks.isEmpty() && i > 0))
            out += kPageBreak;
        if (!piece.isTable) {
            out += piece.html;
            continue;
        }
        int first = 0;
        for (int row = 1; row < piece.table.rowCount(); ++row) {
            if (breakAt(row)) {
                out += piece.table.html(first, row) + kPageBreak;
                first = row;
            }
        }
        out += piece.table.html(first, piece.table.rowCount());
    }
    return out;
}

} // namespace rapport::ui
