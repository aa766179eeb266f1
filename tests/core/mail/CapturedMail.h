#pragma once

#include "core/io/MailSeason.h"
#include "mail/IncomingMail.h"
#include "mail/MailInbox.h"
#include "support/FakeClock.h"

#include <QByteArray>
#include <QString>

namespace rapport::test {

// One plain-text message as a mail server would hand it over; an empty
// messageId leaves the header out.
inline QByteArray mailText(const QString &messageId, const QString &from, const QString &subject,
                           const QString &date = QStringLiteral("Tue, 20 Oct 2026 11:00:00 -0400"),
                           const QString &body = QStringLiteral("Dear Dr. Haddad,\n\nSee you "
                                                                "soon.\n"),
                           const QString &to = QStringLiteral("amira.haddad@gmail.com"))
{
    QString text;
    if (!messageId.isEmpty())
        text += QStringLiteral("Message-ID: <%1>\n").arg(messageId);
    text += QStringLiteral("Date: %1\nFrom: %2\nTo: %3\nSubject: %4\nMIME-Version: 1.0\n"
                           "Content-Type: text/plain; charset=utf-8\n\n%5")
                .arg(date, from, to, subject, body);
    return text.toUtf8();
}

inline core::IncomingMail incoming(const QByteArray &raw,
                                   core::MailOrigin origin = core::MailOrigin::Imap)
{
    core::IncomingMail mail;
    mail.raw = raw;
    mail.origin = origin;
    if (origin == core::MailOrigin::Imap) {
        mail.folder = QStringLiteral("INBOX");
        mail.uidValidity = 7;
        mail.uid = 1;
    }
    return mail;
}

// The mail fixtures' season with a queue on it.
struct InboxSeason : MailSeason
{
    FakeClock clock;
    core::MailInbox inbox{db(), clock};

    core::CaptureSummary capture(const QList<core::IncomingMail> &batch)
    {
        auto summary = inbox.capture(batch);
        EXPECT_TRUE(summary.ok()) << summary.errorMessage().toStdString();
        return summary.ok() ? *summary : core::CaptureSummary{};
    }

    core::InboxEntry entry(qint64 id)
    {
        auto e = inbox.get(id);
        EXPECT_TRUE(e.ok()) << e.errorMessage().toStdString();
        return e.ok() ? *e : core::InboxEntry{};
    }
};

} // namespace rapport::test
