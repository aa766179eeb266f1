#include "PagePlan.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>
#include <limits>

namespace rapport::ui {
namespace {

const QString kLead = QStringLiteral("<p style=\"margin: 0px;\">&nbsp;</p>");

struct Measure
{
    qreal height = 0;  // a block, or a whole table
    qreal header = 0;  // a table: from its top to its first body row
    QList<qreal> rows; // a table: each body row
};

QTextTable *firstTable(QTextFrame *frame)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            return table;
        if (QTextTable *inner = firstTable(child))
            return inner;
    }
    return nullptr;
}

// Where a row's text begins: the top of its highest cell's first line.
qreal rowTop(const QTextDocument &doc, QTextTable *table, int row)
{
    qreal top = std::numeric_limits<qreal>::max();
    for (int col = 0; col < table->columns(); ++col) {
        const QTextTableCell cell = table->cellAt(row, col);
        if (!cell.isValid() || cell.row() != row || cell.column() != col)
            continue; // covered by a span
        top = std::min(
            top, doc.documentLayout()->blockBoundingRect(cell.firstCursorPosition().block()).top());
    }
    return top;
}

class Planner
{
public:
    Planner(const ReportDocument &report, const QSizeF &page,
            const std::function<void(QTextDocument &)> &prepare)
        : m_report(report), m_width(page.width()),
          // The layout's own rounding may differ a little from the pieces'.
          m_page(page.height() * 0.98), m_prepare(prepare)
    {
        for (const ReportDocument::Piece &piece : report.pieces())
            m_measures << (piece.isTable ? measureTable(piece.table) : measureBlock(piece.html));
    }

    QList<ReportDocument::Break> plan()
    {
        const QList<ReportDocument::Piece> &pieces = m_report.pieces();
        for (int i = 0; i < pieces.size(); ++i) {
            const ReportDocument::Piece &piece = pieces.at(i);
            const Measure &m = m_measures.at(i);
            if (piece.newPage && i > 0)
                startPage(i, 0);
            if (!piece.isTable || m.rows.isEmpty()) {
                const qreal need = piece.keepWithNext ? lead(i) : m.height;
                if (m_y > 0 && m_y + need > m_page && need <= m_page)
                    startPage(i, 0);
                advance(m.height);
                continue;
            }
            if (m_y > 0 && m_y + m.header + m.rows.first() > m_page)
                startPage(i, 0);
            advance(m.header + m.rows.first());
            for (int row = 1; row < m.rows.size(); ++row) {
                if (m_y + m.rows.at(row) > m_page && m_y > m.header) {
                    startPage(i, row);
                    advance(m.header);
                }
                advance(m.rows.at(row));
            }
        }
        return m_breaks;
    }

private:
    // A piece is measured below a line without margins, as it stands in
    // the report: alone in a document its top margin would not count.
    void layOut(QTextDocument &doc, const QString &html)
    {
        m_prepare(doc);
        doc.setHtml(kLead + html);
        doc.setTextWidth(m_width);
    }

    qreal leadHeight()
    {
        if (m_lead < 0) {
            QTextDocument doc;
            layOut(doc, QString());
            m_lead = doc.size().height();
        }
        return m_lead;
    }

    Measure measureBlock(const QString &html)
    {
        QTextDocument doc;
        layOut(doc, html);
        return Measure{doc.size().height() - leadHeight(), 0, {}};
    }

    Measure measureTable(const reporthtml::Table &t)
    {
        QTextDocument doc;
        layOut(doc, t.html());
        Measure m;
        m.height = doc.size().height() - leadHeight();
        QTextTable *table = firstTable(doc.rootFrame());
        if (!table || t.rowCount() == 0)
            return m;
        const int header = table->format().headerRowCount();
        QList<qreal> tops;
        for (int row = header; row < table->rows(); ++row)
            tops << rowTop(doc, table, row) - leadHeight();
        m.header = tops.first();
        for (int i = 0; i < tops.size(); ++i)
            m.rows << (i + 1 < tops.size() ? tops.at(i + 1) : m.height) - tops.at(i);
        return m;
    }

    // What must share a page with the start of piece i: a heading, what it
    // heads (through a chain of headings), down to a table's first row.
    qreal lead(int i) const
    {
        const ReportDocument::Piece &piece = m_report.pieces().at(i);
        const Measure &m = m_measures.at(i);
        if (piece.isTable)
            return m.rows.isEmpty() ? m.height : m.header + m.rows.first();
        if (piece.keepWithNext && i + 1 < m_report.pieces().size() &&
            !m_report.pieces().at(i + 1).newPage)
            return m.height + lead(i + 1);
        return m.height;
    }

    void startPage(int piece, int row)
    {
        if (!m_breaks.isEmpty() && m_breaks.last().piece == piece && m_breaks.last().row == row)
            return;
        m_breaks << ReportDocument::Break{piece, row};
        m_y = 0;
    }

    // A piece taller than a page runs on; the layout breaks it by lines.
    void advance(qreal height)
    {
        m_y += height;
        if (m_y > m_page)
            m_y = std::fmod(m_y, m_page);
    }

    const ReportDocument &m_report;
    qreal m_width;
    qreal m_page;
    const std::function<void(QTextDocument &)> &m_prepare;
    QList<Measure> m_measures;
    QList<ReportDocument::Break> m_breaks;
    qreal m_y = 0;
    qreal m_lead = -1;
};

} // namespace

QList<ReportDocument::Break> PagePlan::plan(const ReportDocument &report, const QSizeF &page,
                                            const std::function<void(QTextDocument &)> &prepare)
{
    return Planner(report, page, prepare).plan();
}

} // namespace rapport::ui
