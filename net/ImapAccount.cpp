#include "ImapAccount.h"

namespace rapport::net {

QString toString(ImapSecurity security)
{
    switch (security) {
    case ImapSecurity::Tls: return QStringLiteral("tls");
    case ImapSecurity::StartTls: return QStringLiteral("starttls");
    }
    return {};
}

std::optional<ImapSecurity> imapSecurityFromString(const QString &text)
{
    if (text == QLatin1String("tls"))
        return ImapSecurity::Tls;
    if (text == QLatin1String("starttls"))
        return ImapSecurity::StartTls;
    return std::nullopt;
}

QString ImapAccount::address() const
{
    return host + QLatin1Char(':') + QString::number(port);
}

QString ImapAccount::keyringKey() const
{
    return QStringLiteral("imap:") + userName + QLatin1Char('@') + address();
}

} // namespace rapport::net
