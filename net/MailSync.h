#pragma once

#include "ImapAccount.h"
#include "ImapError.h"
#include "ImapFetcher.h"
#include "mail/MailAccount.h"
#include "mail/MailInbox.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace rapport::core {
class Clock;
class Database;
} // namespace rapport::core

namespace rapport::net {

// What one account's sync brought.
struct SyncReport
{
    int fetched = 0;              // messages read from the server
    core::CaptureSummary capture; // of those, what the queue made of them
    // Folders whose UIDs the server renumbered (UIDVALIDITY changed): read
    // again from the start, the messages already captured skipped.
    QStringList renumbered;
};

// Brings an account's new mail into the review queue. Each batch the server
// sends is captured together with its folder's new UIDVALIDITY and last UID
// in ONE transaction, so a sync cut short (a lost connection, a killed
// server, a cancel) leaves only whole batches, and the next sync goes on
// from the last one stored. Blocking: run it on a worker thread with a
// Database connection of that thread.
class MailSync final
{
public:
    using Progress = std::function<void(const QString &folder, qsizetype done, qsizetype total)>;

    MailSync(core::Database &db, const core::Clock &clock) : m_db(db), m_clock(clock) {}

    static ImapAccount imapAccount(const core::MailAccount &account);
    // Where the account's password is kept in the system keyring.
    static QString keyringKey(const core::MailAccount &account)
    {
        return imapAccount(account).keyringKey();
    }

    ImapFetcher &fetcher() { return m_fetcher; }

    // Fails with the server's error, or (kind Server) when the queue could
    // not store a batch; what was stored before stays.
    ImapResult<SyncReport> sync(const core::MailAccount &account, const QString &password,
                                const Progress &progress = {},
                                const std::atomic_bool *cancel = nullptr);

private:
    core::Database &m_db;
    const core::Clock &m_clock;
    ImapFetcher m_fetcher;
};

} // namespace rapport::net
