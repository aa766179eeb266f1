#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/ProgramRepository.h"

#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

class StorageEdgeCases : public ::testing::Test
{
protected:
    void SetUp() override
    {
        lakeside =
            *ProgramRepository(temp.db()).add(test::ProgramBuilder(QStringLiteral("Lakeside")));
        hillcrest =
            *ProgramRepository(temp.db()).add(test::ProgramBuilder(QStringLiteral("Hillcrest")));
        contact = *ContactRepository(temp.db()).add(test::ContactBuilder(lakeside));
    }

    test::TempDatabase temp;
    qint64 lakeside = 0;
    qint64 hillcrest = 0;
    qint64 contact = 0;
};

TEST_F(StorageEdgeCases, AContactWithLoggedMessagesCannotMoveToAnotherProgram)
{
    ContactRepository contacts(temp.db());
    ASSERT_TRUE(CommunicationRepository(temp.db()).add(
        test::CommunicationBuilder(lakeside).contact(contact)));
    Contact moved = *contacts.get(contact);
    moved.programId = hillcrest;
    const Status s = contacts.update(moved);
    ASSERT_FALSE(s);
    EXPECT_TRUE(s.errorMessage().contains(QLatin1String("1 logged messages")))
        << s.errorMessage().toStdString();
    EXPECT_EQ(contacts.get(contact)->programId, lakeside);
}

TEST_F(StorageEdgeCases, AContactWithoutMessagesCanMove)
{
    ContactRepository contacts(temp.db());
    Contact moved = *contacts.get(contact);
    moved.programId = hillcrest;
    ASSERT_TRUE(contacts.update(moved));
    EXPECT_EQ(contacts.get(contact)->programId, hillcrest);
}

TEST_F(StorageEdgeCases, DateFilterUsesTheDayTheEntryWasMadeIn)
{
    CommunicationRepository repo(temp.db());
    // 20:30 in California on 5 October is 03:30 UTC on 6 October.
    const QDateTime evening(QDate(2026, 10, 5), QTime(20, 30), QTimeZone(-7 * 3600));
    ASSERT_TRUE(repo.add(test::CommunicationBuilder(lakeside).at(evening)));
    CommunicationFilter fifth;
    fifth.from = fifth.to = QDate(2026, 10, 5);
    EXPECT_EQ(repo.list(fifth)->size(), 1);
    CommunicationFilter sixth;
    sixth.from = sixth.to = QDate(2026, 10, 6);
    EXPECT_EQ(repo.list(sixth)->size(), 0);
}

TEST_F(StorageEdgeCases, ProfileAddressesAreTrimmedBeforeTheyAreChecked)
{
    ProfileRepository profiles(temp.db());
    ApplicantProfile p;
    p.email = QStringLiteral("  amira@example.org ");
    p.otherEmails = {QStringLiteral(" a.haddad@cairo.edu.eg"), QStringLiteral("  ")};
    ASSERT_TRUE(profiles.saveProfile(p));
    EXPECT_EQ(profiles.profile()->email, QStringLiteral("amira@example.org"));
    EXPECT_EQ(profiles.profile()->otherEmails,
              QStringList{QStringLiteral("a.haddad@cairo.edu.eg")});
}

} // namespace
} // namespace rapport::core
