#include "storage/ContactRepository.h"
#include "storage/ProgramRepository.h"

#include "support/Builders.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::ContactBuilder;
using test::contains;

class ContactRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto id =
            ProgramRepository(m_temp.db()).add(test::ProgramBuilder(QStringLiteral("Lakeside")));
        ASSERT_TRUE(id) << id.errorMessage().toStdString();
        programId = *id;
        auto other =
            ProgramRepository(m_temp.db()).add(test::ProgramBuilder(QStringLiteral("Hillcrest")));
        ASSERT_TRUE(other);
        otherProgramId = *other;
    }

    int contactCount() { return test::rowCount(m_temp.db(), QStringLiteral("contacts")); }

    void expectAddRefused(const Contact &c, const QStringList &parts)
    {
        const int before = contactCount();
        auto id = repo.add(c);
        ASSERT_FALSE(id) << "accepted with id " << *id;
        for (const QString &part : parts)
            EXPECT_TRUE(contains(id.errorMessage(), part));
        EXPECT_EQ(contactCount(), before);
    }

    test::TempDatabase m_temp;
    ContactRepository repo{m_temp.db()};
    qint64 programId = 0;
    qint64 otherProgramId = 0;
};

TEST_F(ContactRepositoryTest, MalformedEmailsAreRefusedWithTheValue)
{
    for (const char *email : {"not-an-email", "a@b", "x@y..com", "two@@signs.edu",
                              "space in@lakeside.edu", "pd@lakeside.edu?bcc=x@y.com"}) {
        const QString value = QString::fromUtf8(email);
        expectAddRefused(ContactBuilder(programId).email(value),
                         {QStringLiteral("contact email"), value});
    }
}

TEST_F(ContactRepositoryTest, EmailsAreAcceptedTrimmedAndEmptyIsAllowed)
{
    auto id =
        repo.add(ContactBuilder(programId).email(QStringLiteral("  mlopez@ent.lakeside.edu ")));
    ASSERT_TRUE(id) << id.errorMessage().toStdString();
    EXPECT_EQ(repo.get(*id)->email, QStringLiteral("mlopez@ent.lakeside.edu"));
    auto none = repo.add(ContactBuilder(programId).email(QString()));
    ASSERT_TRUE(none) << none.errorMessage().toStdString();
    EXPECT_EQ(repo.get(*none)->email, QString());
}

TEST_F(ContactRepositoryTest, AContactOfAProgramThatDoesNotExistIsRefused)
{
    expectAddRefused(ContactBuilder(9999), {QStringLiteral("program"), QStringLiteral("9999")});
    expectAddRefused(ContactBuilder(0), {QStringLiteral("no program")});
}

TEST_F(ContactRepositoryTest, NamesAndTitlesAreChecked)
{
    expectAddRefused(ContactBuilder(programId).name(QStringLiteral(" "), QString()),
                     {QStringLiteral("name")});
    expectAddRefused(ContactBuilder(programId).title(QStringLiteral("Sir")),
                     {QStringLiteral("title"), QStringLiteral("Sir")});
}

TEST_F(ContactRepositoryTest, AnInvalidUpdateChangesNothing)
{
    auto id = repo.add(ContactBuilder(programId));
    ASSERT_TRUE(id);
    Contact c = *repo.get(*id);
    c.email = QStringLiteral("x@y..com");
    c.lastName = QStringLiteral("Changed");
    auto s = repo.update(c);
    ASSERT_FALSE(s);
    EXPECT_TRUE(contains(s.errorMessage(), "x@y..com"));

    c = *repo.get(*id);
    c.programId = 9999;
    s = repo.update(c);
    ASSERT_FALSE(s);
    EXPECT_TRUE(contains(s.errorMessage(), "9999"));

    const Contact after = *repo.get(*id);
    EXPECT_EQ(after.lastName, QStringLiteral("Lopez"));
    EXPECT_EQ(after.email, QStringLiteral("mlopez@lakeside.edu"));
    EXPECT_EQ(after.programId, programId);
}

TEST_F(ContactRepositoryTest, EveryFieldComesBack)
{
    Contact c;
    c.programId = programId;
    c.title = QStringLiteral("Prof.");
    c.firstName = QStringLiteral("José");
    c.lastName = QStringLiteral("O'Neil-García");
    c.role = ContactRole::AssociateProgramDirector;
    c.email = QStringLiteral("jose.oneil@lakeside.edu");
    c.phone = QStringLiteral("+1 (312) 555-0100 ext. 4");
    c.notes = QStringLiteral("Met at AAO-HNSF;\nprefers email");
    auto id = repo.add(c);
    ASSERT_TRUE(id) << id.errorMessage().toStdString();
    const Contact read = *repo.get(*id);
    EXPECT_EQ(read.id, *id);
    EXPECT_EQ(read.programId, c.programId);
    EXPECT_EQ(read.title, c.title);
    EXPECT_EQ(read.firstName, c.firstName);
    EXPECT_EQ(read.lastName, c.lastName);
    EXPECT_EQ(read.role, c.role);
    EXPECT_EQ(read.email, c.email);
    EXPECT_EQ(read.phone, c.phone);
    EXPECT_EQ(read.notes, c.notes);
    EXPECT_EQ(read.formalName(), QStringLiteral("Prof. O'Neil-García"));
}

TEST_F(ContactRepositoryTest, EveryRolePassesTheSchema)
{
    for (const QString &name : enumNames<ContactRole>()) {
        auto id = repo.add(ContactBuilder(programId).role(*parseEnum<ContactRole>(name)));
        ASSERT_TRUE(id) << name.toStdString() << ": " << id.errorMessage().toStdString();
        EXPECT_EQ(toString(repo.get(*id)->role), name);
    }
}

TEST_F(ContactRepositoryTest, ListsPerProgramSortedByLastName)
{
    ASSERT_TRUE(
        repo.add(ContactBuilder(programId).name(QStringLiteral("Ann"), QStringLiteral("zhou"))));
    ASSERT_TRUE(
        repo.add(ContactBuilder(programId).name(QStringLiteral("Ben"), QStringLiteral("Abbott"))));
    ASSERT_TRUE(repo.add(
        ContactBuilder(otherProgramId).name(QStringLiteral("Cy"), QStringLiteral("Baker"))));

    auto lakeside = repo.forProgram(programId);
    ASSERT_TRUE(lakeside);
    ASSERT_EQ(lakeside->size(), 2);
    EXPECT_EQ(lakeside->at(0).lastName, QStringLiteral("Abbott"));
    EXPECT_EQ(lakeside->at(1).lastName, QStringLiteral("zhou"));
    auto all = repo.all();
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 3);
}

TEST_F(ContactRepositoryTest, UpdateAndRemove)
{
    auto id = repo.add(ContactBuilder(programId));
    ASSERT_TRUE(id);
    Contact c = *repo.get(*id);
    c.role = ContactRole::ProgramCoordinator;
    c.phone = QStringLiteral("555-0101");
    ASSERT_TRUE(repo.update(c));
    EXPECT_EQ(repo.get(*id)->role, ContactRole::ProgramCoordinator);
    EXPECT_EQ(repo.get(*id)->phone, QStringLiteral("555-0101"));

    ASSERT_TRUE(repo.remove(*id));
    EXPECT_FALSE(repo.get(*id));
    auto again = repo.remove(*id);
    ASSERT_FALSE(again);
    EXPECT_TRUE(contains(again.errorMessage(), QString::number(*id)));
}

} // namespace
} // namespace rapport::core
