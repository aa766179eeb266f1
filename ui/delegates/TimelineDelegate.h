#pragma once

#include <QStyledItemDelegate>

namespace rapport::ui {

// Paints TimelineModel rows like a mail client's list: the date, direction
// and channel icons, the kind and contact, the subject in bold, the first
// line in grey and a badge per finding severity. Milestones are a flagged
// line across the list; a flagged incoming message is tinted and shows a
// "Reply safely" button (TimelineView handles the click).
class TimelineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the "Reply safely" button of a flagged row is painted.
    static QRect replyButtonRect(const QStyleOptionViewItem &option);
    static QString replyButtonText();

private:
    void paintEntry(QPainter *painter, const QStyleOptionViewItem &option,
                    const QModelIndex &index) const;
    void paintMilestone(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const;
    // Draws the severity badges right-aligned ending at right; returns their left edge.
    int paintBadges(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                    int right, int top, int height) const;
};

} // namespace rapport::ui
