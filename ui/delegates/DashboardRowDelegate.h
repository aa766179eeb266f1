#pragma once

#include <QHash>
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
    QString elided(const QFont &font, const QString &text, int width) const;

    struct ElideKey
    {
        QString font;
        QString text;
        int width = 0;

        bool operator==(const ElideKey &) const = default;
        friend size_t qHash(const ElideKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.font, key.text, key.width);
        }
    };
    // Eliding shapes the whole text, and the rows are painted again on each
    // visit mostly unchanged: the same texts at the same widths.
    mutable QHash<ElideKey, QString> m_elided;
};

} // namespace rapport::ui
