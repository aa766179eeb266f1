#pragma once

#include <QStyledItemDelegate>

namespace rapport::ui {

// Paints a quota cell as one small bar per allowed message: green while
// within the recommended count, amber up to the maximum, red past it.
// Reads ProgramListModel's QuotaUsed/Maximum/Recommended roles.
class QuotaBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    enum Level
    {
        Within,
        AtMaximum,
        Over
    };
    static Level level(int used, int recommended, int maximum);
    static QColor color(Level level);
};

} // namespace rapport::ui
