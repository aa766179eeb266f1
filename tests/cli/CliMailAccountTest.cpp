// mail account and mail sync end to end: rapport-cli against a real Dovecot,
// its passwords in a private gnome-keyring whose bus address it inherits.
#include "CliRunner.h"

#include "Keyring.h"
#include "MailSync.h"
#include "support/DovecotServer.h"
#include "support/KeyringSession.h"

#include <QFile>
#include <QLockFile>

#include <gtest/gtest.h>

#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <memory>
#include <string>
#include <vector>

namespace rapport::test {
namespace {

const QString kAccount = QStringLiteral("Hospital");

// Missing programs skip a test on a developer's machine; under CI they fail it.
#define REQUIRE_PROGRAM(installed, what)                                                           \
    do {                                                                                           \
        if (!(installed)) {                                                                        \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                               \
                FAIL() << what << " is not installed";                                             \
            GTEST_SKIP() << what << " is not installed";                                           \
        }                                                                                          \
    } while (false)

// Mail from a program's domain: the sync proposes the program for it.
QByteArray programMail(int n)
{
    return QStringLiteral("Message-ID: <cli-%1@hospital.example>\r\n"
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

QStringList json(const QStringList &args)
{
    return QStringList{QStringLiteral("--format"), QStringLiteral("json")} + args;
}

class CliMailAccountTest : public ::testing::Test
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
        REQUIRE_PROGRAM(KeyringSession::installed(), "dbus-daemon or gnome-keyring-daemon");
        REQUIRE_PROGRAM(DovecotServer::installed(), "Dovecot (dovecot-imapd)");
        ASSERT_TRUE(startError.isEmpty()) << startError.toStdString();
        auto started = server.start();
        ASSERT_TRUE(started.ok()) << started.errorMessage().toStdString();
        ASSERT_EQ(cli.run({QStringLiteral("init")}).exitCode, 0);
        ASSERT_EQ(cli.run({QStringLiteral("program"), QStringLiteral("add"),
                           QStringLiteral("--name"), QStringLiteral("Hospital Otolaryngology"),
                           QStringLiteral("--email-domain"), QStringLiteral("hospital.example")})
                      .exitCode,
                  0);
    }

    void TearDown() override
    {
        // Each test's server has its own port, hence its own key; none is left.
        (void)net::Keyring::remove(key());
        if (HasFailure())
            std::cerr << server.log().toStdString() << '\n';
    }

    QStringList addArgs(bool trust = true) const
    {
        QStringList args{QStringLiteral("mail"),   QStringLiteral("account"),
                         QStringLiteral("add"),    kAccount,
                         QStringLiteral("--host"), server.host(),
                         QStringLiteral("--port"), QString::number(server.tlsPort()),
                         QStringLiteral("--user"), server.user()};
        if (trust)
            args << QStringLiteral("--trust") << server.certificateFingerprint();
        return args;
    }

    CliResult add(const QString &password, bool trust = true, const QStringList &more = {})
    {
        return cli.run(addArgs(trust) + more + QStringList{QStringLiteral("--password-stdin")},
                       password.toUtf8() + '\n');
    }

    QString key() const
    {
        core::MailAccount a;
        a.host = server.host();
        a.port = server.tlsPort();
        a.userName = server.user();
        return net::MailSync::keyringKey(a);
    }

    std::optional<QString> keyringEntry() const
    {
        auto read = net::Keyring::read(key());
        EXPECT_TRUE(read.ok()) << read.errorMessage().toStdString();
        return read.ok() ? read.value() : std::nullopt;
    }

    QJsonArray accounts() const
    {
        return cli
            .run(json({QStringLiteral("mail"), QStringLiteral("account"), QStringLiteral("list")}))
            .json()
            .value(QStringLiteral("accounts"))
            .toArray();
    }

    // The season and its write-ahead log, byte for byte.
    QByteArray databaseBytes() const
    {
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(cli.databasePath() + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

    // Runs rapport-cli on a pseudo-terminal; types typed once prompt shows.
    CliResult runOnTerminal(const QStringList &args, const QByteArray &prompt,
                            const QByteArray &typed) const;

    static inline std::unique_ptr<KeyringSession> session;
    static inline QString startError;
    DovecotServer server;
    CliRunner cli;
};

CliResult CliMailAccountTest::runOnTerminal(const QStringList &args, const QByteArray &prompt,
                                            const QByteArray &typed) const
{
    // Everything the child needs is made before fork(): after it, only
    // async-signal-safe calls.
    std::vector<std::string> strings{RAPPORT_CLI, "--database", cli.databasePath().toStdString()};
    for (const QString &a : args)
        strings.push_back(a.toStdString());
    std::vector<std::string> envStrings;
    for (const QString &e : cli.environment().toStringList())
        envStrings.push_back(e.toStdString());
    std::vector<char *> argv, envp;
    for (std::string &s : strings)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    for (std::string &s : envStrings)
        envp.push_back(s.data());
    envp.push_back(nullptr);

    int terminal = -1;
    const pid_t pid = forkpty(&terminal, nullptr, nullptr, nullptr);
    if (pid < 0) {
        ADD_FAILURE() << "forkpty failed";
        return {};
    }
    if (pid == 0) {
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    // Typed only once the prompt shows: by then echo is off, as for a person.
    QByteArray shown;
    bool typedYet = false;
    char buffer[4096];
    for (;;) {
        const ssize_t n = read(terminal, buffer, sizeof buffer);
        if (n <= 0)
            break; // EIO once the child has gone
        shown.append(buffer, n);
        if (!typedYet && shown.contains(prompt)) {
            EXPECT_EQ(write(terminal, typed.constData(), size_t(typed.size())), typed.size());
            typedYet = true;
        }
    }
    close(terminal);
    int status = 0;
    waitpid(pid, &status, 0);
    EXPECT_TRUE(typedYet) << "no prompt: " << shown.toStdString();
    CliResult r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = QString::fromUtf8(shown);
    return r;
}

TEST_F(CliMailAccountTest, AddStoresThePasswordInTheKeyringAndNotInTheDatabase)
{
    const CliResult added = add(server.password());

    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(QLatin1String("added mail account 1 \"Hospital\"")))
        << added.out.toStdString();
    EXPECT_EQ(keyringEntry(), std::optional<QString>(server.password()));
    EXPECT_FALSE(databaseBytes().contains(server.password().toUtf8()));
    EXPECT_TRUE(databaseBytes().contains(server.host().toUtf8())) << "the bytes were read";

    const QJsonArray list = accounts();
    ASSERT_EQ(list.size(), 1);
    const QJsonObject account = list.first().toObject();
    EXPECT_EQ(account.value(QStringLiteral("name")).toString(), kAccount);
    EXPECT_EQ(account.value(QStringLiteral("port")).toInt(), server.tlsPort());
    EXPECT_EQ(account.value(QStringLiteral("security")).toString(), QStringLiteral("tls"));
    EXPECT_EQ(account.value(QStringLiteral("interval_minutes")).toInt(), 15);
    EXPECT_EQ(account.value(QStringLiteral("trusted_certificate")).toString(),
              server.certificateFingerprint());
    const QJsonArray folders = account.value(QStringLiteral("folders")).toArray();
    ASSERT_EQ(folders.size(), 1);
    EXPECT_EQ(folders.first()[QStringLiteral("name")].toString(), QStringLiteral("INBOX"));
    EXPECT_TRUE(folders.first()[QStringLiteral("synced")].isNull());
}

TEST_F(CliMailAccountTest, APasswordTypedOnTheTerminalIsNotEchoed)
{
    const QByteArray secret = "hunter2 is not it";
    ASSERT_TRUE(server.password().toUtf8() != secret);
    const CliResult typed = runOnTerminal(
        addArgs(), "Password for alice@127.0.0.1: ", server.password().toUtf8() + '\n');

    EXPECT_EQ(typed.exitCode, 0) << typed.out.toStdString();
    EXPECT_FALSE(typed.out.contains(server.password())) << typed.out.toStdString();
    EXPECT_EQ(keyringEntry(), std::optional<QString>(server.password()));
}

TEST_F(CliMailAccountTest, WithoutATerminalOrStdinThePasswordIsAskedForProperly)
{
    const CliResult refused = cli.run(addArgs());

    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QLatin1String("--password-stdin")))
        << refused.err.toStdString();
    EXPECT_TRUE(accounts().isEmpty());
}

TEST_F(CliMailAccountTest, AWrongPasswordIsRefusedAndNothingIsSaved)
{
    const CliResult refused = add(QStringLiteral("wrong horse"));

    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QLatin1String("Wrong user name or password")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QLatin1String("nothing was saved")));
    EXPECT_TRUE(accounts().isEmpty());
    EXPECT_FALSE(keyringEntry().has_value());
}

