#include "PdfPages.h"

#include "BandMeasures.h"
#include "PagePlan.h"
#include "ReportBand.h"
#include "ReportDocument.h"
#include "ReportText.h"

#include "io/BackupFiles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QThread>

namespace rapport::ui {
namespace {

// lupdate files tr() here under the enclosing name.
QString tr(const char *text)
{
    return QCoreApplication::translate("rapport::ui::PdfPages", text);
}

QPageSize paperForLocale()
{
    return QLocale().measurementSystem() == QLocale::MetricSystem ? QPageSize(QPageSize::A4)
                                                                  : QPageSize(QPageSize::Letter);
}

QFont sized(QFont font, qreal pointSize)
{
    font.setPointSizeF(pointSize);
    return font;
}

void setUp(QPdfWriter &writer)
{
    writer.setPageLayout(QPageLayout(paperForLocale(), QPageLayout::Portrait,
                                     QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter));
    writer.setResolution(300);
}

// The page: a header with the applicant's name in bold at the left, the
// report in the middle and the date at the right over a hairline; the page
// number centred at the foot; the body between them.
class Sheet final
{
public:
    Sheet(QPdfWriter &writer, const PageDecoration &decoration)
        : m_decoration(decoration), m_dotsPerPoint(writer.resolution() / 72.0),
          m_page(QPointF(0, 0), writer.pageLayout().paintRectPixels(writer.resolution()).size())
    {
        const qreal line = QFontMetricsF(sized(decoration.font, 8), &writer).height();
        m_headerHeight = line * 1.6;
        const qreal gap = line * 1.4;
        m_footerTop = m_page.bottom() - line * 1.2;
        m_body = QRectF(m_page.left(), m_headerHeight + gap, m_page.width(),
                        m_footerTop - gap - m_headerHeight - gap);
    }

    const QRectF &body() const { return m_body; }
    BandSetting setting(const QPdfWriter &writer) const
    {
        return {m_body.width(), sized(m_decoration.font, 9.5), writer.resolution()};
    }

    void decorate(QPainter &painter, int number, int count) const
    {
        painter.save();
        const QColor ink(0x56, 0x60, 0x6b);
        const QFont font = sized(m_decoration.font, 8);
        QFont bold = font;
        bold.setWeight(QFont::DemiBold);
        const QRectF header(m_page.left(), m_page.top(), m_page.width(), m_headerHeight);
        painter.setPen(QColor(0x1f, 0x3a, 0x5f));
        painter.setFont(bold);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_decoration.headerLeft);
        painter.setPen(ink);
        painter.setFont(font);
        painter.drawText(header, Qt::AlignHCenter | Qt::AlignVCenter, m_decoration.headerMid);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, m_decoration.headerRight);
        painter.setPen(QPen(QColor(0xc5, 0xcc, 0xd4), 0.6 * m_dotsPerPoint));
        painter.drawLine(header.bottomLeft(), header.bottomRight());

        const QRectF footer(m_page.left(), m_footerTop, m_page.width(),
                            m_page.bottom() - m_footerTop);
        painter.setPen(ink);
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom,
                         QCoreApplication::translate("rapport::ui::PdfPages", "Page %1 of %2")
                             .arg(number)
                             .arg(count));
        painter.restore();
    }

private:
    const PageDecoration &m_decoration;
    qreal m_dotsPerPoint;
    QRectF m_page;
    qreal m_headerHeight = 0;
    qreal m_footerTop = 0;
    QRectF m_body;
};

} // namespace

PdfPages::PdfPages(ReportDocument report, PageDecoration decoration)
    : m_report(std::move(report)), m_decoration(std::move(decoration))
{}

core::Result<int> PdfPages::write(const QString &path, const PdfProgress &progress,
                                  const BandMeasures *measured) const
{
    const ReportDocument &report = m_report;
    const PageDecoration &decoration = m_decoration;
    // Written beside the target, owner-only, and renamed over it once complete.
    auto target = core::outputTarget(path);
    if (!target)
        return target.error();
    auto partial = core::PartialFile::create(*target);
    if (!partial)
        return partial.error();
    QFile file((*partial)->path());
    if (!file.open(QIODevice::WriteOnly))
        return core::fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    const auto tell = [&progress](PdfStage stage, int done, int total) {
        return !progress || progress(stage, done, total);
    };
    // The file being written is dropped with the PartialFile.
    const auto stopped = [&path] {
        return core::fail(tr("%1 was not written: stopped before it was complete").arg(path));
    };

    QPdfWriter writer(&file);
    setUp(writer);
    writer.setTitle(decoration.title);
    writer.setCreator(QStringLiteral("Rapport"));
    const Sheet sheet(writer, decoration);
    const QRectF body = sheet.body();
    const BandSetting setting = sheet.setting(writer);

    // The first run counts the pages from the bands measured, the second
    // sets them again to paint them.
    int count = 0;
    Typesetter typesetter(&writer, body.width(), setting.font);
    {
        const auto bands = BandMeasures::measure(
            report, setting, QThread::idealThreadCount(),
            [&](int done, int total) { return tell(PdfStage::LayingOut, done, total); }, measured);
        if (!bands)
            return stopped();
        const PagePlan counting(
            report, [&bands](int piece, int row) { return bands->band(piece, row); },
            body.height());
        count = counting.run({}, [](int) { return true; });
        typesetter.expectParagraphs(bands->paragraphUses());
    }
    const PagePlan plan(report, typesetter, body.height());

    QPainter painter;
    if (!painter.begin(&writer))
        return core::fail(tr("%1 cannot be written: the PDF could not be started").arg(path));
    // Each run of text sets the painter's pen to its colour and back: from
    // the pen most text is in, most runs change nothing in the PDF.
    painter.setPen(QPen(reporttext::ink(), 0));
    int begun = 0; // pages begun
    bool stop = false;
    const auto beginPage = [&] {
        if (begun > 0) {
            writer.newPage();
            stop = stop || !tell(PdfStage::Writing, begun, count);
        }
        sheet.decorate(painter, ++begun, count);
    };
    const auto place = [&](const Band &band, int page, qreal y, qreal from, qreal to) {
        while (begun <= page)
            beginPage();
        band.paint(painter, body.topLeft() + QPointF(0, y), from, to);
    };
    const bool painted = plan.run(place, [&stop](int) { return !stop; }) > 0;
    while (painted && begun < count)
        beginPage();
    if (!painted || !tell(PdfStage::Writing, count, count)) {
        painter.end();
        return stopped();
    }
    if (!painter.end())
        return core::fail(tr("%1 cannot be written: the PDF could not be finished").arg(path));
    if (!file.flush())
        return core::fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    file.close();
    if (auto s = (*partial)->commit(*target, core::PartialFile::Existing::Replace); !s)
        return s.error();
    return count;
}

BandMeasures PdfPages::measure() const
{
    QBuffer buffer;
    QPdfWriter writer(&buffer);
    setUp(writer);
    const Sheet sheet(writer, m_decoration);
    return *BandMeasures::measure(m_report, sheet.setting(writer), 1);
}

} // namespace rapport::ui
