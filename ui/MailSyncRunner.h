#pragma once

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <map>
#include <memory>
#include <optional>

namespace rapport::ui {

class MailSyncWorker;
class Session;

// What the last sync of one account or store said, in this window.
struct MailSyncResult
{
    QDateTime at;
    bool ok = true;
    QString text; // "3 new messages", or what went wrong
};

// Reads mail into the review queue in the background: every IMAP account
// (net::MailSync) and every local store (LocalMailStore), on a thread of its
// own with its own connection to the season, so the window never waits.
// Passwords are read from the keyring here first, on the window's thread,
// which the keyring needs. One sync runs at a time: what is asked for
// meanwhile is merged into one more run after it.
//
// Automatic (off unless asked, so tests sync only when they say so): a sync
// once the window shows, each account every intervalMinutes, and each local
// store a moment after its files change.
class MailSyncRunner final : public QObject
{
    Q_OBJECT

public:
    explicit MailSyncRunner(Session &session, QObject *parent = nullptr);
    ~MailSyncRunner() override;
    Q_DISABLE_COPY_MOVE(MailSyncRunner)

    // Every account and every local store.
    void syncAll();
    void syncAccount(qint64 id);
    void syncStores();
    // Stops the run under way within a moment; whole batches stay stored.
    void cancel();
    bool isRunning() const { return m_running; }

    void setAutomatic(bool on);
    // The window painted: the automatic start-up sync may run.
    void windowShown();
    // How long a changed store is left alone before it is read.
    void setSettleTime(int ms) { m_settle.setInterval(ms); }
    // Accounts or stores were added, edited or removed: timers and watched
    // paths follow, and the results of the removed ones are forgotten.
    void configurationChanged();

    std::optional<MailSyncResult> accountResult(qint64 id) const;
    std::optional<MailSyncResult> storeResult(qint64 id) const;
    // The line the status bar shows while a run is under way.
    QString progressText() const { return m_progress; }

Q_SIGNALS:
    void runningChanged(bool running);
    void progressChanged(const QString &text);
    // An account's or a store's result changed.
    void resultsChanged();
    // How a run went, for the status bar.
    void statusMessage(const QString &text);

private:
    struct Request
    {
        bool allAccounts = false;
        QSet<qint64> accounts;
        bool stores = false;
        bool isEmpty() const { return !allAccounts && accounts.isEmpty() && !stores; }
    };

    void request(const Request &r);
    void startNext();
    void setProgress(const QString &text);
    void accountDone(qint64 id, const QString &error, int captured);
    void storeDone(qint64 id, const QString &error, int captured);
    void runFinished();
    void watchStores();
    void scheduleAccounts();

    Session &m_session;
    bool m_running = false;
    bool m_automatic = false;
    bool m_shown = false;
    bool m_startedOnce = false;
    Request m_pending;
    std::atomic_bool m_cancel = false;
    QString m_progress;
    int m_runCaptured = 0;
    bool m_runRead = false; // the run had an account or a store to read
    QStringList m_runErrors;
    QHash<qint64, MailSyncResult> m_accountResults;
    QHash<qint64, MailSyncResult> m_storeResults;
    QHash<qint64, QString> m_accountNames;
    std::map<qint64, std::unique_ptr<QTimer>> m_timers; // per account, when automatic
    QFileSystemWatcher m_watcher;
    QTimer m_settle;

    QThread m_thread;
    MailSyncWorker *m_worker = nullptr; // lives in m_thread
};

} // namespace rapport::ui
