#include "QuotaBarDelegate.h"

#include "Labels.h"
#include "models/ProgramListModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace rapport::ui {
namespace {

constexpr int kSegmentWidth = 7;
constexpr int kSegmentGap = 2;
constexpr int kSegmentHeight = 10;
constexpr int kMaxSegments = 6; // beyond this the bar is drawn as one gauge

} // namespace

QuotaBarDelegate::Level QuotaBarDelegate::level(int used, int recommended, int maximum)
{
    if (used > maximum)
        return Over;
    if (used > recommended)
        return AtMaximum;
    return Within;
}

QColor QuotaBarDelegate::color(Level level)
{
    switch (level) {
    case Within: return QColor(0x2e, 0x9d, 0x57);
    case AtMaximum: return labels::severityColor(core::Severity::Warning);
    case Over: return labels::severityColor(core::Severity::Violation);
    }
    return {};
}

void QuotaBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QVariant usedValue = index.data(ProgramListModel::QuotaUsedRole);
    if (!usedValue.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection from the style, without the text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int used = usedValue.toInt();
    const int maximum = std::max(0, index.data(ProgramListModel::QuotaMaximumRole).toInt());
    const int recommended = index.data(ProgramListModel::QuotaRecommendedRole).toInt();
    const QColor fill = color(level(used, recommended, maximum));
    const QColor empty = option.palette.color(QPalette::Mid);

    const QString text = QStringLiteral("%1/%2").arg(used).arg(maximum);
    const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("00/0"));
    const int slots = std::max(used, maximum);
    const int barWidth = slots <= kMaxSegments ? slots * (kSegmentWidth + kSegmentGap) - kSegmentGap
                                               : kMaxSegments * (kSegmentWidth + kSegmentGap);
    const int total = std::max(barWidth, 0) + 6 + textWidth;
    const QRect r = option.rect;
    int x = r.left() + std::max(4, (r.width() - total) / 2);
    const int y = r.top() + (r.height() - kSegmentHeight) / 2;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    if (slots <= kMaxSegments) {
        for (int i = 0; i < slots; ++i) {
            painter->setBrush(i < used ? fill : empty);
            painter->drawRoundedRect(
                QRectF(x + i * (kSegmentWidth + kSegmentGap), y, kSegmentWidth, kSegmentHeight), 2,
                2);
        }
    } else {
        const QRectF gauge(x, y, barWidth, kSegmentHeight);
        painter->setBrush(empty);
        painter->drawRoundedRect(gauge, 2, 2);
        painter->setBrush(fill);
        painter->drawRoundedRect(
            QRectF(x, y, barWidth * std::min(used, slots) / double(slots), kSegmentHeight), 2, 2);
    }
    x += barWidth + 6;
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(selected         ? option.palette.color(QPalette::HighlightedText)
                    : used > maximum ? fill
                                     : option.palette.color(QPalette::Text));
    painter->setFont(option.font);
    painter->drawText(QRect(x, r.top(), textWidth + 4, r.height()),
                      Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QSize QuotaBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(ProgramListModel::QuotaUsedRole).isValid()) {
        const int bars = 3 * (kSegmentWidth + kSegmentGap);
        size.setWidth(
            std::max(size.width(),
                     bars + 14 + option.fontMetrics.horizontalAdvance(QStringLiteral("00/0"))));
    }
    return size;
}

} // namespace rapport::ui