TEST_F(CliMailAccountTest, AnUntrustedCertificateShowsItsFingerprintAndHowToTrustIt)
{
    const CliResult refused = add(server.password(), false);

    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(server.certificateFingerprint())) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--trust ") + server.certificateFingerprint()))
        << refused.err.toStdString();
    EXPECT_TRUE(accounts().isEmpty());
    EXPECT_FALSE(keyringEntry().has_value());

    // Trusted as the message says, it is added.
    QString hex = server.certificateFingerprint().toLower();
    hex.remove(QLatin1Char(':'));
    const CliResult trusted = add(server.password(), false, {QStringLiteral("--trust"), hex});
    EXPECT_EQ(trusted.exitCode, 0) << trusted.err.toStdString();
}

TEST_F(CliMailAccountTest, AFolderTheServerLacksIsRefused)
{
    server.createFolder(QStringLiteral("Lists/Residency"));
    const CliResult refused =
        add(server.password(), true, {QStringLiteral("--folder"), QStringLiteral("Residency")});

    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QLatin1String("has no folder \"Residency\"")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QLatin1String("Lists/Residency")));
    EXPECT_TRUE(accounts().isEmpty());

    ASSERT_EQ(add(server.password(), true,
                  {QStringLiteral("--folder"), QStringLiteral("inbox"), QStringLiteral("--folder"),
                   QStringLiteral("Lists/Residency")})
                  .exitCode,
              0);
    const CliResult folders = cli.run(json(
        {QStringLiteral("mail"), QStringLiteral("account"), QStringLiteral("folders"), kAccount}));
    ASSERT_EQ(folders.exitCode, 0) << folders.err.toStdString();
    const QJsonArray listed = folders.json().value(QStringLiteral("folders")).toArray();
    ASSERT_EQ(listed.size(), 2);
    for (const QJsonValue &f : listed)
        EXPECT_TRUE(f[QStringLiteral("chosen")].toBool())
            << f[QStringLiteral("name")].toString().toStdString();
}

