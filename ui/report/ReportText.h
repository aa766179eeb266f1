#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QMarginsF>
#include <QString>
#include <QTextLayout>

#include <variant>

// The report's HTML (the subset ReportHtml writes) read into paragraphs and
// tables, styled as the report's style sheet asks and as QTextDocument
// renders it, so that a page can be set with QTextLayout alone: laying out
// rich text through QTextDocument costs about ten times as much.
namespace rapport::ui::reporttext {

// One paragraph, set as one QTextLayout: a <br> is a line separator and
// every run carries its font and colour.
struct Paragraph
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
    QFont font;             // the paragraph's own, for its empty line
    qreal topMargin = 0;    // CSS pixels
    qreal bottomMargin = 0; // CSS pixels
    qreal indent = 0;       // device pixels: QTextDocument does not scale it
};

struct Cell
{
    Paragraph text;
    int columnSpan = 1;
    QColor background; // invalid: none
};

struct Row
{
    QList<Cell> cells;
    bool ruled = false; // a grid's body row, with a rule under it
};

// A grid (a header row, then rows with a rule under each) or a list of
// facts (two columns as wide as their text).
struct Table
{
    bool grid = true;
    QMarginsF padding; // around each cell's text, CSS pixels
    qreal rule = 0;    // the rule under a body row, CSS pixels
    QColor ruleColour;
    qreal bottomMargin = 0; // CSS pixels
    QList<Row> rows;
};

using Block = std::variant<Paragraph, Table>;

// The colour of most of the report's text.
QColor ink();

// The paragraphs and tables of a piece of HTML; base is the report's font.
QList<Block> blocks(const QString &html, const QFont &base);
// A grid's geometry, its header row and one of its body rows (<tr>…</tr>).
Table grid();
Row header(const QStringList &headers, const QFont &base);
Row row(const QString &html, const QFont &base);

} // namespace rapport::ui::reporttext
