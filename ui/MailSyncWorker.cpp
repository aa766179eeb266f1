#include "MailSyncWorker.h"

#include "MailSync.h"

#include "mail/MailInbox.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rapport::ui {

void MailSyncWorker::run(const Job &job)
{
    auto opened = core::Database::open(job.path);
    if (!opened) {
        for (const Account &a : job.accounts)
            Q_EMIT accountDone(a.account.id, opened.errorMessage(), 0);
        for (const core::MailStore &s : job.stores)
            Q_EMIT storeDone(s.id, opened.errorMessage(), 0);
        Q_EMIT finished();
        return;
    }
    core::Database &db = *opened.value();
    const QString cancelled =
        QCoreApplication::translate("rapport::ui::MailSyncRunner", "Cancelled before it was done.");
    for (const Account &a : job.accounts) {
        if (m_cancel) {
            Q_EMIT accountDone(a.account.id, cancelled, 0);
            continue;
        }
        Q_EMIT accountStarted(a.account.name);
        net::MailSync sync(db, m_clock);
        const auto report = sync.sync(
            a.account, a.password,
            [this](const QString &folder, qsizetype done, qsizetype total) {
                Q_EMIT progress(folder, done, total);
            },
            &m_cancel);
        if (report)
            Q_EMIT accountDone(a.account.id, {}, report.value().capture.captured);
        else
            Q_EMIT accountDone(a.account.id,
                               report.error().kind == net::ImapError::Kind::Cancelled
                                   ? cancelled
                                   : report.error().message,
                               0);
    }
    core::MailInbox inbox(db, m_clock);
    core::LocalMailStore stores(db, m_clock);
    for (const core::MailStore &store : job.stores) {
        if (m_cancel) {
            Q_EMIT storeDone(store.id, cancelled, 0);
            continue;
        }
        Q_EMIT storeStarted(store.path);
        // Read again: the state may have moved since the window listed it.
        const auto current = stores.get(store.id);
        if (!current) {
            Q_EMIT storeDone(store.id, current.errorMessage(), 0);
            continue;
        }
        QStringList problems;
        const auto captured = stores.capture(inbox, *current, &problems);
        if (!captured)
            Q_EMIT storeDone(store.id, captured.errorMessage(), 0);
        else
            Q_EMIT storeDone(store.id, problems.join(QLatin1Char('\n')), captured->captured);
    }
    Q_EMIT finished();
}

} // namespace rapport::ui
