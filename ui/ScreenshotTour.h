#pragma once

#include <QObject>
#include <QPointer>
#include <QRect>
#include <QString>

#include <functional>
#include <optional>

namespace rapport::ui {

class MailAccountDialog;
class MainWindow;
class Session;

// Walks the window through the pages the user guide shows and saves a PNG
// of each into a folder: the dashboard, a program's timeline, the Programs
// list by what is next, compose with findings, a close-up of a marked
// sentence with its tooltip, the log, the Inbox with mail waiting, a
// message's original, a program under a dark palette, and Settings ▸ Mail
// with an account's dialog.
// scripts/screenshots runs it under Xvfb.
class ScreenshotTour final : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow &window, Session &session, QString outputDir);
    void start();

Q_SIGNALS:
    void finished(bool ok);

private:
    void next();
    // crop: a part of the screen, in global coordinates.
    bool save(QWidget *widget, const QString &name, const QRect &crop = {});
    qint64 showcaseProgram() const;
    qint64 allowanceProgram() const;
    // A few messages waiting in the Inbox, as an IMAP account brings them;
    // returns the queue's row of the one with an HTML part.
    qint64 fillInbox();
    // The mail account the Inbox's messages came from and Settings ▸ Mail shows.
    std::optional<qint64> tourAccount();
    bool showMailSettings();

    MainWindow &m_window;
    QPointer<QWidget> m_conflict;
    QPointer<QWidget> m_original;
    QPointer<MailAccountDialog> m_mailDialog;
    Session &m_session;
    QString m_dir;
    QList<std::function<bool()>> m_steps;
    bool m_ok = true;
};

} // namespace rapport::ui
