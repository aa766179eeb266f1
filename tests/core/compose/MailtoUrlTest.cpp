#include "compose/MailtoUrl.h"

#include <QUrlQuery>

#include <gtest/gtest.h>

using rapport::core::MailtoUrl;

namespace {

QString text(const QStringList &to, const QString &subject, const QString &body)
{
    auto built = MailtoUrl::buildText(to, subject, body);
    EXPECT_TRUE(built.ok()) << built.errorMessage().toStdString();
    return built.ok() ? *built : QString();
}

// The headers a mail client would read from the link, decoded.
QList<QPair<QString, QString>> headersOf(const QUrl &url)
{
    return QUrlQuery(url).queryItems(QUrl::FullyDecoded);
}

} // namespace

TEST(MailtoUrl, AddressSubjectAndBody)
{
    EXPECT_EQ(text({"mlopez@lakeside.edu"}, "Hello", "Hi"),
              "mailto:mlopez@lakeside.edu?subject=Hello&body=Hi");
}

TEST(MailtoUrl, NoRecipientAndNoTextAreAllowed)
{
    EXPECT_EQ(text({}, "Hello", QString()), "mailto:?subject=Hello");
    EXPECT_EQ(text({"a@b.edu"}, QString(), QString()), "mailto:a@b.edu");
}

TEST(MailtoUrl, SeveralRecipientsAreCommaSeparated)
{
    EXPECT_EQ(text({"a@b.edu", "c@d.org"}, QString(), QString()), "mailto:a@b.edu,c@d.org");
}

TEST(MailtoUrl, LineBreaksAreCrLf)
{
    EXPECT_EQ(text({}, QString(), "Dear Dr. Lopez,\n\nThanks.\r\nA\rB"),
              "mailto:?body=Dear%20Dr.%20Lopez%2C%0D%0A%0D%0AThanks.%0D%0AA%0D%0AB");
}

TEST(MailtoUrl, NewlineAndAmpersandInSubjectCannotAddAHeader)
{
    const QString subject = "Hi\r\nBcc: spy@evil.example&bcc=spy@evil.example&cc=x@y.z";
    auto url = MailtoUrl::build({"pd@lakeside.edu"}, subject, "Body & more?x=1");
    ASSERT_TRUE(url.ok()) << url.errorMessage().toStdString();
    const QString encoded = QString::fromLatin1(url->toEncoded());
    EXPECT_FALSE(encoded.contains('\n'));
    EXPECT_FALSE(encoded.contains("&bcc")) << encoded.toStdString();
    EXPECT_FALSE(encoded.contains("&cc")) << encoded.toStdString();
    const auto headers = headersOf(*url);
    ASSERT_EQ(headers.size(), 2);
    EXPECT_EQ(headers.at(0).first, "subject");
    EXPECT_EQ(headers.at(0).second, "Hi\r\nBcc: spy@evil.example&bcc=spy@evil.example&cc=x@y.z");
    EXPECT_EQ(headers.at(1).first, "body");
    EXPECT_EQ(headers.at(1).second, "Body & more?x=1");
    EXPECT_EQ(url->path(), "pd@lakeside.edu");
}

TEST(MailtoUrl, PlusAndHashAreEncoded)
{
    const QString encoded = text({}, "C++ #1 choice", "a+b=c #tag");
    EXPECT_EQ(encoded, "mailto:?subject=C%2B%2B%20%231%20choice&body=a%2Bb%3Dc%20%23tag");
    auto url = MailtoUrl::build({}, "C++ #1 choice", "a+b=c #tag");
    ASSERT_TRUE(url.ok());
    // A '+' left raw would read as a space in some clients; a raw '#' would end the link.
    EXPECT_TRUE(url->fragment().isEmpty());
    EXPECT_EQ(QString::fromLatin1(url->toEncoded()), encoded);
    EXPECT_EQ(headersOf(*url).at(0).second, "C++ #1 choice");
}

TEST(MailtoUrl, UnicodeBodyIsUtf8PercentEncoded)
{
    EXPECT_EQ(text({}, QString(), "Señora Müller — 東京"),
              "mailto:?body=Se%C3%B1ora%20M%C3%BCller%20%E2%80%94%20%E6%9D%B1%E4%BA%AC");
    auto url = MailtoUrl::build({}, QString(), "Señora Müller — 東京");
    ASSERT_TRUE(url.ok());
    EXPECT_EQ(headersOf(*url).at(0).second, "Señora Müller — 東京");
}

TEST(MailtoUrl, AddressCharactersOutsideTheUnreservedSetAreEncoded)
{
    EXPECT_EQ(text({"first+ent@school.edu"}, QString(), QString()),
              "mailto:first%2Bent@school.edu");
}

class MailtoBadAddress : public ::testing::TestWithParam<const char *>
{};

TEST_P(MailtoBadAddress, IsRefusedByName)
{
    const QString address = QString::fromUtf8(GetParam());
    auto url = MailtoUrl::build({"ok@school.edu", address}, "Hello", "Body");
    ASSERT_FALSE(url.ok()) << address.toStdString();
    EXPECT_TRUE(url.errorMessage().contains(address.simplified()) || address.trimmed().isEmpty())
        << url.errorMessage().toStdString();
    EXPECT_FALSE(MailtoUrl::checkAddress(address).ok());
}

INSTANTIATE_TEST_SUITE_P(Refused, MailtoBadAddress,
                         ::testing::Values("pd@x.edu?bcc=spy@evil.example",
                                           "pd@x.edu&bcc=spy@evil.example", "a@x.edu,b@y.edu",
                                           "pd%40x.edu", "pd@x.edu\r\nBcc: spy@evil.example",
                                           "pd@x.edu\nBcc: spy@evil.example", "Maria Lopez@x.edu",
                                           " pd@x.edu", "not-an-address", "pd@", "", "   "));
