#include "ReportBand.h"

#include "ReportDocument.h"
#include "ReportHtml.h"
#include "ReportText.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace rapport::ui {

Band::Band() = default;
Band::~Band() = default;
Band::Band(const Band &) = default;
Band &Band::operator=(const Band &) = default;
Band::Band(Band &&) noexcept = default;
Band &Band::operator=(Band &&) noexcept = default;

qreal Band::spacing(const Edge &above, const Edge &below)
{
    if (above.table)
        return above.margin + below.margin;
    return below.table ? below.margin : std::max(above.margin, below.margin);
}

qreal Band::cut(qreal from, qreal limit) const
{
    const auto above = std::upper_bound(m_cuts.cbegin(), m_cuts.cend(), limit);
    return above == m_cuts.cbegin() || *std::prev(above) <= from ? from : *std::prev(above);
}

void Band::paint(QPainter &painter, const QPointF &at, qreal from, qreal to) const
{
    const bool whole = from <= 0 && to >= m_height;
    if (!whole) {
        painter.save();
        painter.setClipRect(QRectF(at.x(), at.y(), m_width, to - from));
    }
    const QPointF origin = at - QPointF(0, from);
    for (const auto &[rect, colour] : m_fills) {
        if (rect.bottom() > from && rect.top() < to)
            painter.fillRect(rect.translated(origin), colour);
    }
    for (const Text &text : m_texts) {
        const qreal top = text.at.y();
        if (top < to && top + text.layout->boundingRect().height() > from)
            text.layout->draw(&painter, origin + text.at);
    }
    if (!whole)
        painter.restore();
}

// A paragraph laid out at a width: its lines (tops and bottoms) and, to
// paint it, the layout itself.
struct Typesetter::Laid
{
    std::shared_ptr<const QTextLayout> layout;
    QList<std::pair<qreal, qreal>> lines;
    qreal height = 0;
    qreal widest = 0;
};

Typesetter::Typesetter(const QPaintDevice *device, qreal width, const QFont &font, Use use)
    : m_device(device), m_width(width), m_font(font), m_use(use)
{}

Typesetter::~Typesetter() = default;

// Two paragraphs with the same digest only share a count of uses: a
// layout is still found by the whole of what it sets.
size_t Typesetter::digest(const reporttext::Paragraph &p, qreal width)
{
    size_t h = qHashMulti(qHash(p.text, 1), width, p.indent);
    for (const QTextLayout::FormatRange &f : p.formats)
        h = qHashMulti(h, f.start, f.length);
    return h;
}

std::shared_ptr<const Typesetter::Laid> Typesetter::lay(const reporttext::Paragraph &p,
                                                        qreal width) const
{
    const size_t d = m_record || !m_uses.isEmpty() ? digest(p, width) : 0;
    if (m_record)
        m_record->push_back(d);
    Key key{p.text, p.formats, width, p.indent};
    const auto found = m_laid.constFind(key);
    std::shared_ptr<const Laid> laid = found != m_laid.constEnd() ? *found : layOut(p, width);
    if (!m_uses.isEmpty()) {
        const auto uses = m_uses.find(d);
        if (uses != m_uses.end() && --*uses > 0)
            m_laid.insert(std::move(key), laid);
        else
            m_laid.remove(key);
    } else if (found == m_laid.constEnd()) {
        // Measures are small; layouts are not.
        if (m_laid.size() >= (m_use == Use::Paint ? 256 : 16384))
            m_laid.clear();
        m_laid.insert(std::move(key), laid);
    }
    return laid;
}

std::shared_ptr<const Typesetter::Laid> Typesetter::layOut(const reporttext::Paragraph &p,
                                                           qreal width) const
{
    auto layout = std::make_shared<QTextLayout>(p.text, p.font, m_device);
    // QTextDocument's wrapping, which breaks a word only when it must.
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setFormats(p.formats);
    // Keep the shaped glyphs: without, painting shapes the text again.
    layout->setCacheEnabled(m_use == Use::Paint);
    auto laid = std::make_shared<Laid>();
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width - p.indent);
        line.setPosition(QPointF(p.indent, laid->height));
        laid->lines << std::pair(laid->height, laid->height + line.height());
        laid->height += line.height();
        laid->widest = std::max(laid->widest, line.naturalTextWidth());
    }
    layout->endLayout();
    if (m_use == Use::Paint)
        laid->layout = std::move(layout);
    return laid;
}

qreal Typesetter::px(qreal cssPixels) const
{
    return cssPixels * m_device->logicalDpiY() / 96.0;
}

qreal Typesetter::setParagraph(Band &band, Lines &lines, const reporttext::Paragraph &p, qreal x,
                               qreal y, qreal width) const
{
    const std::shared_ptr<const Laid> laid = lay(p, width);
    for (const auto &[top, bottom] : laid->lines)
        lines << std::pair(y + top, y + bottom);
    if (laid->layout)
        band.m_texts.push_back({laid->layout, QPointF(x, y)});
    return laid->height;
}

