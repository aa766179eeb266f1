#pragma once

#include "ImapAccount.h"
#include "ImapError.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <functional>

namespace rapport::net {

// Reads new messages from an IMAP server without changing anything there:
// folders are opened read-only (EXAMINE) and bodies fetched with BODY.PEEK,
// so nothing is marked \Seen, moved or deleted. Every call blocks: run it on
// a worker thread. Callbacks are called on that thread.
class ImapFetcher final
{
public:
    struct Callbacks
    {
        // The folder's UIDVALIDITY is not the stored one: its UIDs were
        // renumbered, so the fetch starts again from UID 1 (old messages come
        // again; the consumer skips them by Message-ID).
        std::function<void(const QString &folder, quint32 storedUidValidity, quint32 uidValidity)>
            onUidValidityChanged;
        // Messages in ascending UID order, at most batchSize at a time. Store
        // them and the last one's UID together; return false to stop.
        std::function<bool(const QString &folder, quint32 uidValidity,
                           const QList<ImapMessage> &batch)>
            onBatch;
        // Messages read so far in this folder, of how many are new there.
        std::function<void(const QString &folder, qsizetype done, qsizetype total)> onProgress;
    };

    struct Limits
    {
        int batchSize = 200;
        // A batch's bodies come in one FETCH; it ends early once its
        // messages reach this many bytes (a larger message comes alone), so
        // a run of large attachments is not held in memory at once.
        qint64 batchBytes = 8 * 1024 * 1024;
        // How long a silent server is waited for before giving up.
        std::chrono::milliseconds timeout{std::chrono::seconds(60)};
    };

    void setBatchSize(int messages) { m_limits.batchSize = messages; }
    void setBatchBytes(qint64 bytes) { m_limits.batchBytes = bytes; }
    void setTimeout(std::chrono::milliseconds timeout) { m_limits.timeout = timeout; }

    // Every folder that can be opened, full names with '/' between levels.
    ImapResult<QStringList> listFolders(const ImapAccount &account, const QString &password,
                                        const std::atomic_bool *cancel = nullptr) const;

    // For each folder, the messages whose UID is above its lastUid (all of
    // them when its UIDVALIDITY changed). A raised cancel flag stops within
    // a moment, even in the middle of a blocked read. Returns success also
    // when onBatch stopped the fetch.
    ImapResult<void> fetch(const ImapAccount &account, const QString &password,
                           const QList<ImapFolderState> &folders, const Callbacks &callbacks,
                           const std::atomic_bool *cancel = nullptr) const;

private:
    Limits m_limits;
};

} // namespace rapport::net
