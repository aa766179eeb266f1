#include "WeeklyChart.h"

#include "DateTimeText.h"
#include "Labels.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QSet>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace rapport::ui {
namespace {

QColor incomingColor()
{
    return QColor(0x26, 0xa6, 0x9a);
}

QColor matchDayColor()
{
    return QColor(0x2e, 0x7d, 0x32);
}

} // namespace

WeeklyChart::WeeklyChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("weeklyChart"));
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(240);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setBackgroundVisible(false);
    chart()->setMargins(QMargins(0, 0, 0, 0));
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setStyleSheet(QStringLiteral("background: transparent"));
}

int WeeklyChart::outgoingTotal() const
{
    return m_outgoing ? static_cast<int>(m_outgoing->sum()) : 0;
}

int WeeklyChart::incomingTotal() const
{
    return m_incoming ? static_cast<int>(m_incoming->sum()) : 0;
}

void WeeklyChart::setWeeks(const QList<DashboardSummary::WeekCount> &weeks, const Marks &marks)
{
    // Most saves leave the weekly counts alone; a new chart is a frame's work.
    if (m_built && weeks == m_weeks && marks == m_marks)
        return;
    m_built = true;
    m_weeks = weeks;
    m_marks = marks;
    QChart *c = chart();
    c->removeAllSeries();
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    m_outgoing = m_incoming = nullptr;
    if (weeks.isEmpty())
        return;

    m_outgoing = new QBarSet(tr("Outgoing"));
    m_incoming = new QBarSet(tr("Incoming"));
    int most = 0;
    for (const auto &w : weeks) {
        *m_outgoing << w.outgoing;
        *m_incoming << w.incoming;
        most = std::max(most, w.outgoing + w.incoming);
    }
    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(0.72);
    bars->append(m_outgoing);
    bars->append(m_incoming);
    c->addSeries(bars);

    // Months as labelled ranges of the week axis: bar i covers i-0.5..i+0.5.
    const QDate start = weeks.first().weekStart;
    const double end = weeks.size() - 0.5;
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    x->setRange(-0.5, end);
    x->setStartValue(-0.5);
    x->setGridLineVisible(false);
    QSet<QString> used;
    QDate month(start.year(), start.month(), 1);
    const QDate last = weeks.last().weekStart.addDays(6);
    while (month <= last) {
        const QDate next = month.addMonths(1);
        const double to = std::min(end, start.daysTo(next) / 7.0 - 0.5);
        QString label = QLocale().toString(month, QStringLiteral("MMM"));
        if (used.contains(label))
            label = QLocale().toString(month, QStringLiteral("MMM yy"));
        used.insert(label);
        if (to > -0.5)
            x->append(label, to);
        month = next;
    }
    auto *y = new QValueAxis;
    y->setRange(0, std::max(4, most));
    y->applyNiceNumbers();
    m_top = y->max();
    y->setLabelFormat(QStringLiteral("%d"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);

    addMark(marks.today, tr("Today"), palette().color(QPalette::Text), Qt::DotLine);
    const QString estimated = marks.datesEstimated ? tr(" (estimated)") : QString();
    addMark(marks.rankListDeadline, tr("Rank-list deadline") + estimated,
            labels::severityColor(core::Severity::Warning), Qt::DashLine);
    addMark(marks.matchDay, tr("Match Day") + estimated, matchDayColor(), Qt::DashLine);
    applyPalette();
    setAccessibleDescription(
        tr("%1 outgoing and %2 incoming messages from %3 to %4")
            .arg(outgoingTotal())
            .arg(incomingTotal())
            .arg(DateTimeText::forDates().date(start, DateTimeText::Context::Cell),
                 DateTimeText::forDates().date(last, DateTimeText::Context::Cell)));
}

void WeeklyChart::addMark(const QDate &date, const QString &name, const QColor &color,
                          Qt::PenStyle style)
{
    if (!date.isValid() || m_weeks.isEmpty())
        return;
    const QDate start = m_weeks.first().weekStart;
    const double pos = start.daysTo(date) / 7.0 - 0.5 + 1.0 / 14;
    if (pos < -0.5 || pos > m_weeks.size() - 0.5)
        return;
    auto *line = new QLineSeries;
    line->setName(name);
    QPen pen(color, 1.6, style);
    line->setPen(pen);
    line->append(pos, 0);
    line->append(pos, m_top);
    chart()->addSeries(line);
    const auto axes = chart()->axes();
    for (QAbstractAxis *axis : axes)
        line->attachAxis(axis);
}

void WeeklyChart::applyPalette()
{
    const QPalette pal = palette();
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.10f);
    QColor label = pal.color(QPalette::Text);
    label.setAlphaF(0.70f);
    if (m_outgoing) {
        m_outgoing->setColor(pal.color(QPalette::Highlight));
        m_outgoing->setBorderColor(pal.color(QPalette::Highlight));
        m_incoming->setColor(incomingColor());
        m_incoming->setBorderColor(incomingColor());
    }
    const auto axes = chart()->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(label);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        axis->setLabelsFont(f);
    }
    chart()->legend()->setLabelColor(pal.color(QPalette::Text));
    chart()->legend()->setFont(font());
}

void WeeklyChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
    QChartView::changeEvent(event);
}

} // namespace rapport::ui
