#include "io/MailParser.h"
#include "io/HtmlText.h"

#include "support/QtPrinters.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace rapport::core;

namespace {

QString mailFile(const char *name)
{
    return QStringLiteral(RAPPORT_TEST_DATA_DIR "/mail/") + QLatin1String(name);
}

QList<MailMessage> read(const char *name)
{
    auto messages = MailParser::readFile(mailFile(name));
    EXPECT_TRUE(messages.ok()) << messages.errorMessage().toStdString();
    return messages.ok() ? *messages : QList<MailMessage>{};
}

QDateTime at(int y, int mo, int d, int h, int mi, int s, int offsetHours)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone(offsetHours * 3600));
}

TEST(MailParser, ReadsEveryMessageOfAnMboxWithItsPosition)
{
    const QList<MailMessage> m = read("season.mbox");
    ASSERT_EQ(m.size(), 12);
    for (int i = 0; i < m.size(); ++i)
        EXPECT_EQ(m[i].position.index, i + 1);
    EXPECT_EQ(m[0].position.byteOffset, 0);
    EXPECT_EQ(m[0].position.line, 1);
    EXPECT_EQ(m[11].position.byteOffset, 7286);
    EXPECT_EQ(m[11].position.describe(),
              QStringLiteral("season.mbox, message 12 (byte 7286, line 218)"));
}

TEST(MailParser, DecodesUtf8BEncodedHeadersAndQuotedPrintableBodies)
{
    const MailMessage m = read("season.mbox").at(0);
    EXPECT_EQ(m.messageId, QStringLiteral("inv-20261013-0915@lakeside.edu"));
    EXPECT_EQ(m.subject,
              QString::fromUtf8("Interview invitation – Lakeside University Otolaryngology"));
    EXPECT_EQ(m.from.name, QStringLiteral("Jennifer Walsh"));
    EXPECT_EQ(m.from.email, QStringLiteral("jwalsh@lakeside.edu"));
    EXPECT_EQ(m.date, at(2026, 10, 13, 9, 15, 0, -5));
    EXPECT_EQ(m.date.offsetFromUtc(), -5 * 3600) << "the offset it was written in is kept";
    EXPECT_TRUE(
        m.body.contains(QString::fromUtf8("Please choose a date – November 20 or\nDecember 4 –")))
        << m.body.toStdString();
    EXPECT_TRUE(m.body.endsWith(
        QString::fromUtf8("Program Coordinator, Otolaryngology – Head & Neck Surgery")));
    EXPECT_FALSE(m.isBroken());
}

TEST(MailParser, PrefersThePlainPartOfMultipartAlternative)
{
    const MailMessage m = read("season.mbox").at(1);
    EXPECT_EQ(m.subject, QString::fromUtf8("Thank you – interview on November 20"));
    EXPECT_EQ(m.date, at(2026, 11, 21, 8, 40, 12, 2));
    EXPECT_EQ(m.date.offsetFromUtc(), 7200);
    ASSERT_EQ(m.to.size(), 1);
    EXPECT_EQ(m.to[0].name, QStringLiteral("Dr. Maria Lopez"));
    ASSERT_EQ(m.cc.size(), 1);
    EXPECT_EQ(m.cc[0].email, QStringLiteral("jwalsh@lakeside.edu"));
    EXPECT_TRUE(
        m.body.startsWith(QStringLiteral("Dear Dr. Lopez,\n\nThank you for the conversation")));
    EXPECT_FALSE(m.body.contains(QStringLiteral("HTML copy")));
    EXPECT_FALSE(m.bodyFromHtml);
    EXPECT_TRUE(m.attachments.isEmpty());
}

TEST(MailParser, DecodesIso88591AndWindows1252)
{
    const QList<MailMessage> all = read("season.mbox");
    const MailMessage &latin = all.at(2);
    EXPECT_EQ(latin.from.name, QString::fromUtf8("Dr. José Muñoz"));
    EXPECT_EQ(latin.subject, QString::fromUtf8("Confirmación: your interview on December 3"));
    EXPECT_TRUE(latin.body.contains(QString::fromUtf8("Señora Peña will send the")));
    EXPECT_TRUE(latin.body.endsWith(QString::fromUtf8("José Muñoz, MD")));

    const MailMessage &cp1252 = all.at(3);
    EXPECT_EQ(cp1252.from.name, QString::fromUtf8("Renée Boudreaux"));
    EXPECT_EQ(cp1252.subject, QString::fromUtf8("“Second look” day – January 15"));
    EXPECT_TRUE(cp1252.body.contains(
        QString::fromUtf8("We’re hosting an optional second look on January 15 – lunch")))
        << cp1252.body.toStdString();
    EXPECT_EQ(cp1252.date, at(2027, 1, 8, 10, 30, 0, -6));
}

TEST(MailParser, TurnsAnHtmlOnlyBodyIntoText)
{
    const MailMessage m = read("season.mbox").at(4);
    EXPECT_TRUE(m.bodyFromHtml);
    EXPECT_EQ(m.body,
              QString::fromUtf8(
                  "Dear Dr. Haddad,\n\nThank you for applying to Bayview’s Otolaryngology "
                  "program. After careful review, we are unable to offer you an interview "
                  "this year.\nWe wish you & your family the best — the Selection Committee"));
}

