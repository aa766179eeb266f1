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

QString ReportDocument::html() const
{
    QString out;
    for (int i = 0; i < m_pieces.size(); ++i) {
        const Piece &piece = m_pieces.at(i);
        if (piece.newPage && i > 0)
            out += kPageBreak;
        out += piece.isTable ? piece.table.html() : piece.html;
    }
    return out;
}

} // namespace rapport::ui
