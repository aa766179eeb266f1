#pragma once

#include <QListView>

namespace rapport::ui {

class TimelineModel;

// A program's timeline as a mail-like list. Double-click or Enter on an
// entry opens it; a flagged incoming message offers a safe reply through
// its button and the context menu.
class TimelineView final : public QListView
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setTimelineModel(TimelineModel *model);
    TimelineModel *timelineModel() const { return m_model; }

    // The id of the entry at the current index, 0 for none or a milestone.
    qint64 currentCommunicationId() const;

Q_SIGNALS:
    void communicationActivated(qint64 communicationId);
    void replyRequested(qint64 communicationId, qint64 contactId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void requestReply(const QModelIndex &index);
    bool overReplyButton(const QModelIndex &index, const QPoint &pos) const;

    TimelineModel *m_model = nullptr;
};

} // namespace rapport::ui
