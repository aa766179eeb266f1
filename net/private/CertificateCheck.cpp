#include "CertificateCheck.h"

#include <QCryptographicHash>
#include <QStringList>

#include <vmime/security/cert/X509Certificate.hpp>
#include <vmime/security/cert/certificateChain.hpp>
#include <vmime/security/cert/certificateNotTrustedException.hpp>
#include <vmime/utility/outputStreamByteArrayAdapter.hpp>

#include <gnutls/gnutls.h>
#include <gnutls/x509.h>

#include <memory>
#include <vector>

namespace rapport::net::detail {

namespace cert = vmime::security::cert;

namespace {

QByteArray derOf(const cert::X509Certificate &certificate)
{
    vmime::byteArray bytes;
    vmime::utility::outputStreamByteArrayAdapter out(bytes);
    certificate.write(out, cert::X509Certificate::FORMAT_DER);
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

struct CrtList
{
    std::vector<gnutls_x509_crt_t> items;
    ~CrtList()
    {
        for (gnutls_x509_crt_t crt : items)
            gnutls_x509_crt_deinit(crt);
    }
};

struct TrustList
{
    gnutls_x509_trust_list_t list = nullptr;
    ~TrustList()
    {
        if (list)
            gnutls_x509_trust_list_deinit(list, 1);
    }
};

QString subjectOf(gnutls_x509_crt_t crt)
{
    gnutls_datum_t dn{};
    if (gnutls_x509_crt_get_dn3(crt, &dn, 0) < 0)
        return {};
    QString subject = QString::fromUtf8(reinterpret_cast<const char *>(dn.data), int(dn.size));
    gnutls_free(dn.data);
    return subject;
}

// GnuTLS's verdict for the chain and host name; empty when it is trusted.
QString chainProblem(const CrtList &chain, const std::string &hostname)
{
    TrustList trust;
    if (gnutls_x509_trust_list_init(&trust.list, 0) < 0)
        return QStringLiteral("GnuTLS could not start");
    if (gnutls_x509_trust_list_add_system_trust(trust.list, 0, 0) <= 0)
        return QStringLiteral("no system certificate authorities were found in /etc/ssl/certs");
    gnutls_typed_vdata_st host{};
    host.type = GNUTLS_DT_DNS_HOSTNAME;
    host.data = reinterpret_cast<unsigned char *>(const_cast<char *>(hostname.c_str()));
    unsigned int status = 0;
    // The chain array is not written to; the API just lacks a const.
    auto *crts = const_cast<gnutls_x509_crt_t *>(chain.items.data());
    const int rc = gnutls_x509_trust_list_verify_crt2(
        trust.list, crts, unsigned(chain.items.size()), &host, 1, 0, &status, nullptr);
    if (rc < 0)
        return QString::fromUtf8(gnutls_strerror(rc));
    if (status == 0)
        return {};
    QStringList reasons;
    if (status & GNUTLS_CERT_SIGNER_NOT_FOUND)
        reasons << (gnutls_x509_crt_check_issuer(chain.items.front(), chain.items.front()) == 1
                        ? QStringLiteral("it is self-signed")
                        : QStringLiteral(
                              "no certificate authority known to this system issued it"));
    if (status & GNUTLS_CERT_UNEXPECTED_OWNER)
        reasons << QStringLiteral("it was issued for another name than %1")
                       .arg(QString::fromStdString(hostname));
    if (status & GNUTLS_CERT_EXPIRED)
        reasons << QStringLiteral("it has expired");
    if (status & GNUTLS_CERT_NOT_ACTIVATED)
        reasons << QStringLiteral("it is not valid yet");
    if (status & GNUTLS_CERT_REVOKED)
        reasons << QStringLiteral("it was revoked");
    if (status & GNUTLS_CERT_INSECURE_ALGORITHM)
        reasons << QStringLiteral("it is signed with an insecure algorithm");
    if (!reasons.isEmpty())
        return reasons.join(QLatin1String(" and "));
    gnutls_datum_t text{};
    if (gnutls_certificate_verification_status_print(status, GNUTLS_CRT_X509, &text, 0) < 0)
        return QStringLiteral("GnuTLS status %1").arg(status);
    QString reason = QString::fromUtf8(reinterpret_cast<const char *>(text.data), int(text.size));
    gnutls_free(text.data);
    return reason.trimmed();
}

} // namespace

QString formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QString normalizeFingerprint(const QString &fingerprint)
{
    QString hex;
    for (QChar c : fingerprint) {
        if (c.isLetterOrNumber())
            hex.append(c.toUpper());
    }
    return hex;
}

CertificateCheck::CertificateCheck(QString trustedFingerprint)
    : m_trusted(normalizeFingerprint(trustedFingerprint))
{}

void CertificateCheck::verify(vmime::shared_ptr<cert::certificateChain> chain,
                              const vmime::string &hostname)
{
    CrtList crts;
    QByteArray leafDer;
    for (size_t i = 0; i < chain->getCount(); ++i) {
        auto x509 = vmime::dynamicCast<cert::X509Certificate>(chain->getAt(i));
        if (!x509)
            continue;
        const QByteArray der = derOf(*x509);
        if (crts.items.empty())
            leafDer = der;
        gnutls_x509_crt_t crt = nullptr;
        gnutls_x509_crt_init(&crt);
        crts.items.push_back(crt);
        gnutls_datum_t datum{reinterpret_cast<unsigned char *>(const_cast<char *>(der.constData())),
                             unsigned(der.size())};
        gnutls_x509_crt_import(crt, &datum, GNUTLS_X509_FMT_DER);
    }

    QString reason;
    if (crts.items.empty()) {
        reason = QStringLiteral("the server sent no X.509 certificate");
    } else {
        const QString fingerprint =
            formatFingerprint(QCryptographicHash::hash(leafDer, QCryptographicHash::Sha256));
        if (!m_trusted.isEmpty() && normalizeFingerprint(fingerprint) == m_trusted)
            return;
        reason = chainProblem(crts, hostname);
        if (reason.isEmpty())
            return;
        m_rejection = CertificateRejection{reason, fingerprint, subjectOf(crts.items.front())};
    }
    if (!m_rejection)
        m_rejection = CertificateRejection{reason, {}, {}};
    cert::certificateNotTrustedException error;
    if (chain->getCount() > 0)
        error.setCertificate(chain->getAt(0));
    throw error;
}

} // namespace rapport::net::detail
