#pragma once

#include "ReportHtml.h"

#include <QList>
#include <QString>

namespace rapport::ui {

// A report as a sequence of pieces that should not be split across pages:
// short HTML blocks (a heading, a finding with its guidance, a list of
// facts) and tables whose rows stay whole. PdfPages sets them a piece or a
// row at a time; html() gives the whole report as one HTML text.
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

    // With a page break before each piece that asks for one.
    QString html() const;

private:
    QList<Piece> m_pieces;
    bool m_pendingNewPage = false;
};

} // namespace rapport::ui
