#include "report/ReportText.h"
#include "report/ReportHtml.h"

#include <QGuiApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <gtest/gtest.h>

namespace reporthtml = rapport::ui::reporthtml;
namespace reporttext = rapport::ui::reporttext;

// The PDF is set from the report's HTML without QTextDocument; these check
// that it reads the HTML as QTextDocument renders it with the report's
// style sheet: the same text, and each character in the same font and
// colour, each paragraph with the same margins, each cell with the same
// padding, background and rule.
namespace {

const QColor kInk(0x1d, 0x23, 0x29); // what unstyled text is painted in

QFont base()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(9.5);
    return font;
}

class Rendered
{
public:
    explicit Rendered(const QString &html)
    {
        m_doc.setDefaultFont(base());
        m_doc.setDefaultStyleSheet(reporthtml::styleSheet());
        m_doc.setHtml(html);
    }
    QTextDocument &doc() { return m_doc; }
    QTextTable *table()
    {
        for (QTextFrame *frame : m_doc.rootFrame()->childFrames()) {
            if (auto *t = qobject_cast<QTextTable *>(frame))
                return t;
        }
        return nullptr;
    }

private:
    QTextDocument m_doc;
};

struct Look
{
    qreal size;
    int weight;
    bool italic;
    QColor colour;
    bool operator==(const Look &) const = default;
};

std::ostream &operator<<(std::ostream &os, const Look &l)
{
    return os << l.size << "pt w" << l.weight << (l.italic ? " italic " : " ")
              << l.colour.name().toStdString();
}

Look look(const QTextCharFormat &f)
{
    const QColor colour =
        f.hasProperty(QTextFormat::ForegroundBrush) ? f.foreground().color() : kInk;
    return {f.font().pointSizeF(), f.font().weight(), f.font().italic(), colour};
}

Look lookAt(const reporttext::Paragraph &p, int position)
{
    for (const auto &range : p.formats) {
        if (range.start <= position && position < range.start + range.length)
            return look(range.format);
    }
    return {};
}

// Same text, and each character looking the same (the first that does
// not is reported).
void expectSameText(const QTextBlock &block, const reporttext::Paragraph &p, const char *what)
{
    EXPECT_EQ(p.text.trimmed(), block.text().trimmed()) << what;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        for (int i = 0; i < fragment.length(); ++i) {
            const int at = fragment.position() - block.position() + i;
            if (at < p.text.size() && lookAt(p, at) != look(fragment.charFormat())) {
                ADD_FAILURE() << what << ": \"" << p.text.mid(at, 12).toStdString() << "\" at "
                              << at << " is " << lookAt(p, at) << ", not "
                              << look(fragment.charFormat());
                return;
            }
        }
    }
}

} // namespace

TEST(ReportTextTest, ParagraphsAreReadAsQTextDocumentRendersThem)
{
    const char *cases[] = {
        "<h1>Season report: 2027 Match</h1>",
        "<h2>Summary</h2>",
        "<h3>Applied · 10</h3>",
        "<p>Not sent yet. Tell one program only</p>",
        "<p class=\"subtitle\">Amira Haddad, MD · Cairo University</p>",
        "<p class=\"note\">★ a preference signal was sent.</p>",
        "<p class=\"guidance\">Thank-you notes belong within 24–72 hours.</p>",
        "<p class=\"finding\"><b><span style=\"color: #d6332f\">Violation</span></b> &nbsp;Too "
        "many &amp; too soon <span class=\"small\">— “Thank you”, 11 Nov 2026</span></p>",
        "<p>Lakeside <span class=\"accent\">★</span> — <i>no   second\nlook</i><br>next "
        "line</p>",
    };
    for (const char *html : cases) {
        const QList<reporttext::Block> blocks = reporttext::blocks(QString::fromUtf8(html), base());
        ASSERT_EQ(blocks.size(), 1) << html;
        const auto *p = std::get_if<reporttext::Paragraph>(&blocks.first());
        ASSERT_NE(p, nullptr) << html;
        Rendered rendered(QString::fromUtf8(html));
        const QTextBlock block = rendered.doc().begin();
        expectSameText(block, *p, html);
        const QTextBlockFormat format = block.blockFormat();
        EXPECT_EQ(p->topMargin, format.topMargin()) << html;
        EXPECT_EQ(p->bottomMargin, format.bottomMargin()) << html;
        EXPECT_EQ(p->indent, format.leftMargin()) << html;
    }
}

