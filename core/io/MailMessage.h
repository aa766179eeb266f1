#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::core {

struct MailAddress
{
    QString name;  // decoded display name, may be empty
    QString email; // as written; compare case-insensitively
};

// Where a message sits in the file it came from, so a broken one can be
// found: its number in the file (1-based), the byte offset and line of its
// first line (the mbox "From " line, or the start of an .eml file).
struct MailPosition
{
    QString file;
    int index = 1;
    qint64 byteOffset = 0;
    int line = 1;

    // "season.mbox, message 12 (byte 7286, line 190)"
    QString describe() const;
};

// One message as read from an .eml file or an mbox archive, decoded to
// text; no GMime type leaks past MailParser.
struct MailMessage
{
    MailPosition position;
    QString messageId;             // without the angle brackets
    bool messageIdMade = false;    // none in the file: one derived from the content
    QDateTime date;                // with the offset it was written in; invalid = unknown
    bool dateFromEnvelope = false; // no usable Date header: the mbox From line's date (UTC)
    MailAddress from;              // email empty when the From header holds no address
    QString fromHeader;            // the raw From header, for a message that cannot be read
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QString subject;
    QString body; // plain text, "\n" line breaks
    bool bodyFromHtml = false;
    QStringList attachments; // names of parts that are not stored
    QStringList notes;       // oddities worth showing (a malformed From, a bad charset)
    QString broken;          // why it cannot be imported; empty when readable

    bool isBroken() const { return !broken.isEmpty(); }
};

} // namespace rapport::core