TEST_F(CliMailAccountTest, SyncQueuesNewMailOnceAndSaysWhatItFound)
{
    ASSERT_EQ(add(server.password()).exitCode, 0);
    for (int i = 1; i <= 3; ++i)
        server.addMessage(programMail(i));
    server.addMessage(
        "Message-ID: <stranger@elsewhere.example>\r\nFrom: someone@elsewhere.example\r\n"
        "Subject: Hello\r\nDate: Mon, 6 Oct 2025 10:00:00 -0400\r\n\r\nHi.\r\n");

    const CliResult first = cli.run({QStringLiteral("mail"), QStringLiteral("sync")});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(
        QLatin1String("Hospital: 4 new, 3 proposed for a program, 0 already known\n")))
        << first.out.toStdString();
    EXPECT_TRUE(first.err.isEmpty()) << "no progress off a terminal: " << first.err.toStdString();
    const QJsonArray queue = cli.run(json({QStringLiteral("mail"), QStringLiteral("queue")}))
                                 .json()
                                 .value(QStringLiteral("messages"))
                                 .toArray();
    EXPECT_EQ(queue.size(), 4);
    for (const QJsonValue &m : queue)
        EXPECT_EQ(m[QStringLiteral("origin")].toString(), QStringLiteral("imap"));

    const CliResult second = cli.run(json({QStringLiteral("mail"), QStringLiteral("sync")}));
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    const QJsonObject report = second.json();
    EXPECT_EQ(report.value(QStringLiteral("new")).toInt(), 0);
    const QJsonObject account =
        report.value(QStringLiteral("accounts")).toArray().first().toObject();
    EXPECT_EQ(account.value(QStringLiteral("name")).toString(), kAccount);
    EXPECT_EQ(account.value(QStringLiteral("new")).toInt(), 0);
    EXPECT_EQ(account.value(QStringLiteral("fetched")).toInt(), 0);
    EXPECT_FALSE(report.value(QStringLiteral("cancelled")).toBool());

    const QJsonObject folder =
        accounts().first()[QStringLiteral("folders")].toArray().first().toObject();
    EXPECT_EQ(folder.value(QStringLiteral("last_uid")).toInt(), 4);
    EXPECT_FALSE(folder.value(QStringLiteral("synced")).isNull());
}

