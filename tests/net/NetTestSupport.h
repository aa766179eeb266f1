#pragma once

#include "ImapAccount.h"
#include "ImapFetcher.h"
#include "support/DovecotServer.h"
#include "support/QtPrinters.h"
#include "support/RequireProgram.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <memory>

namespace rapport::test {

inline QByteArray generatedMessage(int n)
{
    return QStringLiteral("Message-ID: <generated-%1@rapport.test>\r\n"
                          "From: Program Coordinator <coordinator@hospital.example>\r\n"
                          "To: applicant@example.org\r\n"
                          "Subject: Interview update %1\r\n"
                          "Date: Mon, 6 Oct 2025 09:%2:00 -0400\r\n"
                          "\r\n"
                          "Message number %1.\r\n")
        .arg(n)
        .arg(n % 60, 2, 10, QLatin1Char('0'))
        .toUtf8();
}

inline QByteArray sampleMessage(const QString &name)
{
    QFile file(QStringLiteral(RAPPORT_TEST_DATA_DIR "/mail/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A started Dovecot and an account for it that trusts its certificate.
class ImapTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        RAPPORT_REQUIRE_PROGRAM(DovecotServer::installed(), "Dovecot (dovecot-imapd)");
        auto started = server.start();
        ASSERT_TRUE(started.ok()) << started.errorMessage().toStdString();
        account.host = server.host();
        account.port = server.tlsPort();
        account.security = net::ImapSecurity::Tls;
        account.userName = server.user();
        account.trustedFingerprint = server.certificateFingerprint();
        fetcher.setTimeout(std::chrono::seconds(20));
    }

    void TearDown() override
    {
        if (HasFailure())
            std::cerr << server.log().toStdString() << '\n';
    }

    struct Delivered
    {
        QString folder;
        quint32 uidValidity = 0;
        QList<net::ImapMessage> messages;
    };

    // Fetches and records every batch; the stored state advances per batch,
    // as the consumer's transaction would.
    net::ImapResult<void> fetchInto(QList<net::ImapFolderState> &states, QList<Delivered> &batches,
                                    const std::atomic_bool *cancel = nullptr)
    {
        net::ImapFetcher::Callbacks callbacks;
        callbacks.onBatch = [&](const QString &folder, quint32 uidValidity,
                                const QList<net::ImapMessage> &batch) {
            batches.append({folder, uidValidity, batch});
            for (auto &state : states) {
                if (state.folder == folder) {
                    state.uidValidity = uidValidity;
                    state.lastUid = batch.last().uid;
                }
            }
            return onBatch ? onBatch(batches.size()) : true;
        };
        callbacks.onUidValidityChanged = [&](const QString &folder, quint32, quint32) {
            renumbered << folder;
        };
        return fetcher.fetch(account, server.password(), states, callbacks, cancel);
    }

    static QList<quint32> uidsOf(const QList<Delivered> &batches)
    {
        QList<quint32> uids;
        for (const auto &batch : batches) {
            for (const auto &message : batch.messages)
                uids << message.uid;
        }
        return uids;
    }

    DovecotServer server;
    net::ImapAccount account;
    net::ImapFetcher fetcher;
    std::function<bool(qsizetype batchesSoFar)> onBatch;
    QStringList renumbered;
};

} // namespace rapport::test
