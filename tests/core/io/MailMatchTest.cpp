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

} // namespace
} // namespace rapport::core
