#include "NetTestSupport.h"

namespace rapport::test {
namespace {

using net::ImapError;

class ImapCertificate : public ImapTest
{};

TEST_F(ImapCertificate, SelfSignedIsRefusedWithItsFingerprintThenAcceptedOnceTrusted)
{
    account.trustedFingerprint.clear();
    auto refused = fetcher.listFolders(account, server.password());

    ASSERT_FALSE(refused.ok());
    const ImapError &error = refused.error();
    EXPECT_EQ(error.kind, ImapError::Kind::UntrustedCertificate) << error.message.toStdString();
    EXPECT_EQ(error.certificateFingerprint, server.certificateFingerprint());
    EXPECT_TRUE(error.certificateSubject.contains(QLatin1String("imap.rapport.test")))
        << error.certificateSubject.toStdString();
    EXPECT_EQ(
        error.message,
        QStringLiteral("The server's certificate (CN=imap.rapport.test) is not trusted: it is "
                       "self-signed and it was issued for another name than 127.0.0.1; its "
                       "SHA-256 fingerprint is %1.")
            .arg(server.certificateFingerprint()));

    account.trustedFingerprint = error.certificateFingerprint;
    auto accepted = fetcher.listFolders(account, server.password());
    ASSERT_TRUE(accepted.ok()) << accepted.error().message.toStdString();
    EXPECT_TRUE(accepted.value().contains(QStringLiteral("INBOX")));
}

TEST_F(ImapCertificate, FingerprintIsComparedWithoutColonsOrCase)
{
    account.trustedFingerprint = server.certificateFingerprint().remove(QLatin1Char(':')).toLower();
    auto accepted = fetcher.listFolders(account, server.password());

    ASSERT_TRUE(accepted.ok()) << accepted.error().message.toStdString();
}

TEST_F(ImapCertificate, AnotherCertificatesFingerprintDoesNotHelp)
{
    account.trustedFingerprint = QString(95, QLatin1Char('A'));
    auto refused = fetcher.listFolders(account, server.password());

    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ImapError::Kind::UntrustedCertificate);
}

TEST_F(ImapCertificate, StartTlsChecksTheCertificateToo)
{
    account.trustedFingerprint.clear();
    account.port = server.plainPort();
    account.security = net::ImapSecurity::StartTls;
    auto refused = fetcher.listFolders(account, server.password());

    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ImapError::Kind::UntrustedCertificate)
        << refused.error().message.toStdString();
}

} // namespace
} // namespace rapport::test
