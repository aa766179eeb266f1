#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/ProgramRepository.h"

#include "support/Builders.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::CommunicationBuilder;
using test::contains;
using test::queryValue;

class CommunicationRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ProgramRepository programs(m_temp.db());
        lakeside = *programs.add(test::ProgramBuilder(QStringLiteral("Lakeside")));
        hillcrest = *programs.add(test::ProgramBuilder(QStringLiteral("Hillcrest")));
        ContactRepository contacts(m_temp.db());
        hillcrestDirector = *contacts.add(test::ContactBuilder(hillcrest));
        ASSERT_GT(hillcrestDirector, 0);
    }

    int count() { return test::rowCount(m_temp.db(), QStringLiteral("communications")); }

    void expectAddRefused(const Communication &c, const QStringList &parts)
    {
        const int before = count();
        auto id = repo.add(c);
        ASSERT_FALSE(id) << "accepted with id " << *id;
        for (const QString &part : parts)
            EXPECT_TRUE(contains(id.errorMessage(), part));
        EXPECT_EQ(count(), before);
    }

    QVariant column(qint64 id, const char *name)
    {
        return queryValue(
            m_temp.db(),
            QStringLiteral("SELECT %1 FROM communications WHERE id = ?").arg(QLatin1String(name)),
            {id});
    }

    test::TempDatabase m_temp;
    CommunicationRepository repo{m_temp.db()};
    qint64 lakeside = 0;
    qint64 hillcrest = 0;
    qint64 hillcrestDirector = 0;
};

TEST_F(CommunicationRepositoryTest, AnUnknownProgramIsRefused)
{
    expectAddRefused(CommunicationBuilder(777), {QStringLiteral("program 777")});
}

TEST_F(CommunicationRepositoryTest, AContactOfAnotherProgramIsRefused)
{
    expectAddRefused(CommunicationBuilder(lakeside).contact(hillcrestDirector),
                     {QStringLiteral("contact %1").arg(hillcrestDirector),
                      QStringLiteral("program %1").arg(hillcrest),
                      QStringLiteral("program %1").arg(lakeside)});
    expectAddRefused(CommunicationBuilder(lakeside).contact(4040),
                     {QStringLiteral("contact 4040")});
}

TEST_F(CommunicationRepositoryTest, ImpossibleTimesAreRefused)
{
    expectAddRefused(CommunicationBuilder(lakeside).at(QDateTime()), {QStringLiteral("date")});
    expectAddRefused(CommunicationBuilder(lakeside).on(QDate(1989, 12, 31)),
                     {QStringLiteral("1989-12-31")});
}

TEST_F(CommunicationRepositoryTest, AnInvalidUpdateChangesNothing)
{
    auto id = repo.add(CommunicationBuilder(hillcrest).contact(hillcrestDirector));
    ASSERT_TRUE(id) << id.errorMessage().toStdString();
    Communication c = *repo.get(*id);
    c.programId = lakeside; // the contact stays Hillcrest's
    c.subject = QStringLiteral("changed");
    ASSERT_FALSE(repo.update(c));
    const Communication after = *repo.get(*id);
    EXPECT_EQ(after.programId, hillcrest);
    EXPECT_EQ(after.subject, QStringLiteral("Interest in your program"));
}

TEST_F(CommunicationRepositoryTest, ATimeAtPlusFiveThirtyIsStoredAsUtcWithItsOffset)
{
    const QDateTime at(QDate(2026, 10, 5), QTime(9, 15, 42), QTimeZone(19800));
    auto id = repo.add(CommunicationBuilder(lakeside).at(at));
    ASSERT_TRUE(id) << id.errorMessage().toStdString();

    EXPECT_EQ(column(*id, "at_utc").toString(), QStringLiteral("2026-10-05T03:45:42Z"));
    EXPECT_EQ(column(*id, "at_offset").toInt(), 19800);
    const Communication read = *repo.get(*id);
    EXPECT_EQ(read.at, at);
    EXPECT_EQ(read.at.offsetFromUtc(), 19800);
    EXPECT_EQ(read.at.date(), QDate(2026, 10, 5));
    EXPECT_EQ(read.at.time(), QTime(9, 15, 42));
}

TEST_F(CommunicationRepositoryTest, AMinusEightTimeCrossesTheUtcDateBoundary)
{
    const QDateTime at(QDate(2026, 12, 31), QTime(20, 30), QTimeZone(-8 * 3600));
    auto id = repo.add(CommunicationBuilder(lakeside).at(at));
    ASSERT_TRUE(id) << id.errorMessage().toStdString();

    EXPECT_EQ(column(*id, "at_utc").toString(), QStringLiteral("2027-01-01T04:30:00Z"));
    EXPECT_EQ(column(*id, "at_offset").toInt(), -28800);
    const Communication read = *repo.get(*id);
    EXPECT_EQ(read.at, at);
    EXPECT_EQ(read.at.offsetFromUtc(), -28800);
    EXPECT_EQ(read.at.date(), QDate(2026, 12, 31)) << "the date the user saw, not the UTC one";
}

TEST_F(CommunicationRepositoryTest, ATimeReadBackPrintsItsOffsetAsEntered)
{
    const QDateTime minusFive(QDate(2026, 12, 1), QTime(10, 0), QTimeZone(-5 * 3600));
    const QDateTime london(QDate(2026, 12, 1), QTime(15, 0), QTimeZone(0));
    auto a = repo.add(CommunicationBuilder(lakeside).at(minusFive));
    auto b = repo.add(CommunicationBuilder(lakeside).at(london));
    ASSERT_TRUE(a && b);
    EXPECT_EQ(repo.get(*a)->at.toString(Qt::ISODate), QStringLiteral("2026-12-01T10:00:00-05:00"));
    EXPECT_EQ(repo.get(*b)->at.toString(Qt::ISODate), QStringLiteral("2026-12-01T15:00:00+00:00"))
        << "an offset of 0, not UTC's Z";
}

