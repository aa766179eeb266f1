#include "report/BandMeasures.h"
#include "report/PagePlan.h"
#include "report/ReportBand.h"
#include "report/ReportDocument.h"
#include "report/ReportHtml.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>

#include <gtest/gtest.h>

using rapport::ui::Band;
using rapport::ui::BandMeasures;
using rapport::ui::BandSetting;
using rapport::ui::PagePlan;
using rapport::ui::ReportDocument;
using rapport::ui::Typesetter;
namespace reporthtml = rapport::ui::reporthtml;

namespace {

constexpr qreal kWidth = 2000;
constexpr qreal kHeight = 2700;

// Rows of one to four lines, in two sizes, some of them repeated.
QString subject(int i)
{
    QString text = QStringLiteral("Entry %1: thank you for the interview day").arg(i % 97);
    for (int line = 0; line < i % 4; ++line)
        text += QStringLiteral("<br><span class=\"small\">and a further line %1, long enough to "
                               "wrap in a narrow column of the table</span>")
                    .arg(line);
    return text;
}

ReportDocument report(int rows, const QString &changed = {})
{
    ReportDocument doc;
    doc.addBlock(reporthtml::heading(1, QStringLiteral("Season report")));
    for (int i = 0; i < 6; ++i)
        doc.addBlock(reporthtml::paragraph(
            QStringLiteral("Paragraph %1: a finding with the message it is about, long enough "
                           "to run over a second line of the page and a little further.")
                .arg(i)));
    doc.newPage();
    doc.addBlock(reporthtml::heading(2, QStringLiteral("Log")), true);
    reporthtml::Table table({QStringLiteral("Date"), QStringLiteral("Subject")}, {25, 75});
    for (int i = 0; i < rows; ++i)
        table.addRow({QStringLiteral("Day %1").arg(i % 30),
                      i == rows / 2 && !changed.isEmpty() ? changed : subject(i)},
                     i % 7 == 0 ? QStringLiteral("draft") : QString());
    doc.addTable(table);
    return doc;
}

struct Placed
{
    int page;
    qreal y;
    qreal from;
    qreal to;
    bool operator==(const Placed &) const = default;
};

} // namespace

class BandMeasuresTest : public ::testing::Test
{
protected:
    BandMeasuresTest() : m_writer(&m_buffer)
    {
        m_writer.setResolution(300);
        m_font.setPointSizeF(9.5);
    }

    BandSetting setting(qreal width = kWidth) const { return {width, m_font, 300}; }

    QList<Placed> place(const PagePlan &plan)
    {
        QList<Placed> placed;
        plan.run(
            [&](const Band &, int page, qreal y, qreal from, qreal to) {
                placed << Placed{page, y, from, to};
            },
            [](int) { return true; });
        return placed;
    }

    QFont m_font = QGuiApplication::font();
    QBuffer m_buffer;
    QPdfWriter m_writer;
};

// However the bands are shared among threads, each is what one typesetter
// sets, and the pages come out the same.
TEST_F(BandMeasuresTest, MeasuredOnSeveralThreadsAsOneTypesetterSetsThem)
{
    // Enough rows for two threads: fewer are not worth a thread's fonts.
    const ReportDocument doc = report(2100);
    const Typesetter typesetter(&m_writer, kWidth, m_font, Typesetter::Use::Measure);
    for (const int threads : {1, 2}) {
        const auto measured = BandMeasures::measure(doc, setting(), threads);
        ASSERT_TRUE(measured);
        EXPECT_EQ(measured->size(), 1 + 6 + 1 + 1 + 2100);
        EXPECT_EQ(measured->reused(), 0);
        for (int piece = 0; piece < doc.pieces().size(); ++piece) {
            const int rows = doc.pieces().at(piece).table.rowCount();
            for (int row = -1; row < rows; ++row) {
                const Band expected = typesetter.band(doc, piece, row);
                const Band &band = measured->band(piece, row);
                ASSERT_EQ(band.height(), expected.height()) << piece << ", " << row;
                EXPECT_EQ(band.top().margin, expected.top().margin);
                EXPECT_EQ(band.bottom().margin, expected.bottom().margin);
                EXPECT_EQ(band.bottom().table, expected.bottom().table);
                for (qreal limit = 0; limit <= band.height(); limit += 7)
                    EXPECT_EQ(band.cut(0, limit), expected.cut(0, limit)) << piece << ", " << row;
            }
        }
        const PagePlan counted(
            doc, [&](int piece, int row) { return measured->band(piece, row); }, kHeight);
        const QList<Placed> placed = place(counted);
        EXPECT_GT(placed.last().page, 30);
        EXPECT_EQ(placed, place(PagePlan(doc, typesetter, kHeight))) << threads << " threads";
    }
}

// A band another report measured is taken over when it sets the same: the
// same row of the same table, still last or not.
TEST_F(BandMeasuresTest, TakesOverTheBandsAnotherReportMeasured)
{
    const auto before = BandMeasures::measure(report(300), setting(), 2);
    ASSERT_TRUE(before);

    const ReportDocument after = report(301, QStringLiteral("A row changed since"));
    const auto measured = BandMeasures::measure(after, setting(), 2, {}, &*before);
    ASSERT_TRUE(measured);
    // All but the changed row, the new last row and the one that no longer
    // is: its margin below now goes to the row after it.
    EXPECT_EQ(measured->reused(), measured->size() - 3);
    const auto fresh = BandMeasures::measure(after, setting(), 1);
    for (int row = -1; row < 301; ++row) {
        const int piece = int(after.pieces().size()) - 1;
        EXPECT_EQ(measured->band(piece, row).height(), fresh->band(piece, row).height()) << row;
        EXPECT_EQ(measured->band(piece, row).bottom().margin,
                  fresh->band(piece, row).bottom().margin)
            << row;
    }

    const auto narrower = BandMeasures::measure(after, setting(kWidth - 400), 2, {}, &*before);
    ASSERT_TRUE(narrower);
    EXPECT_EQ(narrower->reused(), 0) << "measured at another width";
}

TEST_F(BandMeasuresTest, StopsWhenTold)
{
    int ticks = 0;
    const auto measured =
        BandMeasures::measure(report(2000), setting(), 2, [&](int done, int total) {
            EXPECT_LT(done, total);
            return ++ticks < 3;
        });
    EXPECT_FALSE(measured);
    EXPECT_EQ(ticks, 3);
}
