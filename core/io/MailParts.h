#pragma once

// GMime (GLib) first: its headers use "signals" as a name, which Qt's
// keyword macros would break. QT_NO_KEYWORDS is on too; this keeps the
// order safe either way.
#include <gmime/gmime.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

// The body of one GMime message as text; used by MailParser only.
namespace rapport::core::mailparts {

struct Body
{
    QString text;
    bool fromHtml = false;
    QString html; // the first inline text/html part as written; empty without one
    QStringList attachments;
    QStringList notes;
};

// Depth first: the first inline text/plain part, else the text of the first
// text/html part; every other leaf (and any attached message) is named in
// attachments. unescapeFrom undoes mbox ">From " quoting.
Body extractBody(GMimeMessage *message, bool unescapeFrom);

// Bytes in the charset a part declares, as text: the declared charset when
// iconv knows it and the bytes fit, else UTF-8 when they are valid UTF-8,
// else windows-1252 (what mislabelled "ISO-8859-1" mail usually is).
QString decodeCharset(const QByteArray &bytes, const char *charset, QStringList *notes);

} // namespace rapport::core::mailparts