TEST_F(CommunicationRepositoryTest, EveryFieldComesBack)
{
    Communication c;
    c.programId = hillcrest;
    c.contactId = hillcrestDirector;
    c.at = QDateTime(QDate(2027, 1, 20), QTime(16, 5), QTimeZone(3600));
    c.direction = Direction::Incoming;
    c.channel = Channel::VideoCall;
    c.kind = Kind::ProgramInterest;
    c.kindGuessed = true;
    c.subject = QStringLiteral("Re: Interview day — thank you");
    c.body = QStringLiteral("Dear Dr. Applicant,\r\n\r\nWe enjoyed meeting you. 🎉");
    c.state = CommState::Draft;
    c.templateName = QStringLiteral("thank-you-short");
    c.source = Source::Imported;
    c.messageId = QStringLiteral("<abc.123@mail.hillcrest.edu>");
    auto id = repo.add(c);
    ASSERT_TRUE(id) << id.errorMessage().toStdString();

    const Communication read = *repo.get(*id);
    EXPECT_EQ(read.id, *id);
    EXPECT_EQ(read.programId, c.programId);
    EXPECT_EQ(read.contactId, c.contactId);
    EXPECT_EQ(read.at, c.at);
    EXPECT_EQ(read.at.offsetFromUtc(), 3600);
    EXPECT_EQ(read.direction, c.direction);
    EXPECT_EQ(read.channel, c.channel);
    EXPECT_EQ(read.kind, c.kind);
    EXPECT_EQ(read.kindGuessed, c.kindGuessed);
    EXPECT_EQ(read.subject, c.subject);
    EXPECT_EQ(read.body, c.body);
    EXPECT_EQ(read.state, c.state);
    EXPECT_EQ(read.templateName, c.templateName);
    EXPECT_EQ(read.source, c.source);
    EXPECT_EQ(read.messageId, c.messageId);
}

TEST_F(CommunicationRepositoryTest, WithoutAContactOrMessageIdTheColumnsAreNull)
{
    auto id = repo.add(CommunicationBuilder(lakeside));
    ASSERT_TRUE(id) << id.errorMessage().toStdString();
    EXPECT_TRUE(column(*id, "contact_id").isNull());
    EXPECT_TRUE(column(*id, "message_id").isNull());
    const Communication read = *repo.get(*id);
    EXPECT_FALSE(read.contactId.has_value());
    EXPECT_TRUE(read.messageId.isEmpty());
}

TEST_F(CommunicationRepositoryTest, EveryChannelKindAndDirectionPassesTheSchema)
{
    for (const QString &name : enumNames<Channel>()) {
        auto id = repo.add(CommunicationBuilder(lakeside).channel(*parseEnum<Channel>(name)));
        ASSERT_TRUE(id) << name.toStdString() << ": " << id.errorMessage().toStdString();
        EXPECT_EQ(toString(repo.get(*id)->channel), name);
    }
    for (const QString &name : enumNames<Kind>()) {
        auto id = repo.add(CommunicationBuilder(lakeside).kind(*parseEnum<Kind>(name)).incoming());
        ASSERT_TRUE(id) << name.toStdString() << ": " << id.errorMessage().toStdString();
        EXPECT_EQ(toString(repo.get(*id)->kind), name);
        EXPECT_EQ(repo.get(*id)->direction, Direction::Incoming);
    }
}

TEST_F(CommunicationRepositoryTest, FindsByMessageIdAndRefusesADuplicate)
{
    const QString mid = QStringLiteral("<20261005.4711@lakeside.edu>");
    auto id = repo.add(CommunicationBuilder(lakeside).messageId(mid));
    ASSERT_TRUE(id) << id.errorMessage().toStdString();

    auto found = repo.findByMessageId(mid);
    ASSERT_TRUE(found);
    EXPECT_EQ(*found, std::optional<qint64>(*id));
    auto missing = repo.findByMessageId(QStringLiteral("<other@lakeside.edu>"));
    ASSERT_TRUE(missing);
    EXPECT_FALSE(missing->has_value());

    expectAddRefused(CommunicationBuilder(hillcrest).messageId(mid), {QStringLiteral("UNIQUE")});
    // Messages without an id do not collide with each other.
    ASSERT_TRUE(repo.add(CommunicationBuilder(lakeside)));
    ASSERT_TRUE(repo.add(CommunicationBuilder(lakeside)));
}

TEST_F(CommunicationRepositoryTest, UpdateAndRemove)
{
    auto id = repo.add(CommunicationBuilder(lakeside));
    ASSERT_TRUE(id);
    Communication c = *repo.get(*id);
    c.state = CommState::Draft;
    c.at = QDateTime(QDate(2026, 9, 20), QTime(7, 0), QTimeZone(-4 * 3600));
    ASSERT_TRUE(repo.update(c));
    EXPECT_EQ(repo.get(*id)->state, CommState::Draft);
    EXPECT_EQ(repo.get(*id)->at.offsetFromUtc(), -4 * 3600);
    ASSERT_TRUE(repo.remove(*id));
    EXPECT_EQ(count(), 0);
    auto again = repo.remove(*id);
    ASSERT_FALSE(again);
    EXPECT_TRUE(contains(again.errorMessage(), QString::number(*id)));
}

} // namespace
} // namespace rapport::core
