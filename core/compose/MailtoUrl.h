#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace rapport::core {

// A mailto: link (RFC 6068) that opens the user's mail client with the
// message filled in. Every part is percent-encoded on its own, so text in
// the subject or body can never add a header ("&bcc=", a line break) and
// '+' stays a plus sign.
class MailtoUrl final
{
public:
    MailtoUrl() = delete;

    // Fails, naming the address, when one cannot go into the link safely.
    // No recipient at all is allowed: the user fills it in the mail client.
    static Result<QUrl> build(const QStringList &to, const QString &subject, const QString &body);

    // The encoded link as text, e.g. for a tooltip or the clipboard.
    static Result<QString> buildText(const QStringList &to, const QString &subject,
                                     const QString &body);

    // Why an address cannot go into a mailto: link; success when it can.
    static Status checkAddress(const QString &address);
};

} // namespace rapport::core
