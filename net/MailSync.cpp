#include "MailSync.h"

#include "mail/IncomingMail.h"
#include "mail/MailAccountRepository.h"
#include "storage/Database.h"

namespace rapport::net {
namespace {

ImapError storageError(const QString &message)
{
    ImapError e;
    e.kind = ImapError::Kind::Server;
    e.message = message;
    return e;
}

} // namespace

ImapAccount MailSync::imapAccount(const core::MailAccount &account)
{
    ImapAccount imap;
    imap.host = account.host;
    imap.port = static_cast<quint16>(account.port);
    imap.security = account.security == core::MailSecurity::StartTls ? ImapSecurity::StartTls
                                                                     : ImapSecurity::Tls;
    imap.userName = account.userName;
    imap.trustedFingerprint = account.trustedCertificate;
    return imap;
}

ImapResult<SyncReport> MailSync::sync(const core::MailAccount &account, const QString &password,
                                      const Progress &progress, const std::atomic_bool *cancel)
{
    core::MailAccountRepository accounts(m_db, m_clock);
    const auto folders = accounts.folders(account.id);
    if (!folders)
        return storageError(QStringLiteral("Could not read the folders of %1: %2")
                                .arg(account.name, folders.errorMessage()));
    QList<ImapFolderState> states;
    for (const core::MailFolder &f : *folders)
        states.append(
            {f.name, static_cast<quint32>(f.uidValidity), static_cast<quint32>(f.lastUid)});
    if (states.isEmpty())
        return storageError(
            QStringLiteral("No folder of %1 is chosen to be read.").arg(account.name));

    SyncReport report;
    QString storeError;
    core::MailInbox inbox(m_db, m_clock);
    ImapFetcher::Callbacks callbacks;
    callbacks.onProgress = progress;
    callbacks.onUidValidityChanged = [&](const QString &folder, quint32, quint32 uidValidity) {
        report.renumbered << folder;
        // Recorded at once, so that an empty renumbered folder is not
        // reported as renumbered again on every sync.
        if (auto s = accounts.setFolderState(account.id, folder, uidValidity, 0); !s)
            storeError = s.errorMessage();
    };
    callbacks.onBatch = [&](const QString &folder, quint32 uidValidity,
                            const QList<ImapMessage> &batch) {
        if (!storeError.isEmpty())
            return false;
        QList<core::IncomingMail> mails;
        mails.reserve(batch.size());
        for (const ImapMessage &m : batch) {
            core::IncomingMail mail;
            mail.raw = m.raw;
            mail.origin = core::MailOrigin::Imap;
            mail.accountId = account.id;
            mail.folder = folder;
            mail.uidValidity = uidValidity;
            mail.uid = m.uid;
            mails << mail;
        }
        const qint64 lastUid = batch.isEmpty() ? 0 : batch.last().uid;
        auto captured = inbox.capture(mails, [&](core::Database &db) {
            return core::MailAccountRepository(db, m_clock)
                .setFolderState(account.id, folder, uidValidity, lastUid);
        });
        if (!captured) {
            storeError = captured.errorMessage();
            return false;
        }
        report.fetched += static_cast<int>(batch.size());
        report.capture.captured += captured->captured;
        report.capture.proposed += captured->proposed;
        report.capture.broken += captured->broken;
        report.capture.duplicates += captured->duplicates;
        report.capture.ids += captured->ids;
        return true;
    };

    const ImapResult<void> fetched =
        m_fetcher.fetch(imapAccount(account), password, states, callbacks, cancel);
    if (!storeError.isEmpty())
        return storageError(
            QStringLiteral("Mail from %1 could not be stored: %2").arg(account.name, storeError));
    if (!fetched)
        return fetched.error();
    return report;
}

} // namespace rapport::net
