#pragma once

#include "ReportHtml.h"

#include <QList>
#include <QString>

namespace rapport::ui {

// A report as a sequence of pieces that should not be split across pages:
// short HTML blocks (a heading, a finding with its guidance, a list of
// facts) and tables whose rows stay whole. PdfPages measures the pieces and
// decides where pages begin; html() gives the text without page breaks.
class ReportDocument final
{
public:
    // keepWithNext: a heading, kept on the page of what follows it.
    void addBlock(const QString &html, bool keepWithNext = false);
    void addTable(const reporthtml::Table &table);
    // The next piece starts a new page.
    void newPage();

    struct Piece
    {
        QString html; // a block; empty for a table
        reporthtml::Table table{{}};
        bool isTable = false;
        bool keepWithNext = false;
        bool newPage = false;
    };
    const QList<Piece> &pieces() const { return m_pieces; }

    // Where a page begins: before piece `piece`, or, in a table, before its
    // body row `row` (0 for the piece itself).
    struct Break
    {
        int piece = 0;
        int row = 0;
    };
    QString html(const QList<Break> &breaks = {}) const;

private:
    QList<Piece> m_pieces;
    bool m_pendingNewPage = false;
};

} // namespace rapport::ui
