#include "report/PagePlan.h"
#include "report/ReportBand.h"
#include "report/ReportDocument.h"
#include "report/ReportHtml.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>

#include <gtest/gtest.h>

#include <cmath>

using rapport::ui::Band;
using rapport::ui::PagePlan;
using rapport::ui::ReportDocument;
using rapport::ui::Typesetter;
namespace reporthtml = rapport::ui::reporthtml;

namespace {

struct Placed
{
    int page;
    qreal y;
    qreal from;
    qreal to;
    qreal height; // the whole band's
    Band::Edge top;
    Band::Edge bottom;
    bool operator==(const Placed &other) const
    {
        return page == other.page && y == other.y && from == other.from && to == other.to &&
               height == other.height;
    }
};

} // namespace

// Where PagePlan puts each band of a report on pages as tall as a PDF's
// body at 300 dpi.
class PagePlanTest : public ::testing::Test
{
protected:
    PagePlanTest() : m_writer(&m_buffer) { m_writer.setResolution(300); }

    QList<Placed> place(const ReportDocument &doc, int *pages = nullptr)
    {
        QFont font = QGuiApplication::font();
        font.setPointSizeF(9.5);
        const Typesetter typesetter(&m_writer, kWidth, font);
        const PagePlan plan(doc, typesetter, kHeight);
        QList<Placed> placed;
        const int count = plan.run(
            [&](const Band &band, int page, qreal y, qreal from, qreal to) {
                placed << Placed{page, y, from, to, band.height(), band.top(), band.bottom()};
            },
            [](int) { return true; });
        if (pages)
            *pages = count;
        return placed;
    }

    static QString paragraph(int i)
    {
        return reporthtml::paragraph(
            QStringLiteral("Paragraph %1: a finding with the message it is about, long enough "
                           "to run over a second line of the page and a little further.")
                .arg(i));
    }

    static constexpr qreal kWidth = 2000;
    static constexpr qreal kHeight = 2700;

private:
    QBuffer m_buffer;
    QPdfWriter m_writer;
};

// However many paragraphs come first, the heading is never left at the foot
// of a page, and goes over only when its table's first row would not fit.
TEST_F(PagePlanTest, AHeadingGoesOverToThePageOfWhatItHeads)
{
    bool wentOver = false;
    for (int n = 1; n <= 40; ++n) {
        ReportDocument doc;
        for (int i = 0; i < n; ++i)
            doc.addBlock(paragraph(i));
        doc.addBlock(reporthtml::heading(2, QStringLiteral("Log")), true);
        reporthtml::Table table({QStringLiteral("Date"), QStringLiteral("Subject")}, {30, 70});
        for (int i = 0; i < 3; ++i)
            table.addRow({QStringLiteral("Day %1").arg(i), QStringLiteral("Entry %1").arg(i)});
        doc.addTable(table);
        const QList<Placed> placed = place(doc);
        ASSERT_GE(placed.size(), n + 5) << "a header again if the table goes over";
        const Placed &before = placed.at(n - 1), &heading = placed.at(n),
                     &header = placed.at(n + 1), &first = placed.at(n + 2);
        EXPECT_EQ(heading.page, header.page) << n << " paragraphs";
        EXPECT_EQ(heading.page, first.page) << n << " paragraphs";
        if (heading.page > before.page) {
            wentOver = true;
            EXPECT_GT(before.y + before.height + Band::spacing(before.bottom, heading.top) +
                          heading.height + Band::spacing(heading.bottom, header.top) +
                          header.height + first.height,
                      kHeight)
                << n << " paragraphs: the heading went over with room to spare";
        }
    }
    EXPECT_TRUE(wentOver) << "some count of paragraphs fills a page up to the heading";
}

