#include "NetTestSupport.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

namespace rapport::test {
namespace {

using net::ImapError;
using net::ImapFolderState;

// A port that completes TCP handshakes (the kernel's backlog) but never says
// a word: every read on it blocks.
class SilentServer
{
public:
    SilentServer()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length);
        ::listen(m_fd, 4);
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
    }
    ~SilentServer() { ::close(m_fd); }
    Q_DISABLE_COPY_MOVE(SilentServer)

    quint16 port() const { return m_port; }
    // Blocks until a client's connection waits in the backlog.
    bool waitForClient() const
    {
        pollfd fds{m_fd, POLLIN, 0};
        return ::poll(&fds, 1, 60000) == 1;
    }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

net::ImapAccount accountFor(quint16 port)
{
    net::ImapAccount account;
    account.host = QStringLiteral("127.0.0.1");
    account.port = port;
    account.userName = QStringLiteral("alice");
    return account;
}

class ImapFailure : public ImapTest
{};

TEST_F(ImapFailure, WrongPasswordSaysSo)
{
    net::ImapFetcher::Callbacks callbacks;
    auto result = fetcher.fetch(account, QStringLiteral("wrong"), {{QStringLiteral("INBOX"), 0, 0}},
                                callbacks);

    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ImapError::Kind::Authentication);
    EXPECT_EQ(result.error().message, QStringLiteral("Wrong user name or password for 127.0.0.1."));
}

TEST_F(ImapFailure, ServerKilledMidFetchLeavesWholeBatchesAndTheNextFetchResumes)
{
    for (int i = 1; i <= 450; ++i)
        server.addMessage(generatedMessage(i));
    fetcher.setBatchSize(200);
    onBatch = [&](qsizetype batchesSoFar) {
        if (batchesSoFar == 1)
            server.kill();
        return true;
    };
    QList<ImapFolderState> states{{QStringLiteral("INBOX"), 0, 0}};
    QList<Delivered> first;
    auto result = fetchInto(states, first);

    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ImapError::Kind::Connection);
    EXPECT_TRUE(result.error().message.startsWith(
        QStringLiteral("Lost the connection to 127.0.0.1:%1 after 200 of 450 messages in INBOX")
            .arg(server.tlsPort())))
        << result.error().message.toStdString();
    ASSERT_EQ(first.size(), 1);
    EXPECT_EQ(first[0].messages.size(), 200);
    for (const auto &message : first[0].messages)
        EXPECT_TRUE(message.raw.endsWith("\r\n")) << "message " << message.uid << " is cut short";

    onBatch = nullptr;
    auto restarted = server.start();
    ASSERT_TRUE(restarted.ok()) << restarted.errorMessage().toStdString();
    QList<Delivered> rest;
    auto resumed = fetchInto(states, rest);

    ASSERT_TRUE(resumed.ok()) << resumed.error().message.toStdString();
    const QList<quint32> firstUids = uidsOf(first);
    const QList<quint32> restUids = uidsOf(rest);
    ASSERT_EQ(restUids.size(), 250);
    EXPECT_GT(restUids.first(), firstUids.last());
    EXPECT_TRUE(rest.last().messages.last().raw.contains("generated-450@"));
}

TEST_F(ImapFailure, CancelStopsBetweenMessages)
{
    for (int i = 1; i <= 6; ++i)
        server.addMessage(generatedMessage(i));
    fetcher.setBatchSize(2);
    std::atomic_bool cancel = false;
    onBatch = [&](qsizetype) {
        cancel = true;
        return true;
    };
    QList<ImapFolderState> states{{QStringLiteral("INBOX"), 0, 0}};
    QList<Delivered> batches;
    auto result = fetchInto(states, batches, &cancel);

    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ImapError::Kind::Cancelled);
    ASSERT_EQ(batches.size(), 1);
    EXPECT_EQ(batches[0].messages.size(), 2);
}

TEST_F(ImapFailure, ConsumerStopsTheFetchWithoutAnError)
{
    for (int i = 1; i <= 6; ++i)
        server.addMessage(generatedMessage(i));
    fetcher.setBatchSize(2);
    onBatch = [](qsizetype) {
        return false;
    };
    QList<ImapFolderState> states{{QStringLiteral("INBOX"), 0, 0}};
    QList<Delivered> batches;

    EXPECT_TRUE(fetchInto(states, batches).ok());
    EXPECT_EQ(batches.size(), 1);
}

TEST(ImapUnreachable, CancelEndsABlockedRead)
{
    SilentServer silent;
    net::ImapFetcher fetcher;
    fetcher.setTimeout(std::chrono::minutes(10));
    std::atomic_bool cancel = false;
    std::thread canceller([&] {
        silent.waitForClient();
        cancel = true;
    });
    auto result = fetcher.fetch(accountFor(silent.port()), QStringLiteral("x"),
                                {{QStringLiteral("INBOX"), 0, 0}}, {}, &cancel);
    canceller.join();

    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ImapError::Kind::Cancelled)
        << result.error().message.toStdString();
}

TEST(ImapUnreachable, SilentServerTimesOut)
{
    SilentServer silent;
    net::ImapFetcher fetcher;
    fetcher.setTimeout(std::chrono::milliseconds(300));
    auto result = fetcher.listFolders(accountFor(silent.port()), QStringLiteral("x"));

    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ImapError::Kind::Timeout);
    EXPECT_EQ(result.error().message,
              QStringLiteral("127.0.0.1:%1 did not answer within 0.3 seconds.").arg(silent.port()));
}

TEST(ImapUnreachable, RefusedConnectionSaysSo)
{
    quint16 port = 0;
    {
        SilentServer closedSoon;
        port = closedSoon.port();
    }
    net::ImapFetcher fetcher;
    auto result = fetcher.listFolders(accountFor(port), QStringLiteral("x"));

    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ImapError::Kind::Connection);
    EXPECT_EQ(result.error().message,
              QStringLiteral("Could not connect to 127.0.0.1:%1: Connection refused.").arg(port));
}

} // namespace
} // namespace rapport::test