TEST(ReportTextTest, GridRowsAreReadAsQTextDocumentRendersThem)
{
    reporthtml::Table table({QStringLiteral("Date"), QStringLiteral("Subject")}, {30, 70});
    table.addRow({QStringLiteral("3 Oct 2026<br><span class=\"small\">14:08</span>"),
                  QStringLiteral("Interview invitation<br><b><span style=\"color: "
                                 "#e08e0b\">Warning</span></b>")});
    table.addRow({QStringLiteral("4 Oct 2026"), QStringLiteral("A draft")},
                 QStringLiteral("draft"));
    table.addRow({QStringLiteral("5 Oct 2026"), QStringLiteral("Interview")},
                 QStringLiteral("milestone"));
    table.addRow({QStringLiteral("6 Oct 2026"), QStringLiteral("One too many")},
                 QStringLiteral("over"));
    table.addSpanningRow(QStringLiteral("Across"));

    Rendered rendered(table.html());
    QTextTable *t = rendered.table();
    ASSERT_NE(t, nullptr);
    ASSERT_EQ(t->rows(), table.rowCount() + 1);
    const reporttext::Table grid = reporttext::grid();
    for (int r = 0; r < t->rows(); ++r) {
        const reporttext::Row row = r == 0 ? reporttext::header(table.headers(), base())
                                           : reporttext::row(table.rowHtml(r - 1), base());
        EXPECT_EQ(row.ruled, r > 0) << "row " << r;
        int column = 0;
        for (const reporttext::Cell &cell : row.cells) {
            const QTextTableCell shown = t->cellAt(r, column);
            ASSERT_TRUE(shown.isValid());
            EXPECT_EQ(cell.columnSpan, shown.columnSpan());
            const std::string what =
                "row " + std::to_string(r) + " column " + std::to_string(column);
            expectSameText(shown.firstCursorPosition().block(), cell.text, what.c_str());
            const QTextTableCellFormat format = shown.format().toTableCellFormat();
            EXPECT_EQ(cell.background.isValid(), format.hasProperty(QTextFormat::BackgroundBrush))
                << what;
            if (cell.background.isValid()) {
                EXPECT_EQ(cell.background, format.background().color()) << what;
            }
            EXPECT_EQ(grid.padding, QMarginsF(format.leftPadding(), format.topPadding(),
                                              format.rightPadding(), format.bottomPadding()))
                << what;
            EXPECT_EQ(row.ruled ? grid.rule : 0, format.bottomBorder()) << what;
            if (row.ruled) {
                EXPECT_EQ(grid.ruleColour, format.bottomBorderBrush().color()) << what;
            }
            column += cell.columnSpan;
        }
        EXPECT_EQ(column, t->columns()) << "row " << r;
    }
    EXPECT_EQ(grid.bottomMargin, t->format().bottomMargin());
}

TEST(ReportTextTest, FactsAreReadAsQTextDocumentRendersThem)
{
    reporthtml::FactList facts;
    facts.add(QStringLiteral("As of"), QStringLiteral("6 December 2026"));
    facts.add(QStringLiteral("Open findings"),
              QStringLiteral("<span style=\"color: #d6332f\">2 violations</span>, none"));
    const QString html =
        reporthtml::heading(1, QStringLiteral("Lakeside")) +
        reporthtml::paragraph(QStringLiteral("Chicago"), QStringLiteral("subtitle")) + facts.html();
    const QList<reporttext::Block> blocks = reporttext::blocks(html, base());
    ASSERT_EQ(blocks.size(), 3);
    const auto *list = std::get_if<reporttext::Table>(&blocks.at(2));
    ASSERT_NE(list, nullptr);
    EXPECT_FALSE(list->grid);
    Rendered rendered(html);
    QTextTable *t = rendered.table();
    ASSERT_NE(t, nullptr);
    ASSERT_EQ(list->rows.size(), t->rows());
    for (int r = 0; r < t->rows(); ++r) {
        ASSERT_EQ(list->rows.at(r).cells.size(), t->columns());
        EXPECT_FALSE(list->rows.at(r).ruled);
        for (int c = 0; c < t->columns(); ++c) {
            const QTextTableCell cell = t->cellAt(r, c);
            const std::string what = "fact " + std::to_string(r) + "." + std::to_string(c);
            expectSameText(cell.firstCursorPosition().block(), list->rows.at(r).cells.at(c).text,
                           what.c_str());
            const QTextTableCellFormat format = cell.format().toTableCellFormat();
            EXPECT_EQ(list->padding, QMarginsF(format.leftPadding(), format.topPadding(),
                                               format.rightPadding(), format.bottomPadding()))
                << what;
        }
    }
}
