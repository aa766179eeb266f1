#include "NetTestSupport.h"

#include <QFile>

namespace rapport::test {
namespace {

using net::ImapFolderState;

class ImapFetch : public ImapTest
{};

TEST_F(ImapFetch, FirstFetchDeliversEveryMessageWholeInUidOrder)
{
    QList<QByteArray> sent;
    for (const char *name : {"riverbend-invitation.eml", "northgate-update.eml", "no-date.eml",
                             "lakeside-invitation-copy.eml"})
        sent << sampleMessage(QString::fromLatin1(name));
    for (int i = 1; i <= 3; ++i)
        sent << generatedMessage(i);
    for (const QByteArray &raw : sent) {
        ASSERT_FALSE(raw.isEmpty());
        server.addMessage(raw);
    }
    fetcher.setBatchSize(3);
    QList<std::pair<qsizetype, qsizetype>> progress;
    QList<ImapFolderState> states{{QStringLiteral("INBOX"), 0, 0}};
    QList<Delivered> batches;

    net::ImapFetcher::Callbacks callbacks;
    callbacks.onBatch = [&](const QString &folder, quint32 uidValidity,
                            const QList<net::ImapMessage> &batch) {
        batches.append({folder, uidValidity, batch});
        return true;
    };
    callbacks.onProgress = [&](const QString &, qsizetype done, qsizetype total) {
        progress.append({done, total});
    };
    auto result = fetcher.fetch(account, server.password(), states, callbacks);

    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    ASSERT_EQ(batches.size(), 3);
    EXPECT_EQ(batches[0].messages.size(), 3);
    EXPECT_EQ(batches[1].messages.size(), 3);
    EXPECT_EQ(batches[2].messages.size(), 1);
    EXPECT_NE(batches[0].uidValidity, 0u);
    const QList<quint32> uids = uidsOf(batches);
    EXPECT_TRUE(std::is_sorted(uids.begin(), uids.end()));
    QList<QByteArray> received;
    for (const auto &batch : batches) {
        EXPECT_EQ(batch.folder, QStringLiteral("INBOX"));
        for (const auto &message : batch.messages)
            received << message.raw;
    }
    // IMAP sends lines ending in CRLF whatever the stored file uses.
    for (QByteArray &raw : sent)
        raw = raw.replace("\r\n", "\n").replace("\n", "\r\n");
    EXPECT_EQ(received, sent);
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.first(), (std::pair<qsizetype, qsizetype>{0, 7}));
    EXPECT_EQ(progress.last(), (std::pair<qsizetype, qsizetype>{7, 7}));
}

TEST_F(ImapFetch, NextFetchDeliversOnlyTheNewMessages)
{
    for (int i = 1; i <= 4; ++i)
        server.addMessage(generatedMessage(i));
    QList<ImapFolderState> states{{QStringLiteral("INBOX"), 0, 0}};
    QList<Delivered> first;
    ASSERT_TRUE(fetchInto(states, first).ok());
    ASSERT_EQ(uidsOf(first).size(), 4);
    const quint32 lastUid = states[0].lastUid;

    QList<Delivered> nothing;
    ASSERT_TRUE(fetchInto(states, nothing).ok());
    EXPECT_TRUE(nothing.isEmpty()) << "the highest UID must not come again";

    server.addMessage(generatedMessage(5));
    server.addMessage(generatedMessage(6));
    QList<Delivered> second;
    auto result = fetchInto(states, second);

    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    const QList<quint32> uids = uidsOf(second);
    ASSERT_EQ(uids.size(), 2);
    EXPECT_GT(uids[0], lastUid);
    EXPECT_TRUE(second[0].messages[0].raw.contains("generated-5@"));
    EXPECT_TRUE(second[0].messages[1].raw.contains("generated-6@"));
    EXPECT_TRUE(renumbered.isEmpty());
}

TEST_F(ImapFetch, ChangedUidValidityStartsAgainFromTheFirstMessage)
{
    for (int i = 1; i <= 3; ++i)
        server.addMessage(generatedMessage(i));
    QList<ImapFolderState> states{{QStringLiteral("INBOX"), 0, 0}};
    QList<Delivered> first;
    ASSERT_TRUE(fetchInto(states, first).ok());
    const quint32 oldValidity = states[0].uidValidity;

    server.forgetUids();
    server.addMessage(generatedMessage(4));
    QList<Delivered> again;
    auto result = fetchInto(states, again);

    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(renumbered, QStringList{QStringLiteral("INBOX")});
    ASSERT_FALSE(again.isEmpty());
    EXPECT_NE(again[0].uidValidity, oldValidity);
    EXPECT_EQ(uidsOf(again).size(), 4);
}

TEST_F(ImapFetch, MessageDeletedOnTheServerIsSkipped)
{
    QStringList files;
    for (int i = 1; i <= 5; ++i)
        files << server.addMessage(generatedMessage(i));
    QFile::remove(files[1]);
    fetcher.setBatchSize(1);
    // Deleted while the fetch runs, after the UID list came back.
    onBatch = [&](qsizetype batchesSoFar) {
        if (batchesSoFar == 1)
            QFile::remove(files[3]);
        return true;
    };
    QList<ImapFolderState> states{{QStringLiteral("INBOX"), 0, 0}};
    QList<Delivered> batches;
    auto result = fetchInto(states, batches);

    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    QByteArrayList ids;
    for (const auto &batch : batches) {
        for (const auto &message : batch.messages)
            ids << message.raw.mid(message.raw.indexOf("generated-"), 11);
    }
    EXPECT_EQ(ids, (QByteArrayList{"generated-1", "generated-3", "generated-5"}));
}

TEST_F(ImapFetch, NothingIsMarkedSeenOrMoved)
{
    for (int i = 1; i <= 3; ++i)
        server.addMessage(generatedMessage(i));
    const QStringList before = server.messageFiles();
    QList<ImapFolderState> states{{QStringLiteral("INBOX"), 0, 0}};
    QList<Delivered> batches;
    ASSERT_TRUE(fetchInto(states, batches).ok());
    ASSERT_EQ(uidsOf(batches).size(), 3);

    const QStringList after = server.messageFiles();
    EXPECT_EQ(after, before);
    for (const QString &name : after)
        EXPECT_TRUE(name.endsWith(QLatin1String(":2,"))) << name.toStdString() << " gained a flag";
}

TEST_F(ImapFetch, ListsFoldersAndFetchesEachOneChosen)
{
    server.addMessage(generatedMessage(1));
    server.addMessage(generatedMessage(2), QStringLiteral("Lists/Residency"));
    server.createFolder(QStringLiteral("Archive"));

    auto folders = fetcher.listFolders(account, server.password());
    ASSERT_TRUE(folders.ok()) << folders.error().message.toStdString();
    EXPECT_EQ(folders.value(), (QStringList{QStringLiteral("Archive"), QStringLiteral("INBOX"),
                                            QStringLiteral("Lists/Residency")}));

    QList<ImapFolderState> states{{QStringLiteral("INBOX"), 0, 0},
                                  {QStringLiteral("Lists/Residency"), 0, 0},
                                  {QStringLiteral("Archive"), 0, 0}};
    QList<Delivered> batches;
    auto result = fetchInto(states, batches);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    ASSERT_EQ(batches.size(), 2);
    EXPECT_EQ(batches[0].folder, QStringLiteral("INBOX"));
    EXPECT_EQ(batches[1].folder, QStringLiteral("Lists/Residency"));
    EXPECT_TRUE(batches[1].messages[0].raw.contains("generated-2@"));
}

TEST_F(ImapFetch, MissingFolderIsNamedInTheError)
{
    QList<ImapFolderState> states{{QStringLiteral("Interviews"), 0, 0}};
    QList<Delivered> batches;
    auto result = fetchInto(states, batches);

    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, net::ImapError::Kind::Server);
    EXPECT_TRUE(result.error().message.contains(QLatin1String("\"Interviews\"")))
        << result.error().message.toStdString();
}

