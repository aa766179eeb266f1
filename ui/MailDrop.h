#pragma once

#include "Result.h"
#include "mail/MailInbox.h"

#include <QObject>
#include <QPoint>

#include <functional>

class QMimeData;
class QWidget;

namespace rapport::ui {

class Prompter;
class Session;

// Mail dropped on the window: .eml files and mbox files, or messages a mail
// program drags out as message/rfc822, captured into the review queue.
// Dropped on a program, the new messages are proposed for it.
class MailDrop final : public QObject
{
    Q_OBJECT

public:
    MailDrop(Session &session, Prompter &prompter, QWidget *window);

    // Takes drops on target; programAt names the program under a point of
    // it (0 = none), for the Programs list.
    void watch(QWidget *target, std::function<qint64(const QPoint &)> programAt = {});

    static bool carriesMail(const QMimeData *data);
    // Captures what data carries, proposing programId (when not 0) for the
    // new messages; tells how it went by captured().
    core::Result<core::CaptureSummary> drop(const QMimeData *data, qint64 programId = 0);

Q_SIGNALS:
    // After a drop: how many messages were new and how many known already.
    void captured(const QString &summary);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Session &m_session;
    Prompter &m_prompter;
    QWidget *m_window;
    QHash<QObject *, std::function<qint64(const QPoint &)>> m_targets;
};

} // namespace rapport::ui
