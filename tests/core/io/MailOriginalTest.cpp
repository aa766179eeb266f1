#include "io/MailOriginal.h"

#include "support/QtPrinters.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace rapport::core;

namespace {

QByteArray mailFile(const char *name)
{
    QFile file(QStringLiteral(RAPPORT_TEST_DATA_DIR "/mail/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

TEST(MailOriginal, KeepsEveryHeaderInOrderDecoded)
{
    const auto original = MailOriginalReader::read(mailFile("riverbend-invitation.eml"));
    ASSERT_TRUE(original.ok()) << original.errorMessage().toStdString();
    ASSERT_GE(original->headers.size(), 5);
    EXPECT_EQ(original->headers.first().first, QStringLiteral("Message-ID"));
    EXPECT_EQ(original->header(QStringLiteral("from")),
              QString::fromUtf8("Zoë Ng-Okafor <zng@riverbend.edu>"));
    EXPECT_EQ(original->header(QStringLiteral("Subject")),
              QString::fromUtf8("Interview invitation – Riverbend Otolaryngology 🎉"));
    EXPECT_EQ(original->header(QStringLiteral("X-Missing")), QString());
    EXPECT_TRUE(original->text.startsWith(QStringLiteral("Dear Dr. Haddad,")));
    EXPECT_TRUE(original->html.isEmpty());
}

TEST(MailOriginal, KeepsTheHtmlPartAsWrittenBesideThePlainText)
{
    const auto original = MailOriginalReader::read(mailFile("lakeside-html.eml"));
    ASSERT_TRUE(original.ok()) << original.errorMessage().toStdString();
    EXPECT_FALSE(original->textFromHtml);
    EXPECT_TRUE(original->text.contains(QStringLiteral("Parking is in Garage B.")));
    EXPECT_FALSE(original->text.contains(QLatin1Char('<')));
    EXPECT_TRUE(original->html.contains(QStringLiteral("<b>November 20</b>")));
    EXPECT_TRUE(original->html.contains(QStringLiteral("http://tracker.example.com/open.gif")));
    EXPECT_EQ(original->header(QStringLiteral("Cc")),
              QStringLiteral("Maria Lopez <mlopez@lakeside.edu>"));
}

TEST(MailOriginal, ReadsTheFirstMessageOfAnMbox)
{
    const auto original = MailOriginalReader::read(mailFile("season.mbox"));
    ASSERT_TRUE(original.ok()) << original.errorMessage().toStdString();
    EXPECT_FALSE(original->header(QStringLiteral("Message-ID")).isEmpty());
}

TEST(MailOriginal, NothingToReadIsAnError)
{
    EXPECT_FALSE(MailOriginalReader::read({}).ok());
}

} // namespace
