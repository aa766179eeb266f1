#include "MailSyncRunner.h"

#include "MailSyncWorker.h"
#include "Session.h"

#include "Keyring.h"
#include "MailSync.h"

#include "mail/LocalMailStore.h"
#include "mail/MailAccountRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>

#include <chrono>
#include <utility>

namespace rapport::ui {
namespace {

QString capturedText(int captured)
{
    return captured == 0 ? MailSyncRunner::tr("No new mail")
                         : MailSyncRunner::tr("%n new messages", nullptr, captured);
}

} // namespace

MailSyncRunner::MailSyncRunner(Session &session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_settle.setParent(this);
    m_settle.setSingleShot(true);
    m_settle.setInterval(2000);
    connect(&m_settle, &QTimer::timeout, this, &MailSyncRunner::syncStores);
    m_watcher.setParent(this);
    // A message is written to tmp/ and then moved: several changes at once,
    // read together once they settle.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        watchStores(); // an mbox file replaced (compacted) is watched no more
        m_settle.start();
    });

    m_thread.setObjectName(QStringLiteral("rapport-mail"));
    m_worker = new MailSyncWorker(session.clock(), m_cancel);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &MailSyncWorker::accountStarted, this,
            [this](const QString &name) { setProgress(tr("Reading mail from %1…").arg(name)); });
    connect(m_worker, &MailSyncWorker::progress, this,
            [this](const QString &folder, qint64 done, qint64 total) {
                setProgress(tr("Reading mail: %1 %2 of %3").arg(folder).arg(done).arg(total));
            });
    connect(m_worker, &MailSyncWorker::storeStarted, this, [this](const QString &path) {
        setProgress(tr("Reading mail: %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_worker, &MailSyncWorker::accountDone, this, &MailSyncRunner::accountDone);
    connect(m_worker, &MailSyncWorker::storeDone, this, &MailSyncRunner::storeDone);
    connect(m_worker, &MailSyncWorker::finished, this, &MailSyncRunner::runFinished);
    m_thread.start(QThread::LowPriority);
}

MailSyncRunner::~MailSyncRunner()
{
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

void MailSyncRunner::syncAll()
{
    request({true, {}, true});
}

void MailSyncRunner::syncAccount(qint64 id)
{
    request({false, {id}, false});
}

void MailSyncRunner::syncStores()
{
    request({false, {}, true});
}

void MailSyncRunner::cancel()
{
    if (m_running)
        m_cancel = true;
}

void MailSyncRunner::request(const Request &r)
{
    m_pending.allAccounts = m_pending.allAccounts || r.allAccounts;
    m_pending.accounts.unite(r.accounts);
    m_pending.stores = m_pending.stores || r.stores;
    if (!m_running)
        startNext();
}

void MailSyncRunner::startNext()
{
    if (m_pending.isEmpty() || !m_session.isOpen())
        return;
    const Request r = std::exchange(m_pending, {});
    m_running = true;
    m_cancel = false;
    m_runCaptured = 0;
    m_runRead = false;
    m_runErrors.clear();
    Q_EMIT runningChanged(true);
    setProgress(tr("Reading mail…"));

    MailSyncWorker::Job job;
    job.path = m_session.db().path();
    if (r.allAccounts || !r.accounts.isEmpty()) {
        const auto accounts = core::MailAccountRepository(m_session.db(), m_session.clock()).list();
        if (!accounts)
            m_runErrors << accounts.errorMessage();
        const QList<core::MailAccount> list = accounts ? *accounts : QList<core::MailAccount>();
        QPointer<MailSyncRunner> self(this);
        for (const core::MailAccount &a : list) {
            if (!r.allAccounts && !r.accounts.contains(a.id))
                continue;
            m_accountNames[a.id] = a.name;
            // The keyring waits in an event loop: the window may close meanwhile.
            const auto password = net::Keyring::read(net::MailSync::keyringKey(a));
            if (!self)
                return;
            if (!password)
                accountDone(a.id, password.errorMessage(), 0);
            else if (!password.value())
                accountDone(a.id,
                            tr("The keyring holds no password for this account: edit the "
                               "account and enter it again."),
                            0);
            else
                job.accounts.append({a, **password});
        }
    }
    if (r.stores) {
        const auto stores = core::LocalMailStore(m_session.db(), m_session.clock()).list();
        if (stores)
            job.stores = *stores;
        else
            m_runErrors << stores.errorMessage();
    }
    m_runRead = !job.accounts.isEmpty() || !job.stores.isEmpty();
    if (!m_runRead) {
        runFinished();
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job] { worker->run(job); }, Qt::QueuedConnection);
}

void MailSyncRunner::setProgress(const QString &text)
{
    if (text == m_progress)
        return;
    m_progress = text;
    Q_EMIT progressChanged(text);
}

void MailSyncRunner::accountDone(qint64 id, const QString &error, int captured)
{
    m_accountResults[id] = {m_session.clock().now(), error.isEmpty(),
                            error.isEmpty() ? capturedText(captured) : error};
    if (!error.isEmpty())
        m_runErrors << tr("%1: %2").arg(m_accountNames.value(id), error);
    m_runCaptured += captured;
    if (captured > 0)
        Q_EMIT m_session.mailChanged(); // the queue, not the season, changed
    Q_EMIT resultsChanged();
}

void MailSyncRunner::storeDone(qint64 id, const QString &error, int captured)
{
    // Unreadable files are tried again next time: a warning beside what came.
    QString text = capturedText(captured);
    if (!error.isEmpty()) {
        text = captured > 0 ? tr("%1; %2").arg(text, error) : error;
        m_runErrors << error;
    }
    m_storeResults[id] = {m_session.clock().now(), error.isEmpty(), text};
    m_runCaptured += captured;
    if (captured > 0)
        Q_EMIT m_session.mailChanged(); // the queue, not the season, changed
    Q_EMIT resultsChanged();
}

void MailSyncRunner::runFinished()
{
    QString message;
    if (m_cancel)
        message = tr("Reading mail was cancelled; what was read before it stays in the queue.");
    else if (!m_runErrors.isEmpty())
        message = tr("Mail could not be read: %1").arg(m_runErrors.join(QStringLiteral("; ")));
    else if (m_runCaptured > 0)
        message = tr("Mail: %n new messages in the review queue", nullptr, m_runCaptured);
    else if (m_runRead)
        message = tr("Mail: no new messages");
    m_running = false;
    setProgress({});
    // Nothing set up to read: nothing to say, at every start.
    if (!message.isEmpty())
        Q_EMIT statusMessage(message);
    Q_EMIT runningChanged(false);
    startNext();
}

std::optional<MailSyncResult> MailSyncRunner::accountResult(qint64 id) const
{
    const auto it = m_accountResults.constFind(id);
    return it == m_accountResults.cend() ? std::nullopt : std::optional(*it);
}

std::optional<MailSyncResult> MailSyncRunner::storeResult(qint64 id) const
{
    const auto it = m_storeResults.constFind(id);
    return it == m_storeResults.cend() ? std::nullopt : std::optional(*it);
}

void MailSyncRunner::setAutomatic(bool on)
{
    m_automatic = on;
    configurationChanged();
    if (m_shown)
        windowShown();
}

void MailSyncRunner::windowShown()
{
    m_shown = true;
    if (m_automatic && !m_startedOnce) {
        m_startedOnce = true;
        syncAll();
    }
}

void MailSyncRunner::configurationChanged()
{
    if (!m_session.isOpen())
        return;
    const auto accounts = core::MailAccountRepository(m_session.db(), m_session.clock()).list();
    if (accounts) {
        QSet<qint64> ids;
        for (const core::MailAccount &a : *accounts)
            ids << a.id;
        m_accountResults.removeIf([&](const auto &it) { return !ids.contains(it.key()); });
    }
    const auto stores = core::LocalMailStore(m_session.db(), m_session.clock()).list();
    if (stores) {
        QSet<qint64> ids;
        for (const core::MailStore &s : *stores)
            ids << s.id;
        m_storeResults.removeIf([&](const auto &it) { return !ids.contains(it.key()); });
    }
    scheduleAccounts();
    watchStores();
    Q_EMIT resultsChanged();
}

void MailSyncRunner::scheduleAccounts()
{
    m_timers.clear();
    if (!m_automatic || !m_session.isOpen())
        return;
    const auto accounts = core::MailAccountRepository(m_session.db(), m_session.clock()).list();
    if (!accounts)
        return;
    for (const core::MailAccount &a : *accounts) {
        if (a.intervalMinutes <= 0)
            continue;
        auto timer = std::make_unique<QTimer>();
        timer->setInterval(std::chrono::minutes(a.intervalMinutes));
        connect(timer.get(), &QTimer::timeout, this, [this, id = a.id] { syncAccount(id); });
        timer->start();
        m_timers[a.id] = std::move(timer);
    }
}

void MailSyncRunner::watchStores()
{
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    if (!m_automatic || !m_session.isOpen())
        return;
    const auto stores = core::LocalMailStore(m_session.db(), m_session.clock()).list();
    if (!stores)
        return;
    QStringList paths;
    for (const core::MailStore &s : *stores) {
        if (s.kind == core::MailStoreKind::Maildir)
            paths << QDir(s.path).filePath(QStringLiteral("new"))
                  << QDir(s.path).filePath(QStringLiteral("cur"));
        else
            paths << s.path;
    }
    paths.removeIf([](const QString &p) { return !QFileInfo::exists(p); });
    if (!paths.isEmpty())
        m_watcher.addPaths(paths);
}

} // namespace rapport::ui