TEST(MailParser, NamesAttachmentsWithoutKeepingThem)
{
    const MailMessage m = read("season.mbox").at(5);
    EXPECT_EQ(m.attachments, QStringList{QStringLiteral("Haddad_CV_Oct2026.pdf")});
    EXPECT_TRUE(m.body.endsWith(QStringLiteral("Amira Haddad, MD")));
    EXPECT_FALSE(m.body.contains(QStringLiteral("JVBERi0"))) << "no base64 in the text";
}

TEST(MailParser, WithoutADateHeaderTakesTheMboxFromLineDate)
{
    const MailMessage m = read("season.mbox").at(6);
    EXPECT_TRUE(m.dateFromEnvelope);
    EXPECT_EQ(m.date, QDateTime(QDate(2026, 9, 28), QTime(16, 2, 33), QTimeZone::utc()));
    EXPECT_EQ(m.date.offsetFromUtc(), 0);
}

TEST(MailParser, AMalformedFromIsANoteNotABreak)
{
    const MailMessage m = read("season.mbox").at(7);
    EXPECT_FALSE(m.isBroken());
    EXPECT_TRUE(m.from.email.isEmpty());
    EXPECT_EQ(m.fromHeader, QStringLiteral("Dr. Pat Chen pchen at northgate dot org"));
    EXPECT_TRUE(m.notes.join(QLatin1Char('\n')).contains(QStringLiteral("holds no email address")));
    EXPECT_EQ(m.subject, QStringLiteral("Re: Research opportunity"));
}

TEST(MailParser, UnescapesMboxFromQuoting)
{
    const MailMessage m = read("season.mbox").at(10);
    EXPECT_TRUE(m.body.contains(QStringLiteral("\nFrom the first day of my interview")));
    EXPECT_FALSE(m.body.contains(QStringLiteral(">From")));
}

TEST(MailParser, ATruncatedLastMessageIsBrokenWithItsPosition)
{
    const QList<MailMessage> all = read("season.mbox");
    const MailMessage &m = all.last();
    EXPECT_TRUE(m.isBroken());
    EXPECT_EQ(m.broken, QStringLiteral("the message is cut off before its end"));
    EXPECT_EQ(m.messageId, QStringLiteral("itin-1209@northgate.org"));
    for (int i = 0; i + 1 < all.size(); ++i)
        EXPECT_FALSE(all[i].isBroken()) << i + 1 << ": " << all[i].broken.toStdString();
}

TEST(MailParser, ReadsSingleEmlFilesWithCrlf)
{
    const QList<MailMessage> update = read("northgate-update.eml");
    ASSERT_EQ(update.size(), 1);
    EXPECT_EQ(update[0].to.at(0).name, QString::fromUtf8("José Muñoz"));
    EXPECT_EQ(update[0].date, at(2027, 1, 5, 22, 15, 0, -8));
    EXPECT_FALSE(update[0].body.contains(QLatin1Char('\r')));
    EXPECT_TRUE(
        update[0].body.startsWith(QString::fromUtf8("Dear Dr. Muñoz,\n\nSince my interview")));

    const MailMessage invite = read("riverbend-invitation.eml").at(0);
    EXPECT_EQ(invite.from.name, QString::fromUtf8("Zoë Ng-Okafor"));
    EXPECT_EQ(invite.subject,
              QString::fromUtf8("Interview invitation – Riverbend Otolaryngology 🎉"));
    EXPECT_TRUE(invite.body.endsWith(QString::fromUtf8("Zoë Ng-Okafor, MD\nProgram Director")));

    const MailMessage undated = read("no-date.eml").at(0);
    EXPECT_FALSE(undated.date.isValid());
    EXPECT_FALSE(undated.dateFromEnvelope);
}

TEST(MailParser, MakesAStableIdForAMessageWithoutOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-id.eml"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(
        "From: a@b.org\nTo: c@d.org\nDate: Mon, 2 Nov 2026 10:00:00 +0000\nSubject: Hi\n\nText\n");
    f.close();
    auto first = MailParser::readFile(path);
    auto second = MailParser::readFile(path);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_TRUE(first->at(0).messageIdMade);
    EXPECT_TRUE(first->at(0).messageId.startsWith(QStringLiteral("rapport-")));
    EXPECT_EQ(first->at(0).messageId, second->at(0).messageId);
}

TEST(MailParser, AFileThatIsNotMailIsReportedNotCrashedOn)
{
    QTemporaryDir dir;
    EXPECT_FALSE(MailParser::readFile(dir.filePath(QStringLiteral("missing.mbox"))).ok());
    const QString path = dir.filePath(QStringLiteral("empty.eml"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    auto empty = MailParser::readFile(path);
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.errorMessage().contains(QStringLiteral("empty")));
}

TEST(HtmlText, DropsMarkupAndDecodesEntities)
{
    EXPECT_EQ(htmlToText(
                  QStringLiteral("<p>A&amp;B &lt;3&gt; caf&eacute; &#233; &#x2019; &bogus; x</p>")),
              QString::fromUtf8("A&B <3> café é ’ &bogus; x"));
    EXPECT_EQ(htmlToText(QStringLiteral("<ul><li>one</li><li>two</li></ul>line<br/>break")),
              QStringLiteral("- one\n- two\n\nline\nbreak"));
    EXPECT_EQ(htmlToText(QStringLiteral("<style>p{}</style><SCRIPT>x<y</SCRIPT>  spaced\n  out  ")),
              QStringLiteral("spaced out"));
}

} // namespace
