#pragma once

#include "UiFixture.h"
#include "support/DovecotServer.h"
#include "support/KeyringSession.h"
#include "support/QtPrinters.h"
#include "support/RequireProgram.h"
#include "support/SqlProbe.h"

#include "Keyring.h"
#include "MailSync.h"
#include "mail/MailAccountRepository.h"
#include "storage/Database.h"

#include <QTcpServer>

#include <memory>

namespace rapport::test {

// A plain message numbered n, as a server hands it over.
inline QByteArray mailMessage(int n)
{
    return QStringLiteral("Message-ID: <ui-%1@rapport.test>\r\n"
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

// A session, a throw-away Dovecot with its self-signed certificate, and a
// private keyring; the keyring is started once per process, before anything
// else talks to D-Bus.
class MailFixture : public UiFixture
{
protected:
    static void SetUpTestSuite()
    {
        if (!KeyringSession::installed() || keyring)
            return;
        keyring = std::make_unique<KeyringSession>();
        keyringError = keyring->start().errorMessage();
    }

    void SetUp() override
    {
        RAPPORT_REQUIRE_PROGRAM(DovecotServer::installed(), "Dovecot (dovecot-imapd)");
        RAPPORT_REQUIRE_PROGRAM(KeyringSession::installed(), "dbus-daemon or gnome-keyring-daemon");
        ASSERT_TRUE(keyringError.isEmpty()) << keyringError.toStdString();
        UiFixture::SetUp();
        auto started = server.start();
        ASSERT_TRUE(started.ok()) << started.errorMessage().toStdString();
    }

    void TearDown() override
    {
        if (HasFailure())
            std::cerr << server.log().toStdString() << '\n';
    }

    // An account for the server stored as the dialog would: its certificate
    // trusted, INBOX chosen, the password in the keyring.
    core::MailAccount addAccount(const QString &password, quint16 port = 0)
    {
        core::MailAccount a;
        a.name = QStringLiteral("Hospital mail");
        a.host = server.host();
        a.port = port ? port : server.tlsPort();
        a.userName = server.user();
        a.intervalMinutes = 0;
        a.trustedCertificate = server.certificateFingerprint();
        core::MailAccountRepository accounts(session().db(), clock);
        auto added = accounts.add(a);
        EXPECT_TRUE(added.ok()) << added.errorMessage().toStdString();
        a.id = added.ok() ? *added : 0;
        EXPECT_TRUE(accounts.setFolders(a.id, {QStringLiteral("INBOX")}).ok());
        EXPECT_TRUE(net::Keyring::store(net::MailSync::keyringKey(a), password).ok());
        return a;
    }

    int queued() { return rowCount(session().db(), QStringLiteral("mail_inbox")); }

    DovecotServer server;
    // Accepts connections and never says a word: a server that hangs.
    QTcpServer silent;

private:
    static inline std::unique_ptr<KeyringSession> keyring;
    static inline QString keyringError;
};

} // namespace rapport::test
