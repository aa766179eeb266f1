#include "DashboardRowDelegate.h"

#include "models/DashboardListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <functional>

namespace rapport::ui {
namespace {

constexpr int kMargin = 10;
constexpr int kIcon = 18;
constexpr int kGap = 8;

QColor muted(const QPalette &palette)
{
    QColor c = palette.color(QPalette::Text);
    c.setAlphaF(0.62f);
    return c;
}

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont badgeFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    f.setWeight(QFont::DemiBold);
    return f;
}

int badgeWidth(const DashboardBadge &badge, const QFont &font)
{
    return QFontMetrics(font).horizontalAdvance(badge.text) + 14;
}

// Paints a pill at `x` as laid out left to right, mirrored by `place`.
void paintBadge(QPainter *painter, const DashboardBadge &badge, int x, int centerY,
                const QFont &font, bool dark, const std::function<QRect(const QRect &)> &place)
{
    const int w = badgeWidth(badge, font);
    const int h = QFontMetrics(font).height() + 4;
    const QRectF rect = place(QRect(x, centerY - h / 2, w, h));
    QColor fill = badge.color;
    fill.setAlphaF(0.16f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, h / 2.0, h / 2.0);
    painter->setPen(dark ? badge.color.lighter(130) : badge.color.darker(125));
    painter->setFont(font);
    painter->drawText(rect, Qt::AlignCenter, badge.text);
}

} // namespace

int DashboardRowDelegate::rowHeight(const QFontMetrics &fm, bool twoLines)
{
    return twoLines ? fm.height() * 2 + 18 : fm.height() + 14;
}

QSize DashboardRowDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const bool twoLines = !index.sibling(index.row(), DashboardListModel::MainColumn)
                               .data(DashboardListModel::SubtitleRole)
                               .toString()
                               .isEmpty();
    const int height = rowHeight(option.fontMetrics, twoLines);
    if (index.column() == DashboardListModel::ActionColumn) {
        const QString text = index.data().toString();
        return {text.isEmpty() ? 0 : option.fontMetrics.horizontalAdvance(text) + 44, height};
    }
    return {240, height};
}

void DashboardRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    if (option.state & QStyle::State_Selected) {
        QColor c = pal.color(QPalette::Highlight);
        c.setAlphaF((option.state & QStyle::State_HasFocus) || (option.state & QStyle::State_Active)
                        ? 0.16f
                        : 0.08f);
        painter->fillRect(option.rect, c);
    } else if (option.state & QStyle::State_MouseOver) {
        QColor c = pal.color(QPalette::Text);
        c.setAlphaF(0.05f);
        painter->fillRect(option.rect, c);
    }
    if (index.column() == DashboardListModel::ActionColumn)
        paintButton(painter, option, index);
    else
        paintMain(painter, option, index);
    painter->restore();
}

