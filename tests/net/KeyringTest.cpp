#include "Keyring.h"
#include "NetTestSupport.h"
#include "support/KeyringSession.h"

#include <memory>

namespace rapport::test {
namespace {

using net::Keyring;

class KeyringTest : public ::testing::Test
{
protected:
    // One bus per process: Qt and libsecret keep the first session bus.
    static void SetUpTestSuite()
    {
        if (!KeyringSession::installed())
            return;
        session = std::make_unique<KeyringSession>();
        startError = session->start().errorMessage();
    }
    static void TearDownTestSuite() { session.reset(); }

    void SetUp() override
    {
        RAPPORT_REQUIRE_PROGRAM(KeyringSession::installed(), "dbus-daemon or gnome-keyring-daemon");
        ASSERT_TRUE(startError.isEmpty()) << startError.toStdString();
    }

    static inline std::unique_ptr<KeyringSession> session;
    static inline QString startError;
    const QString key = QStringLiteral("imap:alice@imap.example.org:993");
};

TEST_F(KeyringTest, StoresAndReadsAPassword)
{
    ASSERT_TRUE(Keyring::store(key, QStringLiteral("correct horse é")).ok());
    auto read = Keyring::read(key);

    ASSERT_TRUE(read.ok()) << read.errorMessage().toStdString();
    EXPECT_EQ(read.value(), std::optional<QString>(QStringLiteral("correct horse é")));
    EXPECT_TRUE(Keyring::remove(key).ok());
}

TEST_F(KeyringTest, StoringAgainReplacesThePassword)
{
    ASSERT_TRUE(Keyring::store(key, QStringLiteral("first")).ok());
    ASSERT_TRUE(Keyring::store(key, QStringLiteral("second")).ok());
    auto read = Keyring::read(key);

    ASSERT_TRUE(read.ok()) << read.errorMessage().toStdString();
    EXPECT_EQ(read.value(), std::optional<QString>(QStringLiteral("second")));
    EXPECT_TRUE(Keyring::remove(key).ok());
}

TEST_F(KeyringTest, RemovedPasswordIsGone)
{
    ASSERT_TRUE(Keyring::store(key, QStringLiteral("secret")).ok());
    auto removed = Keyring::remove(key);
    ASSERT_TRUE(removed.ok()) << removed.errorMessage().toStdString();
    auto read = Keyring::read(key);

    ASSERT_TRUE(read.ok()) << read.errorMessage().toStdString();
    EXPECT_FALSE(read.value().has_value());
}

TEST_F(KeyringTest, MissingEntryIsEmptyNotAnError)
{
    auto read = Keyring::read(QStringLiteral("imap:nobody@nowhere.example:993"));

    ASSERT_TRUE(read.ok()) << read.errorMessage().toStdString();
    EXPECT_FALSE(read.value().has_value());
    EXPECT_TRUE(Keyring::remove(QStringLiteral("imap:nobody@nowhere.example:993")).ok());
}

TEST_F(KeyringTest, EntriesForDifferentAccountsAreSeparate)
{
    net::ImapAccount other;
    other.host = QStringLiteral("imap.example.org");
    other.port = 143;
    other.userName = QStringLiteral("alice");
    ASSERT_NE(other.keyringKey(), key);
    ASSERT_TRUE(Keyring::store(key, QStringLiteral("tls one")).ok());
    ASSERT_TRUE(Keyring::store(other.keyringKey(), QStringLiteral("starttls one")).ok());

    EXPECT_EQ(Keyring::read(key).value(), std::optional<QString>(QStringLiteral("tls one")));
    EXPECT_EQ(Keyring::read(other.keyringKey()).value(),
              std::optional<QString>(QStringLiteral("starttls one")));
    EXPECT_TRUE(Keyring::remove(key).ok());
    EXPECT_TRUE(Keyring::remove(other.keyringKey()).ok());
}

} // namespace
} // namespace rapport::test
