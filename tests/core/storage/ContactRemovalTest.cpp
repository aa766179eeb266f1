// Deleting and merging contacts, and undoing both. Log entries outlive a
// deleted contact (they name no one) and name it again on undo.

#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/ProgramRepository.h"

#include "support/Builders.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::foreignKeyProblems;
using test::rowsDump;

class ContactRemovalTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        program = *programs.add(test::ProgramBuilder(QStringLiteral("Lakeside")));
        otherProgram = *programs.add(test::ProgramBuilder(QStringLiteral("Hillcrest")));
        Contact typed = test::ContactBuilder(program).email(QString());
        typed.notes = QStringLiteral("Met at AAO-HNSF.");
        lopez = *contacts.add(typed);
        Contact imported = test::ContactBuilder(program).title(QString()).email(
            QStringLiteral("mlopez@lakeside.edu"));
        imported.phone = QStringLiteral("312-555-0100");
        imported.notes = QStringLiteral("From the program list.");
        lopezAgain = *contacts.add(imported);
        lee = *contacts.add(test::ContactBuilder(otherProgram)
                                .name(QStringLiteral("Sam"), QStringLiteral("Lee"))
                                .email(QStringLiteral("slee@hillcrest.edu")));
        toLopez = *comms.add(test::CommunicationBuilder(program).contact(lopez));
        toLopezAgain << *comms.add(test::CommunicationBuilder(program).contact(lopezAgain))
                     << *comms.add(test::CommunicationBuilder(program)
                                       .contact(lopezAgain)
                                       .on(QDate(2026, 10, 3))
                                       .kind(Kind::ApplicationUpdate));
        toNoOne = *comms.add(test::CommunicationBuilder(program).on(QDate(2026, 10, 9)));
    }

    test::TempDatabase temp;
    ProgramRepository programs{temp.db()};
    ContactRepository contacts{temp.db()};
    CommunicationRepository comms{temp.db()};
    qint64 program = 0, otherProgram = 0, lopez = 0, lopezAgain = 0, lee = 0;
    qint64 toLopez = 0, toNoOne = 0;
    QList<qint64> toLopezAgain;
};

TEST_F(ContactRemovalTest, RemoveKeepsTheEntriesAndRestoreNamesItOnThemAgain)
{
    EXPECT_EQ(*contacts.countEntries(lopezAgain), 2);
    const std::string before = rowsDump(temp.db()).toStdString();
    auto removed = contacts.remove(lopezAgain);
    ASSERT_TRUE(removed) << removed.errorMessage().toStdString();
    EXPECT_EQ(removed->communicationIds, toLopezAgain);
    EXPECT_FALSE(contacts.get(lopezAgain));
    for (qint64 id : toLopezAgain) {
        auto entry = comms.get(id);
        ASSERT_TRUE(entry) << "the entry stays";
        EXPECT_FALSE(entry->contactId.has_value());
    }
    EXPECT_EQ(comms.get(toLopez)->contactId, std::optional<qint64>(lopez));
    const qint64 seen =
        test::queryValue(temp.db(), QStringLiteral("SELECT value FROM revision")).toLongLong();

    auto restored = contacts.restore(*removed);
    ASSERT_TRUE(restored) << restored.errorMessage().toStdString();
    EXPECT_EQ(rowsDump(temp.db()).toStdString(), before);
    EXPECT_TRUE(foreignKeyProblems(temp.db()).isEmpty());
    EXPECT_EQ(comms.changedSince(seen)->size(), 2) << "readers see the entries named again";
}

TEST_F(ContactRemovalTest, RestoreRefusesWhenAnEntryNamesSomeoneElseNow)
{
    auto removed = contacts.remove(lopezAgain);
    ASSERT_TRUE(removed);
    Communication entry = *comms.get(toLopezAgain[1]);
    entry.contactId = lopez;
    ASSERT_TRUE(comms.update(entry));
    const std::string before = rowsDump(temp.db()).toStdString();
    auto restored = contacts.restore(*removed);
    ASSERT_FALSE(restored);
    EXPECT_TRUE(restored.errorMessage().contains(QString::number(toLopezAgain[1])));
    EXPECT_EQ(rowsDump(temp.db()).toStdString(), before);
}