TEST_F(PagePlanTest, EachPageOfATableBeginsWithItsHeader)
{
    ReportDocument doc;
    doc.addBlock(paragraph(0));
    reporthtml::Table table({QStringLiteral("Date"), QStringLiteral("Subject")}, {30, 70});
    for (int i = 0; i < 150; ++i)
        table.addRow({QStringLiteral("Day %1<br><span class=\"small\">10:00</span>").arg(i),
                      QStringLiteral("Entry %1").arg(i)});
    doc.addTable(table);
    int pages = 0;
    const QList<Placed> placed = place(doc, &pages);

    ASSERT_GT(pages, 3);
    EXPECT_EQ(placed.last().page + 1, pages);
    for (const Placed &p : placed) {
        EXPECT_EQ(p.from, 0) << "no band is cut";
        EXPECT_LE(p.y + p.height, kHeight) << "nor runs off its page";
    }
    const Placed &header = placed.at(1);
    int rows = 1;
    for (int i = 3; i < placed.size(); ++i) {
        if (placed.at(i).page == placed.at(i - 1).page) {
            ++rows;
            continue;
        }
        // A new page: the header first, then the row that did not fit.
        const Placed &last = placed.at(i - 1);
        EXPECT_EQ(placed.at(i).height, header.height) << "placement " << i;
        EXPECT_EQ(placed.at(i).y, 0);
        ASSERT_LT(i + 1, placed.size());
        EXPECT_GT(last.y + last.height + placed.at(i + 1).height, kHeight)
            << "a page ends only when the next row does not fit";
    }
    EXPECT_EQ(rows, 150);
}

TEST_F(PagePlanTest, ABandTallerThanAPageIsCutBetweenItsLines)
{
    ReportDocument doc;
    doc.addBlock(paragraph(0));
    QString lines;
    for (int i = 0; i < 300; ++i)
        lines += QStringLiteral("Line %1<br>").arg(i);
    doc.addBlock(reporthtml::paragraph(lines));
    doc.addBlock(paragraph(1));
    const QList<Placed> placed = place(doc);

    QList<Placed> cuts;
    for (const Placed &p : placed) {
        if (p.height > kHeight)
            cuts << p;
    }
    ASSERT_GE(cuts.size(), 3);
    const qreal line = cuts.first().height / 301; // and the empty one after the last <br>
    qreal at = 0;
    for (int i = 0; i < cuts.size(); ++i) {
        const Placed &c = cuts.at(i);
        EXPECT_EQ(c.from, at) << "each part goes on where the last stopped";
        EXPECT_LE(c.y + c.to - c.from, kHeight);
        EXPECT_NEAR(std::remainder(c.to, line), 0, 0.01) << "cut between lines";
        if (i > 0) {
            EXPECT_EQ(c.page, cuts.at(i - 1).page + 1);
            EXPECT_EQ(c.y, 0);
        }
        at = c.to;
    }
    EXPECT_EQ(at, cuts.first().height);
    EXPECT_EQ(placed.last().page, cuts.last().page) << "what follows goes on below the last part";
}

TEST_F(PagePlanTest, APieceThatAsksForANewPageGetsOne)
{
    ReportDocument doc;
    doc.addBlock(paragraph(0));
    doc.newPage();
    doc.addBlock(paragraph(1));
    doc.addBlock(paragraph(2));
    int pages = 0;
    const QList<Placed> placed = place(doc, &pages);
    ASSERT_EQ(placed.size(), 3);
    EXPECT_EQ(pages, 2);
    EXPECT_EQ(placed.at(0).page, 0);
    EXPECT_EQ(placed.at(1).page, 1);
    EXPECT_EQ(placed.at(1).y, 0);
    EXPECT_EQ(placed.at(2).page, 1);
}

TEST_F(PagePlanTest, TheSameReportGivesTheSamePagesAndCanBeStopped)
{
    ReportDocument doc;
    for (int i = 0; i < 80; ++i)
        doc.addBlock(paragraph(i), i % 10 == 0);
    EXPECT_EQ(place(doc), place(doc));

    QFont font = QGuiApplication::font();
    QBuffer buffer;
    QPdfWriter writer(&buffer);
    const Typesetter typesetter(&writer, kWidth, font);
    const PagePlan plan(doc, typesetter, kHeight);
    int ticks = 0;
    EXPECT_EQ(plan.run({},
                       [&](int done) {
                           ticks = done;
                           return done < 30;
                       }),
              0);
    EXPECT_EQ(ticks, 30);
}
