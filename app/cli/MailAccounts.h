#pragma once

#include "mail/MailAccount.h"

#include <QString>

namespace rapport::net {
struct ImapError;
}

namespace rapport::cli {

class Context;

// What `mail account` and `mail sync` share: finding an account, its
// password in the system keyring, and server errors a user can act on.

// The account named so (without regard to case); a CommandError if none.
core::MailAccount accountNamed(Context &ctx, const QString &command, const QString &name);

// The account's password from the keyring; a CommandError when the keyring
// cannot be read or holds none for it.
QString storedPassword(const core::MailAccount &account);

// The server's error; for an untrusted certificate, followed by retry and
// the fingerprint ("run the command again with --trust " + "AB:CD:…").
QString describeImapError(const net::ImapError &error, const QString &retry);

// "trust it with: mail account set "NAME" --trust ", for describeImapError.
QString trustCommand(const core::MailAccount &account);

// "AB:CD:…" from a SHA-256 fingerprint given with or without colons, in
// either case; a UsageError naming command when it is not one.
QString fingerprintOption(const QString &command, const QString &text);

} // namespace rapport::cli
