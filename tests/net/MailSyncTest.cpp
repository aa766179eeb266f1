// An account's mail into the review queue, against a real Dovecot: whole
// batches with their folder's state, nothing twice, and a sync cut short
// resumed where it stopped.

#include "MailSync.h"
#include "NetTestSupport.h"

#include "core/mail/CapturedMail.h"
#include "mail/MailAccountRepository.h"
#include "support/SqlProbe.h"

namespace rapport::test {
namespace {

class MailSyncTest : public ImapTest
{
protected:
    void SetUp() override
    {
        ImapTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        core::MailAccount a;
        a.name = QStringLiteral("Hospital mail");
        a.host = server.host();
        a.port = server.tlsPort();
        a.userName = server.user();
        a.trustedCertificate = server.certificateFingerprint();
        auto added = accounts.add(a);
        ASSERT_TRUE(added.ok()) << added.errorMessage().toStdString();
        stored = *accounts.get(*added);
        ASSERT_TRUE(accounts.setFolders(stored.id, {QStringLiteral("INBOX")}).ok());
        sync.fetcher().setTimeout(std::chrono::seconds(20));
        sync.fetcher().setBatchSize(10);
    }

    net::ImapResult<net::SyncReport> run(const std::atomic_bool *cancel = nullptr)
    {
        return sync.sync(stored, server.password(), {}, cancel);
    }
    core::MailFolder inbox() { return accounts.folders(stored.id)->value(0); }
    int queued() { return rowCount(season.db(), QStringLiteral("mail_inbox")); }

    InboxSeason season;
    core::MailAccountRepository accounts{season.db(), season.clock};
    core::MailAccount stored;
    net::MailSync sync{season.db(), season.clock};
};

TEST_F(MailSyncTest, NewMailIsQueuedWithItsProposalAndTheFolderRemembersHowFarItRead)
{
    server.addMessage(mailText(QStringLiteral("w1@lakeside.edu"),
                               QStringLiteral("Jennifer Walsh <jwalsh@lakeside.edu>"),
                               QStringLiteral("Interview day parking")));
    for (int i = 1; i <= 14; ++i)
        server.addMessage(generatedMessage(i));

    auto first = run();
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first.value().fetched, 15);
    EXPECT_EQ(first.value().capture.captured, 15);
    EXPECT_EQ(queued(), 15);
    EXPECT_GT(inbox().uidValidity, 0);
    EXPECT_EQ(inbox().lastUid, 15);
    EXPECT_TRUE(inbox().synced.isValid());

    const core::InboxEntry walsh = season.entry(first.value().capture.ids.first());
    EXPECT_EQ(walsh.programId, season.lakeside);
    EXPECT_EQ(walsh.contactId, season.walsh);
    EXPECT_EQ(walsh.origin, core::MailOrigin::Imap);
    EXPECT_EQ(walsh.accountId, stored.id);
    EXPECT_EQ(walsh.folder, QStringLiteral("INBOX"));

    server.addMessage(generatedMessage(15));
    auto second = run();
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_EQ(second.value().fetched, 1) << "only what came since";
    EXPECT_EQ(queued(), 16);
    EXPECT_EQ(inbox().lastUid, 16);
}

TEST_F(MailSyncTest, ARenumberedFolderIsReadAgainWithoutQueueingAnythingTwice)
{
    for (int i = 1; i <= 5; ++i)
        server.addMessage(generatedMessage(i));
    ASSERT_TRUE(run().ok());
    const qint64 before = inbox().uidValidity;
    server.stop();
    server.forgetUids();
    ASSERT_TRUE(server.start().ok());

    auto again = run();
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again.value().renumbered, QStringList{QStringLiteral("INBOX")});
    EXPECT_EQ(again.value().fetched, 5);
    EXPECT_EQ(again.value().capture.duplicates, 5);
    EXPECT_EQ(queued(), 5);
    EXPECT_NE(inbox().uidValidity, before);
}

TEST_F(MailSyncTest, AServerKilledMidSyncLeavesWholeBatchesAndTheNextSyncFinishes)
{
    for (int i = 1; i <= 45; ++i)
        server.addMessage(generatedMessage(i));
    std::atomic_int batches = 0;
    auto cut =
        sync.sync(stored, server.password(), [&](const QString &, qsizetype done, qsizetype) {
            // After the second batch is stored, the server dies.
            if (done == 20 && ++batches == 1)
                server.kill();
        });
    ASSERT_FALSE(cut.ok());
    EXPECT_EQ(cut.error().kind, net::ImapError::Kind::Connection)
        << cut.error().message.toStdString();
    const int kept = queued();
    EXPECT_EQ(kept % 10, 0) << "whole batches only";
    EXPECT_EQ(inbox().lastUid, kept) << "the folder's state moved with the stored batches";

    ASSERT_TRUE(server.start().ok());
    auto resumed = run();
    ASSERT_TRUE(resumed.ok()) << resumed.error().message.toStdString();
    EXPECT_EQ(resumed.value().fetched, 45 - kept);
    EXPECT_EQ(queued(), 45);
}

TEST_F(MailSyncTest, AWrongPasswordStoresNothing)
{
    server.addMessage(generatedMessage(1));
    auto refused = sync.sync(stored, QStringLiteral("wrong"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, net::ImapError::Kind::Authentication);
    EXPECT_EQ(queued(), 0);
    EXPECT_EQ(inbox().lastUid, 0);
}

TEST_F(MailSyncTest, AnAccountWithoutFoldersSaysSo)
{
    ASSERT_TRUE(accounts.setFolders(stored.id, {}).ok());
    auto none = run();
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().message.contains(QStringLiteral("No folder")))
        << none.error().message.toStdString();
}

} // namespace
} // namespace rapport::test
