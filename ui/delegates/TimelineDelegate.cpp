#include "TimelineDelegate.h"

#include "DateTimeText.h"
#include "Icons.h"
#include "Labels.h"
#include "models/TimelineModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace rapport::ui {
namespace {

constexpr int kMargin = 8;
constexpr int kPadding = 6;
constexpr int kIconSize = 16;
constexpr int kLineGap = 2;

using Milestone = TimelineModel::Milestone;

int dateColumnWidth(const QFontMetrics &fm)
{
    return fm.horizontalAdvance(QStringLiteral("Sep 30, 2026")) + 14;
}

// The model gives each moment in the season's zone already.
QString dateText(const QDateTime &at)
{
    return DateTimeText(at.timeZone()).date(at, DateTimeText::Context::Timeline);
}

QString timeText(const QDateTime &at)
{
    return DateTimeText(at.timeZone()).time(at);
}

QColor directionColor(core::Direction direction)
{
    return direction == core::Direction::Incoming ? QColor(0x1b, 0x7f, 0x79)
                                                  : QColor(0x2f, 0x5f, 0xb3);
}

// An arrow pointing out (up-right) for sent, in (down-left) for received:
// the channel icon beside it already says how.
void paintDirection(QPainter *painter, const QRect &box, core::Direction direction,
                    const QColor &color)
{
    const QRectF r = QRectF(box).adjusted(3.5, 3.5, -3.5, -3.5);
    const bool out = direction == core::Direction::Outgoing;
    const QPointF tip = out ? r.topRight() : r.bottomLeft();
    const QPointF tail = out ? r.bottomLeft() : r.topRight();
    const qreal head = r.width() * 0.55;
    const qreal dx = out ? -head : head;
    QPainterPath path;
    path.moveTo(tail);
    path.lineTo(tip);
    path.moveTo(tip.x() + dx, tip.y());
    path.lineTo(tip);
    path.lineTo(tip.x(), tip.y() + (out ? head : -head));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->restore();
}

QColor milestoneColor(Milestone m, const QPalette &palette)
{
    switch (m) {
    case Milestone::Application: return QColor(0x5c, 0x6b, 0x7a);
    case Milestone::Interview: return QColor(0x7b, 0x3f, 0xb0);
    case Milestone::RankListDeadline: return QColor(0xc0, 0x5a, 0x00);
    case Milestone::MatchDay: return QColor(0x2e, 0x8b, 0x57);
    case Milestone::Today: return palette.color(QPalette::Highlight);
    }
    return palette.color(QPalette::Text);
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(std::max(6.0, base.pointSizeF() * 0.85));
    return f;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

QString TimelineDelegate::replyButtonText()
{
    return tr("Reply safely…");
}

QRect TimelineDelegate::replyButtonRect(const QStyleOptionViewItem &option)
{
    const QFontMetrics fm(smallFont(option.font));
    const int width = fm.horizontalAdvance(replyButtonText()) + 20;
    const int height = fm.height() + 8;
    const QRect r = option.rect;
    const int lineHeight = option.fontMetrics.height();
    // Beside the subject and first line, at the right edge.
    const int top =
        r.top() + kPadding + lineHeight + kLineGap + (2 * lineHeight + kLineGap - height) / 2;
    return QRect(r.right() - kMargin - width, top, width, height);
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int line = option.fontMetrics.height();
    if (index.data(TimelineModel::IsMilestoneRole).toBool())
        return {200, line + 14};
    return {400, 2 * kPadding + 3 * line + 2 * kLineGap};
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    if (index.data(TimelineModel::IsMilestoneRole).toBool())
        paintMilestone(painter, opt, index);
    else
        paintEntry(painter, opt, index);
    painter->restore();
}

void TimelineDelegate::paintEntry(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const bool flagged = index.data(TimelineModel::IncomingFlaggedRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor alarm = labels::severityColor(core::Severity::Violation);

    // Background: the style's selection and hover, tinted when flagged.
    QStyleOptionViewItem bg = option;
    bg.text.clear();
    bg.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    if (flagged && !selected)
        painter->fillRect(option.rect, mix(pal.color(QPalette::Base), alarm, 0.09));
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &bg, painter, widget);
    if (flagged)
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), 3, option.rect.height()),
                          alarm);
    // A hairline between rows, as in a mail list.
    painter->setPen(mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.12));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());

    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor grey = selected ? text : mix(pal.color(QPalette::Base), text, 0.58);
    const QFontMetrics fm = option.fontMetrics;
    const int line = fm.height();
    const QRect r = option.rect;
    int x = r.left() + kMargin + 4;
    const int y1 = r.top() + kPadding;
    const int y2 = y1 + line + kLineGap;
    const int y3 = y2 + line + kLineGap;

    // Date and time.
    const QDateTime at = index.data(TimelineModel::DateTimeRole).toDateTime();
    const int dateWidth = dateColumnWidth(fm);
    painter->setFont(option.font);
    painter->setPen(text);
    painter->drawText(QRect(x, y1, dateWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                      dateText(at));
    painter->setPen(grey);
    painter->drawText(QRect(x, y2, dateWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                      timeText(at));
    x += dateWidth;

    // Direction over channel.
    const auto direction =
        static_cast<core::Direction>(index.data(TimelineModel::DirectionRole).toInt());
    const auto channel = static_cast<core::Channel>(index.data(TimelineModel::ChannelRole).toInt());
    const int iconDy = (line - kIconSize) / 2;
    channelIcon(channel).paint(painter, QRect(x, y1 + iconDy, kIconSize, kIconSize));
    paintDirection(painter, QRect(x, y2 + iconDy, kIconSize, kIconSize), direction,
                   selected ? text : directionColor(direction));
    x += kIconSize + 10;

    int right = r.right() - kMargin;
    // Line 1: kind · contact · draft, badges at the right.
    const int badgesLeft = paintBadges(painter, option, index, right, y1, line);
    QFont kindFont = option.font;
    kindFont.setBold(true);
    painter->setFont(kindFont);
    painter->setPen(selected ? text : directionColor(direction));
    const QString kind = index.data(TimelineModel::KindLabelRole).toString();
    const int kindWidth =
        std::min(QFontMetrics(kindFont).horizontalAdvance(kind) + 2, badgesLeft - x - 8);
    painter->drawText(QRect(x, y1, kindWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(kindFont).elidedText(kind, Qt::ElideRight, kindWidth));
    QStringList rest;
    const QString contact = index.data(TimelineModel::ContactNameRole).toString();
    if (direction == core::Direction::Incoming)
        rest << (contact.isEmpty() ? tr("from the program") : tr("from %1").arg(contact));
    else if (!contact.isEmpty())
        rest << tr("to %1").arg(contact);
    rest << labels::channel(channel);
    if (index.data(TimelineModel::IsDraftRole).toBool())
        rest << tr("draft");
    painter->setFont(option.font);
    painter->setPen(grey);
    const int restX = x + kindWidth;
    const QString restText = QStringLiteral("  ·  ") + rest.join(QStringLiteral("  ·  "));
    painter->drawText(QRect(restX, y1, std::max(0, badgesLeft - restX - 8), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(restText, Qt::ElideRight, std::max(0, badgesLeft - restX - 8)));

    // Lines 2 and 3: subject and first line, beside the reply button if any.
    if (flagged) {
        const QRect button = replyButtonRect(option);
        QPainterPath path;
        path.addRoundedRect(QRectF(button).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(path, pal.color(QPalette::Button));
        painter->setPen(alarm);
        painter->drawPath(path);
        painter->setFont(smallFont(option.font));
        painter->setPen(pal.color(QPalette::ButtonText));
        painter->drawText(button, Qt::AlignCenter, replyButtonText());
        right = button.left() - 10;
    }
    QFont subjectFont = option.font;
    subjectFont.setBold(true);
    const QFontMetrics sfm(subjectFont);
    QString subject = index.data(TimelineModel::SubjectRole).toString();
    if (subject.isEmpty())
        subject = tr("(no subject)");
    painter->setFont(subjectFont);
    painter->setPen(text);
    painter->drawText(QRect(x, y2, right - x, line), Qt::AlignLeft | Qt::AlignVCenter,
                      sfm.elidedText(subject, Qt::ElideRight, right - x));
    painter->setFont(option.font);
    painter->setPen(grey);
    painter->drawText(QRect(x, y3, right - x, line), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(TimelineModel::FirstLineRole).toString(),
                                    Qt::ElideRight, right - x));
}

int TimelineDelegate::paintBadges(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index, int right, int top, int height) const
{
    // One badge per label: the applicant's findings by severity, a
    // program's misconduct as the program's, never as their violation.
    struct Badge
    {
        int severity;
        QString label;
        int count;
    };
    QList<Badge> badges;
    const QVariantList severities = index.data(TimelineModel::FindingSeveritiesRole).toList();
    const QStringList names = index.data(TimelineModel::FindingLabelsRole).toStringList();
    for (qsizetype i = 0; i < severities.size(); ++i) {
        const int s = std::clamp(severities.at(i).toInt(), 0, 2);
        const QString label = names.value(i, labels::severity(static_cast<core::Severity>(s)));
        auto it = std::find_if(badges.begin(), badges.end(),
                               [&](const Badge &b) { return b.severity == s && b.label == label; });
        if (it == badges.end())
            badges.append({s, label, 1});
        else
            ++it->count;
    }
    // Least severe rightmost, so the worst reads first.
    std::stable_sort(badges.begin(), badges.end(),
                     [](const Badge &a, const Badge &b) { return a.severity < b.severity; });
    const QFont font = smallFont(option.font);
    const QFontMetrics fm(font);
    painter->setFont(font);
    painter->setRenderHint(QPainter::Antialiasing);
    int x = right;
    for (const Badge &b : std::as_const(badges)) {
        const QColor color = labels::severityColor(static_cast<core::Severity>(b.severity));
        QString label = b.label;
        if (b.count > 1)
            label = QStringLiteral("%1 × %2").arg(b.count).arg(label);
        const int w = fm.horizontalAdvance(label) + 14;
        const QRectF badge(x - w, top + (height - fm.height() - 2) / 2.0, w, fm.height() + 2);
        QPainterPath path;
        path.addRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        painter->fillPath(path, color);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, label);
        x -= w + 4;
    }
    return x;
}

void TimelineDelegate::paintMilestone(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const auto which = static_cast<Milestone>(index.data(TimelineModel::MilestoneRole).toInt());
    const bool future = index.data(TimelineModel::IsFutureRole).toBool();
    const QPalette &pal = option.palette;
    const QColor color = milestoneColor(which, pal);
    const QRect r = option.rect;
    const QFontMetrics fm = option.fontMetrics;
    const int midY = r.center().y();

    painter->fillRect(r, mix(pal.color(QPalette::Base), color, 0.06));
    if (option.state & QStyle::State_Selected) {
        QStyleOptionViewItem bg = option;
        bg.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &bg, painter, widget);
    }

    int x = r.left() + kMargin + 4;
    const QDateTime at = index.data(TimelineModel::DateTimeRole).toDateTime();
    painter->setFont(option.font);
    painter->setPen(color);
    painter->drawText(QRect(x, r.top(), dateColumnWidth(fm), r.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, dateText(at));
    x += dateColumnWidth(fm);

    const QIcon flag = which == Milestone::Today ? themeIcon(QStringLiteral("view-calendar"))
                                                 : themeIcon(QStringLiteral("flag"));
    flag.paint(painter, QRect(x, midY - kIconSize / 2, kIconSize, kIconSize));
    x += kIconSize + 10;

    QFont bold = option.font;
    bold.setBold(true);
    QString label = index.data(Qt::DisplayRole).toString();
    if (which == Milestone::Interview)
        label += QStringLiteral(" · ") + timeText(at);
    painter->setFont(bold);
    painter->setPen(color);
    const int labelWidth = QFontMetrics(bold).horizontalAdvance(label);
    painter->drawText(QRect(x, r.top(), labelWidth + 2, r.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, label);
    x += labelWidth + 12;

    // The rule across: dashed while the milestone is still ahead.
    QPen pen(color, which == Milestone::Today ? 2 : 1);
    if (future && which != Milestone::Today)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->drawLine(x, midY, r.right() - kMargin, midY);
}

} // namespace rapport::ui
