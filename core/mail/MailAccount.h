#pragma once

#include "domain/Enums.h"

#include <QDateTime>
#include <QString>

namespace rapport::core {

// An IMAP account mail is captured from. Its password is not here: it
// lives in the system keyring, under the account's name.
struct MailAccount
{
    qint64 id = 0;
    QString name; // unique, compared without case
    QString host;
    int port = 993;
    MailSecurity security = MailSecurity::Tls;
    QString userName;
    int intervalMinutes = 15;   // 0 = only when asked
    QString trustedCertificate; // SHA-256 hex of a certificate the user trusted; empty = none
    QDateTime created;

    bool operator==(const MailAccount &) const = default;
};

// A folder of an account that is captured, and how far it was read: a
// message is new when its UID is above lastUid while the server's
// UIDVALIDITY still equals uidValidity (0 = never read).
struct MailFolder
{
    qint64 accountId = 0;
    QString name;
    qint64 uidValidity = 0;
    qint64 lastUid = 0;
    QDateTime synced; // invalid = never

    bool operator==(const MailFolder &) const = default;
};

} // namespace rapport::core