// Rows one under the other; each cell's text inside its padding, the row as
// tall as its tallest cell, a rule under it when the table has one.
qreal Typesetter::setTable(Band &band, Lines &lines, const reporttext::Table &table,
                           const QList<qreal> &columns, qreal y) const
{
    // Fills are only painted.
    const bool paint = m_use == Use::Paint;
    const QMarginsF pad(px(table.padding.left()), px(table.padding.top()),
                        px(table.padding.right()), px(table.padding.bottom()));
    const qreal top = y;
    for (const reporttext::Row &row : table.rows) {
        qreal height = 0;
        qreal x = 0;
        int column = 0;
        QList<std::pair<QRectF, QColor>> fills;
        for (const reporttext::Cell &cell : row.cells) {
            qreal width = 0;
            for (int i = 0; i < cell.columnSpan && column < columns.size(); ++i)
                width += columns.at(column++);
            const qreal text = setParagraph(band, lines, cell.text, x + pad.left(), y + pad.top(),
                                            width - pad.left() - pad.right());
            height = std::max(height, pad.top() + text + pad.bottom());
            if (paint && cell.background.isValid())
                fills << std::pair(QRectF(x, y, width, 0), cell.background);
            x += width;
        }
        for (auto &[rect, colour] : fills) {
            rect.setHeight(height);
            band.m_fills << std::pair(rect, colour);
        }
        y += height;
        if (row.ruled) {
            if (paint)
                band.m_fills << std::pair(QRectF(0, y, x, px(table.rule)), table.ruleColour);
            y += px(table.rule);
        }
    }
    return y - top;
}

// A list of facts is as wide as its text: each column as wide as its
// widest line, the last one taking no more than what is left of the page.
QList<qreal> Typesetter::factColumns(const reporttext::Table &table) const
{
    const qreal pad = px(table.padding.left() + table.padding.right());
    QList<qreal> columns;
    for (const reporttext::Row &row : table.rows) {
        for (int i = 0; i < row.cells.size(); ++i) {
            const qreal widest = lay(row.cells.at(i).text, 1e9)->widest;
            if (columns.size() <= i)
                columns << 0;
            columns[i] = std::max(columns[i], std::ceil(widest) + 1 + pad);
        }
    }
    qreal used = 0;
    for (int i = 0; i + 1 < columns.size(); ++i)
        used += columns.at(i);
    if (!columns.isEmpty())
        columns.last() = std::min(columns.last(), m_width - used);
    return columns;
}

// Where a band may be cut: below a line, unless another line runs across.
QList<qreal> Typesetter::cleanCuts(const Lines &lines)
{
    QList<qreal> cuts;
    for (const auto &[top, bottom] : lines) {
        const bool clean = std::none_of(lines.cbegin(), lines.cend(), [y = bottom](auto line) {
            return line.first < y && y < line.second;
        });
        if (clean)
            cuts << bottom;
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    return cuts;
}

Band Typesetter::block(const QString &html) const
{
    Band band;
    band.m_width = m_width;
    Lines lines;
    qreal y = 0;
    bool first = true;
    for (const reporttext::Block &block : reporttext::blocks(html, m_font)) {
        const auto *p = std::get_if<reporttext::Paragraph>(&block);
        const auto *t = std::get_if<reporttext::Table>(&block);
        const Band::Edge top{p ? px(p->topMargin) : 0, t != nullptr};
        if (first)
            band.m_top = top;
        else
            y += Band::spacing(band.m_bottom, top);
        first = false;
        y += p ? setParagraph(band, lines, *p, 0, y, m_width)
               : setTable(band, lines, *t, factColumns(*t), y);
        band.m_bottom = {px(p ? p->bottomMargin : t->bottomMargin), t != nullptr};
    }
    band.m_height = y;
    band.m_cuts = cleanCuts(lines);
    return band;
}

Band Typesetter::gridRow(const reporthtml::Table &table, const reporttext::Table &grid) const
{
    const QList<int> &widths = table.widths();
    const int count = int(table.headers().size());
    QList<qreal> columns;
    for (int i = 0; i < count; ++i)
        columns << m_width * (i < widths.size() ? widths.at(i) : 100.0 / count) / 100.0;
    Band band;
    band.m_width = m_width;
    Lines lines;
    band.m_height = setTable(band, lines, grid, columns, 0);
    band.m_cuts = cleanCuts(lines);
    band.m_top.table = true;
    band.m_bottom.table = true;
    return band;
}

Band Typesetter::header(const reporthtml::Table &table) const
{
    reporttext::Table grid = reporttext::grid();
    grid.rows << reporttext::header(table.headers(), m_font);
    return gridRow(table, grid);
}

Band Typesetter::row(const reporthtml::Table &table, int row) const
{
    reporttext::Table grid = reporttext::grid();
    grid.rows << reporttext::row(table.rowHtml(row), m_font);
    Band band = gridRow(table, grid);
    if (row + 1 == table.rowCount())
        band.m_bottom.margin = px(grid.bottomMargin);
    return band;
}

Band Typesetter::band(const ReportDocument &report, int piece, int row) const
{
    const ReportDocument::Piece &p = report.pieces().at(piece);
    if (!p.isTable)
        return block(p.html);
    if (p.table.rowCount() == 0)
        return block(p.table.html());
    return row < 0 ? header(p.table) : this->row(p.table, row);
}

} // namespace rapport::ui
