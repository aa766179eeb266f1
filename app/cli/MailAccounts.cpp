#include "MailAccounts.h"

#include "Args.h"
#include "Context.h"

#include "ImapError.h"
#include "Keyring.h"
#include "MailSync.h"
#include "mail/MailAccountRepository.h"

#include <QRegularExpression>

namespace rapport::cli {

core::MailAccount accountNamed(Context &ctx, const QString &command, const QString &name)
{
    const auto found = need(core::MailAccountRepository(ctx.db(), ctx.clock()).findByName(name));
    if (!found)
        throw CommandError(QStringLiteral("%1: there is no mail account named \"%2\" (see: mail "
                                          "account list)")
                               .arg(command, name));
    return *found;
}

QString storedPassword(const core::MailAccount &account)
{
    const auto password = need(net::Keyring::read(net::MailSync::keyringKey(account)));
    if (!password)
        throw CommandError(QStringLiteral("the system keyring holds no password for mail account "
                                          "\"%1\"; store it with: mail account set \"%1\" "
                                          "--password")
                               .arg(account.name));
    return *password;
}

QString describeImapError(const net::ImapError &error, const QString &retry)
{
    if (error.kind != net::ImapError::Kind::UntrustedCertificate)
        return error.message;
    return QStringLiteral("%1 If it is your server's certificate, %2%3")
        .arg(error.message, retry, error.certificateFingerprint);
}

QString trustCommand(const core::MailAccount &account)
{
    return QStringLiteral("trust it with: mail account set \"%1\" --trust ").arg(account.name);
}

QString fingerprintOption(const QString &command, const QString &text)
{
    QString hex = text;
    hex.remove(QRegularExpression(QStringLiteral("[:\\s]")));
    static const QRegularExpression sha256(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!sha256.match(hex).hasMatch())
        throw UsageError(QStringLiteral("%1: --trust \"%2\" is not a SHA-256 fingerprint (64 hex "
                                        "digits, colons allowed)")
                             .arg(command, text));
    hex = hex.toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs << hex.mid(i, 2);
    return pairs.join(QLatin1Char(':'));
}

} // namespace rapport::cli
