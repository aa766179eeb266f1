#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace rapport::core {

// A message as its sender wrote it, for "Show original": every header in
// order, decoded, and its text and HTML parts. No GMime type leaks past it.
struct MailOriginal
{
    QList<QPair<QString, QString>> headers; // name, decoded value
    QString text;                           // the plain part, or the HTML's text
    bool textFromHtml = false;
    QString html; // the first inline HTML part as written; empty without one
    QStringList attachments;

    // The first header of that name (case-insensitive), decoded; empty when none.
    QString header(const QString &name) const;
};

class MailOriginalReader final
{
public:
    // One .eml message; for an mbox the first message. Fails when the bytes
    // hold no message at all.
    static Result<MailOriginal> read(const QByteArray &raw);
};

} // namespace rapport::core
