#include "MailSeason.h"

#include "domain/TextLimits.h"
#include "storage/CommunicationRepository.h"
#include "support/QtPrinters.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rapport::core;
using rapport::test::MailSeason;

namespace {

// One message from Lakeside's coordinator, with the given Date header,
// subject and body.
QByteArray message(const QByteArray &date, const QByteArray &subject, const QByteArray &body)
{
    return "From: Jennifer Walsh <jwalsh@lakeside.edu>\n"
           "To: amira.haddad@gmail.com\n"
           "Subject: " +
           subject + "\nDate: " + date + "\nMessage-ID: <" +
           QByteArray::number(qHash(date + subject + body)) + "@lakeside.edu>\n\n" + body + "\n";
}

class MailLimits : public ::testing::Test
{
protected:
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        EXPECT_EQ(f.write(content), content.size());
        return path;
    }

    QList<MailCandidate> preview(const QString &path)
    {
        auto read = MailParser::readFile(path);
        EXPECT_TRUE(read.ok()) << read.errorMessage().toStdString();
        auto import = MailImport::load(m_season.db());
        EXPECT_TRUE(import.ok());
        if (!read.ok() || !import.ok())
            return {};
        auto candidates = import->preview(*read);
        EXPECT_TRUE(candidates.ok());
        return candidates.ok() ? *candidates : QList<MailCandidate>{};
    }

    QTemporaryDir m_dir;
    MailSeason m_season;
};

TEST_F(MailLimits, AYearOneDateIsRefusedNotStoredAs2001)
{
    const QList<MailCandidate> c = preview(write(
        QStringLiteral("year-one.eml"), message("Mon, 5 Jan 0001 10:00:00 +0000", "Hello", "Hi")));
    ASSERT_EQ(c.size(), 1);
    EXPECT_EQ(c[0].status, MailStatus::Broken);
    EXPECT_EQ(c[0].reason,
              QStringLiteral("year-one.eml, message 1 (byte 0, line 1): the Date header \"Mon, 5 "
                             "Jan 0001 10:00:00 +0000\" is not a date from 1990 to 2100, and no "
                             "mbox From line gives another"));
}

TEST_F(MailLimits, InAnMboxAYearOneDateGivesWayToTheFromLine)
{
    const QList<MailCandidate> c =
        preview(write(QStringLiteral("year-one.mbox"),
                      "From jwalsh@lakeside.edu Mon Nov  2 10:00:00 2026\n" +
                          message("Mon, 5 Jan 0001 10:00:00 +0000", "Hello", "Hi")));
    ASSERT_EQ(c.size(), 1);
    EXPECT_EQ(c[0].status, MailStatus::Ready) << c[0].reason.toStdString();
    EXPECT_EQ(c[0].communication.at.date(), QDate(2026, 11, 2));
}

TEST_F(MailLimits, TwoDigitYearsStillMeanThisCentury)
{
    const QList<MailCandidate> c = preview(write(
        QStringLiteral("two-digit.eml"), message("Mon, 2 Nov 26 10:00:00 +0000", "Hello", "Hi")));
    ASSERT_EQ(c.size(), 1);
    EXPECT_EQ(c[0].status, MailStatus::Ready) << c[0].reason.toStdString();
    EXPECT_EQ(c[0].communication.at.date(), QDate(2026, 11, 2));
}

TEST_F(MailLimits, ControlCharactersInSubjectAndBodyAreDropped)
{
    QByteArray body("Thank you\r\nfor applying.");
    body.insert(3, '\0');
    const QList<MailCandidate> c =
        preview(write(QStringLiteral("escapes.eml"),
                      message("Mon, 2 Nov 2026 10:00:00 +0000",
                              "Interview \x1b]0;pwned\x07invitation\x1b[2J", body)));
    ASSERT_EQ(c.size(), 1);
    ASSERT_EQ(c[0].status, MailStatus::Ready) << c[0].reason.toStdString();
    EXPECT_EQ(c[0].communication.subject, QStringLiteral("Interview invitation"));
    EXPECT_EQ(c[0].communication.body.left(9), QStringLiteral("Thank you"));
    const QString stored = c[0].communication.subject + c[0].communication.body;
    for (const QChar ch : stored)
        EXPECT_FALSE(isForbiddenControl(ch)) << int(ch.unicode());

    auto import = MailImport::load(m_season.db());
    ASSERT_TRUE(import.ok());
    auto summary = import->apply(c);
    ASSERT_TRUE(summary.ok()) << summary.errorMessage().toStdString();
    EXPECT_EQ(summary->imported, 1);
}

TEST_F(MailLimits, ABodyOverTheLimitIsRefusedNamingFileAndMessage)
{
    const QByteArray longBody(limits::kBody + 10, 'w');
    const QList<MailCandidate> c =
        preview(write(QStringLiteral("long.mbox"),
                      "From jwalsh@lakeside.edu Mon Nov  2 10:00:00 2026\n" +
                          message("Mon, 2 Nov 2026 10:00:00 +0000", "Short", "Fine") +
                          "\nFrom jwalsh@lakeside.edu Mon Nov  2 11:00:00 2026\n" +
                          message("Mon, 2 Nov 2026 11:00:00 +0000", "Long", longBody)));
    ASSERT_EQ(c.size(), 2);
    EXPECT_EQ(c[0].status, MailStatus::Ready) << c[0].reason.toStdString();
    EXPECT_EQ(c[1].status, MailStatus::Broken);
    EXPECT_TRUE(c[1].reason.startsWith(QLatin1String("long.mbox, message 2 ")))
        << c[1].reason.toStdString();
    EXPECT_TRUE(c[1].reason.contains(QLatin1String("communication body: ")) &&
                c[1].reason.contains(QLatin1String("more than the limit of 200000")))
        << c[1].reason.toStdString();
}

} // namespace
