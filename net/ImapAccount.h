#pragma once

#include <QString>

#include <optional>

namespace rapport::net {

// How the connection is secured; canonical forms "tls" and "starttls".
enum class ImapSecurity
{
    Tls,      // implicit TLS from the first byte (usually port 993)
    StartTls, // plain connection upgraded with STARTTLS (usually port 143)
};

QString toString(ImapSecurity security);
std::optional<ImapSecurity> imapSecurityFromString(const QString &text);

// One IMAP mailbox. The password is not part of it: it lives in the keyring.
struct ImapAccount
{
    QString host;
    quint16 port = 993;
    ImapSecurity security = ImapSecurity::Tls;
    QString userName;
    // SHA-256 of a certificate the user chose to trust (hex, colons and case
    // ignored); empty trusts only what the system's CAs vouch for.
    QString trustedFingerprint;

    // "host:port", as error messages name the server.
    QString address() const;
    // The keyring entry's key: "imap:<user>@<host>:<port>".
    QString keyringKey() const;
};

// What the consumer remembers of one folder between fetches.
struct ImapFolderState
{
    QString folder; // full name, levels separated by '/'
    quint32 uidValidity = 0;
    quint32 lastUid = 0;
};

// One message as the server stores it, byte for byte.
struct ImapMessage
{
    quint32 uid = 0;
    QByteArray raw;
};

} // namespace rapport::net
