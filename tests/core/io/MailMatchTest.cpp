// Which program a message belongs to, by a contact's address or a program's
// email domain: looked up, not scanned, so the answers must stay those the
// rules in MailImport.h give.
#include "io/MailImport.h"
#include "storage/ContactRepository.h"
#include "storage/ProgramRepository.h"

#include "support/Builders.h"
#include "support/QtPrinters.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

class MailMatchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        whole = addProgram(QStringLiteral("Lakeside University Otolaryngology"),
                           QStringLiteral("lakeside.edu"));
        medical = addProgram(QStringLiteral("Lakeside Medical School Otolaryngology"),
                             QStringLiteral("MED.lakeside.edu"));
        twinA = addProgram(QStringLiteral("Twin Falls Otolaryngology"),
                           QStringLiteral("twinhealth.org"));
        twinB = addProgram(QStringLiteral("Twin Peaks Otolaryngology"),
                           QStringLiteral("twinhealth.org"));
        ContactRepository contacts(temp.db());
        auto walsh =
            contacts.add(test::ContactBuilder(twinA).email(QStringLiteral("Dana.Walsh@gmail.com")));
        ASSERT_TRUE(walsh.ok());
        walshId = *walsh;
        ASSERT_TRUE(
            contacts.add(test::ContactBuilder(whole).email(QStringLiteral("shared@x.org"))).ok());
        ASSERT_TRUE(
            contacts.add(test::ContactBuilder(medical).email(QStringLiteral("shared@x.org"))).ok());
    }

    qint64 addProgram(const QString &name, const QString &domain)
    {
        Program p = test::ProgramBuilder(name);
        p.emailDomain = domain;
        auto id = ProgramRepository(temp.db()).add(p);
        EXPECT_TRUE(id.ok()) << id.errorMessage().toStdString();
        return id.ok() ? *id : 0;
    }

    MailCandidate from(const QString &email)
    {
        MailMessage m;
        m.messageId = email + QStringLiteral("@test");
        m.date = QDateTime(QDate(2027, 1, 5), QTime(9, 0), QTimeZone::utc());
        m.from = MailAddress{QString(), email};
        m.subject = QStringLiteral("Interview day schedule");
        m.body = QStringLiteral("Please find the schedule attached.");
        auto import = MailImport::load(temp.db());
        EXPECT_TRUE(import.ok()) << import.errorMessage().toStdString();
        auto preview = import->preview({m});
        EXPECT_TRUE(preview.ok());
        return preview.ok() && !preview->isEmpty() ? preview->first() : MailCandidate{};
    }

    test::TempDatabase temp;
    qint64 whole = 0, medical = 0, twinA = 0, twinB = 0, walshId = 0;
};

TEST_F(MailMatchTest, AContactsAddressWinsInAnyCase)
{
    const MailCandidate c = from(QStringLiteral("dana.walsh@GMAIL.com"));
    EXPECT_EQ(c.status, MailStatus::Ready) << c.reason.toStdString();
    EXPECT_EQ(c.communication.programId, twinA);
    EXPECT_EQ(c.communication.contactId, walshId);
}

TEST_F(MailMatchTest, TheLongestProgramDomainWinsForASubdomain)
{
    const MailCandidate deep = from(QStringLiteral("coordinator@mail.med.lakeside.edu"));
    EXPECT_EQ(deep.status, MailStatus::Ready) << deep.reason.toStdString();
    EXPECT_EQ(deep.communication.programId, medical);
    EXPECT_FALSE(deep.communication.contactId.has_value());

    const MailCandidate top = from(QStringLiteral("gme@Lakeside.edu"));
    EXPECT_EQ(top.communication.programId, whole) << top.reason.toStdString();
}

TEST_F(MailMatchTest, ADomainThatOnlyEndsLikeAProgramsIsNotIt)
{
    const MailCandidate c = from(QStringLiteral("someone@notlakeside.edu"));
    EXPECT_EQ(c.status, MailStatus::Unmatched);
    EXPECT_TRUE(c.reason.contains(QStringLiteral("no program"))) << c.reason.toStdString();
}

TEST_F(MailMatchTest, AmbiguousAddressesAndDomainsAreLeftToTheUser)
{
    const MailCandidate shared = from(QStringLiteral("shared@x.org"));
    EXPECT_EQ(shared.status, MailStatus::Unmatched);
    EXPECT_TRUE(shared.reason.contains(QStringLiteral("several programs")))
        << shared.reason.toStdString();

    const MailCandidate twin = from(QStringLiteral("office@twinhealth.org"));
    EXPECT_EQ(twin.status, MailStatus::Unmatched);
    EXPECT_TRUE(twin.reason.contains(QStringLiteral("Twin Falls")) &&
                twin.reason.contains(QStringLiteral("Twin Peaks")))
        << twin.reason.toStdString();
}

TEST_F(MailMatchTest, ReasonsNameThreeOfManyProgramsAndCountTheRest)
{
    QList<qint64> sites; // listed by name, as the programs are read
    ContactRepository contacts(temp.db());
    for (int i = 1; i <= 100; ++i) {
        sites << addProgram(QStringLiteral("Site %1").arg(i, 3, 10, QLatin1Char('0')),
                            QStringLiteral("sites.org"));
        const auto contactAt = [&](const char *email) {
            ASSERT_TRUE(
                contacts.add(test::ContactBuilder(sites.last()).email(QLatin1String(email))).ok());
        };
        if (i <= 5)
            contactAt("chair@elsewhere.org");
        if (i <= 4)
            contactAt("dean@elsewhere.org");
    }
    const MailCandidate office = from(QStringLiteral("office@sites.org"));
    EXPECT_EQ(office.status, MailStatus::Unmatched);
    EXPECT_TRUE(office.reason.endsWith(
        QStringLiteral(": office@sites.org is in the email domain of several programs: Site 001 "
                       "(%1), Site 002 (%2), Site 003 (%3) and 97 more")
            .arg(sites[0])
            .arg(sites[1])
            .arg(sites[2])))
        << office.reason.toStdString();

    const MailCandidate chair = from(QStringLiteral("chair@elsewhere.org"));
    EXPECT_TRUE(chair.reason.endsWith(
        QStringLiteral(": chair@elsewhere.org is a contact of several programs: Site 001 (%1), "
                       "Site 002 (%2), Site 003 (%3) and 2 more")
            .arg(sites[0])
            .arg(sites[1])
            .arg(sites[2])))
        << chair.reason.toStdString();

    // "and 1 more" would be no shorter than the name.
    const MailCandidate dean = from(QStringLiteral("dean@elsewhere.org"));
    EXPECT_TRUE(dean.reason.endsWith(
        QStringLiteral(": dean@elsewhere.org is a contact of several programs: Site 001 (%1), "
                       "Site 002 (%2), Site 003 (%3), Site 004 (%4)")
            .arg(sites[0])
            .arg(sites[1])
            .arg(sites[2])
            .arg(sites[3])))
        << dean.reason.toStdString();
}

} // namespace
} // namespace rapport::core
