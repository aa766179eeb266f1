#pragma once

#include "Result.h"
#include "io/MailMessage.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace rapport::core {

// Reads email with GMime 3: one .eml message, or every message of an mbox
// archive. Headers are decoded (RFC 2047, any charset iconv knows), bodies
// from quoted-printable or base64 and their charset; of a multipart message
// the first text/plain part is kept, else the text of the first HTML part.
// A message GMime finds truncated or malformed comes back with broken set
// and its position, and the messages after it are still read.
class MailParser final
{
public:
    // An mbox archive when the file starts with "From ", else one message.
    // Fails only when the file cannot be read or holds no message at all.
    static Result<QList<MailMessage>> readFile(const QString &path);
    // The same from bytes in memory (a message fetched or captured); name
    // stands for the file in positions.
    static Result<QList<MailMessage>> readBytes(const QByteArray &data, const QString &name);
};

} // namespace rapport::core