TEST_F(ImapFetch, LargeMessagesComeInSmallerBatchesAndAnOversizedOneAlone)
{
    // Sizes on the server (CRLF) of about 1,000 bytes, and one of 5,000.
    const auto padded = [](int n, int size) -> QByteArray {
        QByteArray raw = generatedMessage(n);
        return raw + QByteArray(size - int(raw.size()) - 2, 'x') + "\r\n";
    };
    for (int i = 1; i <= 4; ++i)
        server.addMessage(padded(i, 1000));
    server.addMessage(padded(5, 5000));
    server.addMessage(padded(6, 1000));
    fetcher.setBatchSize(10);
    fetcher.setBatchBytes(2500);
    QList<ImapFolderState> states{{QStringLiteral("INBOX"), 0, 0}};
    QList<Delivered> batches;
    auto result = fetchInto(states, batches);

    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    QList<qsizetype> sizes;
    for (const auto &batch : batches)
        sizes << batch.messages.size();
    EXPECT_EQ(sizes, (QList<qsizetype>{2, 2, 1, 1}));
    EXPECT_EQ(uidsOf(batches).size(), 6);
    EXPECT_EQ(batches[2].messages[0].raw.size(), 5000);
    EXPECT_TRUE(batches[2].messages[0].raw.contains("generated-5@"));
}

TEST_F(ImapFetch, StartTlsUpgradesThePlainPort)
{
    server.addMessage(generatedMessage(1));
    account.port = server.plainPort();
    account.security = net::ImapSecurity::StartTls;
    QList<ImapFolderState> states{{QStringLiteral("INBOX"), 0, 0}};
    QList<Delivered> batches;
    auto result = fetchInto(states, batches);

    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(uidsOf(batches).size(), 1);
}

} // namespace
} // namespace rapport::test
