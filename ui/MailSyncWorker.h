#pragma once

#include "mail/LocalMailStore.h"
#include "mail/MailAccount.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>

namespace rapport::core {
class Clock;
} // namespace rapport::core

namespace rapport::ui {

// Reads mail into the review queue away from the window: each IMAP account
// with net::MailSync, then each local store with LocalMailStore::capture.
// Lives in MailSyncRunner's thread; opens its own connection to the season
// for each run and closes it after, so a restore never finds it holding
// the old file.
class MailSyncWorker final : public QObject
{
    Q_OBJECT

public:
    struct Account
    {
        core::MailAccount account;
        QString password;
    };
    struct Job
    {
        QString path; // the season file
        QList<Account> accounts;
        QList<core::MailStore> stores;
    };

    MailSyncWorker(const core::Clock &clock, const std::atomic_bool &cancel)
        : m_clock(clock), m_cancel(cancel)
    {}

    void run(const Job &job);

Q_SIGNALS:
    void accountStarted(const QString &name);
    void progress(const QString &folder, qint64 done, qint64 total);
    // error is empty on success; captured counts the new rows in the queue.
    void accountDone(qint64 id, const QString &error, int captured);
    void storeStarted(const QString &path);
    void storeDone(qint64 id, const QString &error, int captured);
    void finished();

private:
    const core::Clock &m_clock;
    const std::atomic_bool &m_cancel;
};

} // namespace rapport::ui
