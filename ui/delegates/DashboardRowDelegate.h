#pragma once

#include <QStyledItemDelegate>

namespace rapport::ui {

// Paints a DashboardListModel row: icon, title with badges, a muted second
// line, a right-aligned note or a bar; and the button of the action column.
class DashboardRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Row heights: two lines of text, or one (bar and milestone rows).
    static int rowHeight(const QFontMetrics &fm, bool twoLines);

private:
    void paintMain(QPainter *painter, const QStyleOptionViewItem &option,
                   const QModelIndex &index) const;
    void paintButton(QPainter *painter, const QStyleOptionViewItem &option,
                     const QModelIndex &index) const;
};

} // namespace rapport::ui