TEST_F(CliMailAccountTest, ASyncThatFailsSaysWhyAndExitsNonZero)
{
    ASSERT_EQ(add(server.password()).exitCode, 0);
    server.stop();

    const CliResult failed = cli.run({QStringLiteral("mail"), QStringLiteral("sync")});

    EXPECT_EQ(failed.exitCode, 1);
    EXPECT_TRUE(failed.out.contains(QLatin1String("Hospital: Could not connect to 127.0.0.1:")))
        << failed.out.toStdString();
    EXPECT_TRUE(failed.err.startsWith(QLatin1String("rapport-cli: mail sync: Hospital: ")))
        << failed.err.toStdString();
}

TEST_F(CliMailAccountTest, SyncWaitsForTheWindowUnlessForced)
{
    ASSERT_EQ(add(server.password()).exitCode, 0);
    server.addMessage(programMail(1));
    QLockFile window(cli.databasePath() + QStringLiteral(".lock"));
    ASSERT_TRUE(window.tryLock(0));

    const CliResult refused = cli.run({QStringLiteral("mail"), QStringLiteral("sync")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QLatin1String("is open in a Rapport window")));
    EXPECT_TRUE(cli.run(json({QStringLiteral("mail"), QStringLiteral("queue")}))
                    .json()
                    .value(QStringLiteral("messages"))
                    .toArray()
                    .isEmpty());

    const CliResult forced =
        cli.run({QStringLiteral("--force"), QStringLiteral("mail"), QStringLiteral("sync")});
    EXPECT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_TRUE(forced.out.contains(QLatin1String("Hospital: 1 new")));
}

TEST_F(CliMailAccountTest, RemoveTakesThePasswordFromTheKeyringToo)
{
    ASSERT_EQ(add(server.password()).exitCode, 0);
    ASSERT_TRUE(keyringEntry().has_value());

    const CliResult unasked = cli.run(
        {QStringLiteral("mail"), QStringLiteral("account"), QStringLiteral("remove"), kAccount});
    EXPECT_EQ(unasked.exitCode, 2) << "no terminal to confirm on";
    EXPECT_EQ(accounts().size(), 1);

    const CliResult removed =
        cli.run(json({QStringLiteral("mail"), QStringLiteral("account"), QStringLiteral("remove"),
                      kAccount, QStringLiteral("--yes")}));
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(removed.json().value(QStringLiteral("removed")).toBool());
    EXPECT_TRUE(accounts().isEmpty());
    EXPECT_FALSE(keyringEntry().has_value());
}

TEST_F(CliMailAccountTest, SetChangesTheIntervalAndAWrongNewPasswordIsRefused)
{
    ASSERT_EQ(add(server.password()).exitCode, 0);
    const CliResult set =
        cli.run({QStringLiteral("mail"), QStringLiteral("account"), QStringLiteral("set"), kAccount,
                 QStringLiteral("--interval"), QStringLiteral("0")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_EQ(accounts().first()[QStringLiteral("interval_minutes")].toInt(), 0);

    const CliResult wrong =
        cli.run({QStringLiteral("mail"), QStringLiteral("account"), QStringLiteral("set"), kAccount,
                 QStringLiteral("--password-stdin")},
                "wrong horse\n");
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_EQ(keyringEntry(), std::optional<QString>(server.password()));
}

} // namespace
} // namespace rapport::test
