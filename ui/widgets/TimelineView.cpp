#include "TimelineView.h"

#include "delegates/TimelineDelegate.h"
#include "models/TimelineModel.h"

#include "Icons.h"

#include <QContextMenuEvent>
#include <QMenu>

namespace rapport::ui {

TimelineView::TimelineView(QWidget *parent) : QListView(parent)
{
    setItemDelegate(new TimelineDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true); // the reply button's hand cursor
    setFrameShape(QFrame::NoFrame);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(this, &QListView::doubleClicked, this, &TimelineView::activate);
}

void TimelineView::setTimelineModel(TimelineModel *model)
{
    m_model = model;
    setModel(model);
}

qint64 TimelineView::currentCommunicationId() const
{
    return currentIndex().data(TimelineModel::CommunicationIdRole).toLongLong();
}

void TimelineView::activate(const QModelIndex &index)
{
    const qint64 id = index.data(TimelineModel::CommunicationIdRole).toLongLong();
    if (id > 0)
        Q_EMIT communicationActivated(id);
}

void TimelineView::requestReply(const QModelIndex &index)
{
    if (!index.data(TimelineModel::IncomingFlaggedRole).toBool())
        return;
    Q_EMIT replyRequested(index.data(TimelineModel::CommunicationIdRole).toLongLong(),
                          index.data(TimelineModel::ContactIdRole).toLongLong());
}

bool TimelineView::overReplyButton(const QModelIndex &index, const QPoint &pos) const
{
    if (!index.data(TimelineModel::IncomingFlaggedRole).toBool())
        return false;
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return TimelineDelegate::replyButtonRect(option).contains(pos);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && overReplyButton(index, event->position().toPoint())) {
        requestReply(index);
        event->accept();
        return;
    }
    QListView::mouseReleaseEvent(event);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    viewport()->setCursor(overReplyButton(indexAt(pos), pos) ? Qt::PointingHandCursor
                                                             : Qt::ArrowCursor);
    QListView::mouseMoveEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        currentIndex().isValid()) {
        activate(currentIndex());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid() || index.data(TimelineModel::IsMilestoneRole).toBool())
        return;
    QMenu menu(this);
    auto *open = menu.addAction(themeIcon(QStringLiteral("document-edit")), tr("Open entry…"));
    const QPersistentModelIndex target(index);
    connect(open, &QAction::triggered, this, [this, target] { activate(target); });
    if (index.data(TimelineModel::IncomingFlaggedRole).toBool()) {
        auto *reply = menu.addAction(themeIcon(QStringLiteral("mail-message-new")),
                                     TimelineDelegate::replyButtonText());
        reply->setToolTip(tr("Answer with the reply-to-pressure template: polite, and your rank "
                             "list stays your own"));
        connect(reply, &QAction::triggered, this, [this, target] { requestReply(target); });
    }
    menu.exec(event->globalPos());
}

} // namespace rapport::ui
