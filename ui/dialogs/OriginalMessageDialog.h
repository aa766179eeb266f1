#pragma once

#include "mail/IncomingMail.h"

#include <QDialog>

class QTabWidget;

namespace rapport::ui {

class OfflineBrowser;
class Prompter;
class Session;

// A captured message as it arrived, read only: its headers and where it came
// from, its text, its HTML (when it has some, shown offline) and its source.
class OriginalMessageDialog final : public QDialog
{
    Q_OBJECT

public:
    OriginalMessageDialog(Session &session, const core::IncomingMail &mail,
                          QWidget *parent = nullptr);

    // Opens the dialog (not modal, deleted on close) for a row of the queue,
    // or for a log entry; shows the error and returns nullptr when there is
    // no original.
    static OriginalMessageDialog *openForInbox(Session &session, Prompter &prompter, qint64 id,
                                               QWidget *parent);
    static OriginalMessageDialog *openForEntry(Session &session, Prompter &prompter,
                                               qint64 communicationId, QWidget *parent);
    // Whether a log entry was captured, so its original can be shown.
    static bool hasOriginal(Session &session, qint64 communicationId);

    QTabWidget *tabs() const { return m_tabs; }
    OfflineBrowser *htmlView() const { return m_html; }
    // "From" and the rest as shown, in order, "Came from" last.
    const QList<QPair<QString, QString>> &shownHeaders() const { return m_shown; }

private:
    static OriginalMessageDialog *open(Session &session, const core::IncomingMail &mail,
                                       QWidget *parent);
    QString cameFrom(Session &session, const core::IncomingMail &mail) const;

    QTabWidget *m_tabs = nullptr;
    OfflineBrowser *m_html = nullptr;
    QList<QPair<QString, QString>> m_shown;
};

} // namespace rapport::ui
