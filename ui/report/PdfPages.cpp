#include "PdfPages.h"

#include "PagePlan.h"
#include "ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace rapport::ui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PdfPages", text);
}

QPageSize paperForLocale()
{
    return QLocale().measurementSystem() == QLocale::MetricSystem ? QPageSize(QPageSize::A4)
                                                                  : QPageSize(QPageSize::Letter);
}

QFont baseFont(qreal pointSize)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(pointSize);
    return font;
}

// Header: name in bold at the left, the report in the middle, the date at
// the right, a hairline under them. Footer: the page number, centred.
void decorate(QPainter &painter, const QRectF &page, qreal headerHeight, qreal footerTop,
              const PageDecoration &d, int number, int count, qreal dotsPerPoint)
{
    painter.save();
    const QColor ink(0x56, 0x60, 0x6b);
    QFont font = baseFont(8);
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    const QRectF header(page.left(), page.top(), page.width(), headerHeight);
    painter.setPen(QColor(0x1f, 0x3a, 0x5f));
    painter.setFont(bold);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, d.headerLeft);
    painter.setPen(ink);
    painter.setFont(font);
    painter.drawText(header, Qt::AlignHCenter | Qt::AlignVCenter, d.headerMid);
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, d.headerRight);
    painter.setPen(QPen(QColor(0xc5, 0xcc, 0xd4), 0.6 * dotsPerPoint));
    painter.drawLine(header.bottomLeft(), header.bottomRight());

    const QRectF footer(page.left(), footerTop, page.width(), page.bottom() - footerTop);
    painter.setPen(ink);
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom,
                     tr("Page %1 of %2").arg(number).arg(count));
    painter.restore();
}

} // namespace

core::Result<int> PdfPages::write(const ReportDocument &report, const QString &styleSheet,
                                  const PageDecoration &decoration, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));

    QPdfWriter writer(&file);
    writer.setPageLayout(QPageLayout(paperForLocale(), QPageLayout::Portrait,
                                     QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(decoration.title);
    writer.setCreator(QStringLiteral("Rapport"));

    const qreal dotsPerPoint = writer.resolution() / 72.0;
    const QRectF page(QPointF(0, 0),
                      writer.pageLayout().paintRectPixels(writer.resolution()).size());
    const qreal line = QFontMetricsF(baseFont(8), &writer).height();
    const qreal headerHeight = line * 1.6;
    const qreal gap = line * 1.4;
    const qreal footerTop = page.bottom() - line * 1.2;
    const QRectF body(page.left(), headerHeight + gap, page.width(),
                      footerTop - gap - headerHeight - gap);

    // Laid out for the PDF's resolution: the layout scales pixel lengths
    // (padding, borders) from screen to device, and fonts by their points.
    const auto prepare = [&](QTextDocument &doc) {
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDefaultFont(baseFont(9.5));
        doc.setDefaultStyleSheet(styleSheet);
        doc.setDocumentMargin(0);
    };
    const QList<ReportDocument::Break> breaks =
        PagePlan::plan(report, body.size(), [&](QTextDocument &doc) { prepare(doc); });
    QTextDocument doc;
    prepare(doc);
    doc.setHtml(report.html(breaks));
    doc.setPageSize(body.size());
    const int count = doc.pageCount();

    QPainter painter;
    if (!painter.begin(&writer))
        return core::fail(tr("%1 cannot be written: the PDF could not be started").arg(path));
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            writer.newPage();
        decorate(painter, page, headerHeight, footerTop, decoration, i + 1, count, dotsPerPoint);
        painter.save();
        const QRectF slice(0, i * body.height(), body.width(), body.height());
        painter.translate(body.left(), body.top() - slice.top());
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = slice;
        context.palette.setColor(QPalette::Text, QColor(0x1d, 0x23, 0x29));
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end())
        return core::fail(tr("%1 cannot be written: the PDF could not be finished").arg(path));
    if (!file.commit())
        return core::fail(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return count;
}

} // namespace rapport::ui