TEST_F(ContactRemovalTest, MergeNamesTheKeptContactAndKeepsTheOtherAddress)
{
    auto merged = contacts.merge(lopez, lopezAgain);
    ASSERT_TRUE(merged) << merged.errorMessage().toStdString();
    EXPECT_FALSE(contacts.get(lopezAgain));
    for (qint64 id : toLopezAgain)
        EXPECT_EQ(comms.get(id)->contactId, std::optional<qint64>(lopez));
    EXPECT_FALSE(comms.get(toNoOne)->contactId.has_value());
    const Contact c = *contacts.get(lopez);
    EXPECT_EQ(merged->merged, c);
    EXPECT_EQ(c.title, QStringLiteral("Dr.")) << "the kept contact's own values stay";
    EXPECT_EQ(c.email, QStringLiteral("mlopez@lakeside.edu")) << "empty: taken over";
    EXPECT_EQ(c.phone, QStringLiteral("312-555-0100"));
    EXPECT_EQ(c.notes, QStringLiteral("Met at AAO-HNSF.\n\nFrom the program list."));
    EXPECT_TRUE(foreignKeyProblems(temp.db()).isEmpty());
}

TEST(ContactCombined, AnotherAddressGoesToTheNotes)
{
    Contact keep;
    keep.lastName = QStringLiteral("Lopez");
    keep.email = QStringLiteral("mlopez@lakeside.edu");
    Contact gone = keep;
    gone.email = QStringLiteral("maria.lopez@lakesidehealth.org");
    gone.role = ContactRole::ProgramDirector;
    const Contact c = ContactRepository::combined(keep, gone);
    EXPECT_EQ(c.email, keep.email);
    EXPECT_EQ(c.role, ContactRole::ProgramDirector);
    EXPECT_EQ(c.notes, QStringLiteral("Also wrote from maria.lopez@lakesidehealth.org"));
    EXPECT_EQ(ContactRepository::combined(keep, keep).notes, QString()) << "nothing to add";
}

TEST_F(ContactRemovalTest, UnmergeRestoresEveryRow)
{
    const std::string before = rowsDump(temp.db()).toStdString();
    auto merged = contacts.merge(lopez, lopezAgain);
    ASSERT_TRUE(merged);
    auto undone = contacts.unmerge(*merged);
    ASSERT_TRUE(undone) << undone.errorMessage().toStdString();
    EXPECT_EQ(rowsDump(temp.db()).toStdString(), before);
    EXPECT_TRUE(foreignKeyProblems(temp.db()).isEmpty());
}

TEST_F(ContactRemovalTest, UnmergeRefusesWhenTheKeptContactChangedSince)
{
    auto merged = contacts.merge(lopez, lopezAgain);
    ASSERT_TRUE(merged);
    Contact edited = merged->merged;
    edited.phone = QStringLiteral("312-555-0199");
    ASSERT_TRUE(contacts.update(edited));
    const std::string before = rowsDump(temp.db()).toStdString();
    EXPECT_FALSE(contacts.unmerge(*merged));
    EXPECT_EQ(rowsDump(temp.db()).toStdString(), before);
}

TEST_F(ContactRemovalTest, RefusesToMergeContactsOfTwoPrograms)
{
    const std::string before = rowsDump(temp.db()).toStdString();
    auto merged = contacts.merge(lopez, lee);
    ASSERT_FALSE(merged);
    EXPECT_TRUE(merged.errorMessage().contains(QStringLiteral("merge the programs first")));
    EXPECT_FALSE(contacts.merge(lopez, lopez));
    EXPECT_EQ(rowsDump(temp.db()).toStdString(), before);
}

TEST_F(ContactRemovalTest, FailuresHalfWayChangeNothing)
{
    const std::string before = rowsDump(temp.db()).toStdString();
    // The entries are renamed or cleared before the contact row goes.
    ASSERT_TRUE(test::execSql(temp.db(), QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE "
                                                        "DELETE ON main.contacts BEGIN "
                                                        "SELECT RAISE(ABORT, 'refused'); END")));
    EXPECT_FALSE(contacts.merge(lopez, lopezAgain));
    EXPECT_EQ(rowsDump(temp.db()).toStdString(), before);
    EXPECT_FALSE(contacts.remove(lopezAgain));
    EXPECT_EQ(rowsDump(temp.db()).toStdString(), before);
    EXPECT_EQ(temp.db().transactionDepth(), 0);
}

} // namespace
} // namespace rapport::core