void DashboardRowDelegate::paintMain(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const auto *model = qobject_cast<const DashboardListModel *>(index.model());
    if (!model)
        return;
    const DashboardRow &row = model->rowAt(index);
    const QPalette &pal = option.palette;
    // Laid out left to right, then mirrored for a right-to-left layout;
    // Qt::AlignLeft already means the leading edge there.
    const auto place = [&option](const QRect &rect) {
        return QStyle::visualRect(option.direction, option.rect, rect);
    };
    QRect r = option.rect.adjusted(kMargin, 0, -kMargin, 0);
    if (!row.icon.isNull()) {
        const QRect iconRect(r.left(), r.center().y() - kIcon / 2, kIcon, kIcon);
        row.icon.paint(painter, place(iconRect));
        r.setLeft(iconRect.right() + kGap + 2);
    }

    const QFont title = titleFont(option.font);
    const QFontMetrics titleFm(title);
    const QFontMetrics fm(option.font);
    const bool twoLines = !row.subtitle.isEmpty();
    const int lineHeight = fm.height();
    const int top = twoLines ? r.center().y() - lineHeight - 1 : r.center().y() - lineHeight / 2;
    const QRect firstLine(r.left(), top, r.width(), lineHeight);

    // Trailing note, right-aligned on the first line (or centred on one-line rows).
    int trailingWidth = 0;
    if (!row.trailing.isEmpty()) {
        const QFont trailingFont = row.trailingColor.isValid() ? title : option.font;
        trailingWidth = QFontMetrics(trailingFont).horizontalAdvance(row.trailing);
        painter->setFont(trailingFont);
        painter->setPen(row.trailingColor.isValid() ? row.trailingColor
                                                    : pal.color(QPalette::Text));
        painter->drawText(place(firstLine), Qt::AlignRight | Qt::AlignVCenter, row.trailing);
        trailingWidth += kGap * 2;
    }

    if (row.bar) {
        // Label | bar | count: the label takes a fixed share so bars line up.
        const int labelWidth = std::min(r.width() / 2, fm.horizontalAdvance(QLatin1Char('x')) * 22);
        painter->setFont(option.font);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(place(QRect(firstLine.left(), firstLine.top(), labelWidth, lineHeight)),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          elided(option.font, row.title, labelWidth));
        const int barLeft = firstLine.left() + labelWidth + kGap;
        const int barSpace = std::max(0, r.right() - trailingWidth - barLeft);
        const QRect track(barLeft, r.center().y() - 5, barSpace, 10);
        QColor trackColor = pal.color(QPalette::Text);
        trackColor.setAlphaF(0.07f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(trackColor);
        painter->drawRoundedRect(place(track), 5, 5);
        QRect fill = track;
        fill.setWidth(std::max(10, qRound(track.width() * *row.bar)));
        painter->setBrush(pal.color(QPalette::Highlight));
        painter->drawRoundedRect(place(fill), 5, 5);
        return;
    }

    // Title, then badges right after it.
    int badgesWidth = 0;
    const QFont badge = badgeFont(option.font);
    for (const DashboardBadge &b : row.badges)
        badgesWidth += badgeWidth(b, badge) + 6;
    const int titleSpace = std::max(0, r.width() - trailingWidth - badgesWidth);
    const QString titleText = elided(title, row.title, titleSpace);
    painter->setFont(title);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(place(QRect(firstLine.left(), firstLine.top(), titleSpace, lineHeight)),
                      Qt::AlignLeft | Qt::AlignVCenter, titleText);
    int x = firstLine.left() + titleFm.horizontalAdvance(titleText) + 8;
    for (const DashboardBadge &b : row.badges) {
        paintBadge(painter, b, x, firstLine.center().y() + 1, badge,
                   pal.color(QPalette::Base).lightness() < 128, place);
        x += badgeWidth(b, badge) + 6;
    }

    if (twoLines) {
        const QRect second(r.left(), firstLine.bottom() + 3, r.width(), lineHeight);
        painter->setFont(option.font);
        painter->setPen(muted(pal));
        painter->drawText(place(second), Qt::AlignLeft | Qt::AlignVCenter,
                          elided(option.font, row.subtitle, second.width()));
    }
}

QString DashboardRowDelegate::elided(const QFont &font, const QString &text, int width) const
{
    // Bounded: a window resized by hand leaves a trail of widths.
    constexpr qsizetype kMaxElided = 1000;
    ElideKey key{font.key(), text, width};
    if (const auto it = m_elided.constFind(key); it != m_elided.cend())
        return *it;
    if (m_elided.size() >= kMaxElided)
        m_elided.clear();
    const QString out = QFontMetrics(font).elidedText(text, Qt::ElideRight, width);
    m_elided.insert(std::move(key), out);
    return out;
}

void DashboardRowDelegate::paintButton(QPainter *painter, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const QString text = index.data().toString();
    if (text.isEmpty())
        return;
    QStyleOptionButton button;
    button.initFrom(option.widget);
    button.text = text;
    button.fontMetrics = option.fontMetrics;
    const int h = option.fontMetrics.height() + 12;
    const int w = option.fontMetrics.horizontalAdvance(text) + 28;
    button.rect =
        QRect(option.rect.right() - kMargin - w + 1, option.rect.center().y() - h / 2, w, h);
    button.state = QStyle::State_Enabled | QStyle::State_Raised;
    if (option.state & QStyle::State_MouseOver)
        button.state |= QStyle::State_MouseOver;
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
}

} // namespace rapport::ui
