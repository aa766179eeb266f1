#pragma once

// Private: VMime types may appear here, never in a public net/ header.

#include <QString>

#include <optional>

#include <vmime/security/cert/certificateVerifier.hpp>

namespace rapport::net::detail {

// Why a server's certificate was refused, for the error message.
struct CertificateRejection
{
    QString reason;
    QString fingerprint; // SHA-256, "AB:CD:…"
    QString subject;
};

// "AB:CD:…" for display; comparisons ignore colons, spaces and case.
QString formatFingerprint(const QByteArray &sha256);
QString normalizeFingerprint(const QString &fingerprint);

// Accepts a chain that GnuTLS verifies against the system CAs for the host
// name, or whose first certificate has the trusted SHA-256 fingerprint.
// VMime's defaultCertificateVerifier is not used: it checks only that each
// certificate names the next as issuer, never the signatures in between.
class CertificateCheck final : public vmime::security::cert::certificateVerifier
{
public:
    explicit CertificateCheck(QString trustedFingerprint);

    void verify(vmime::shared_ptr<vmime::security::cert::certificateChain> chain,
                const vmime::string &hostname) override;

    // Set once verify() has refused a chain.
    const std::optional<CertificateRejection> &rejection() const { return m_rejection; }

private:
    QString m_trusted;
    std::optional<CertificateRejection> m_rejection;
};

} // namespace rapport::net::detail
