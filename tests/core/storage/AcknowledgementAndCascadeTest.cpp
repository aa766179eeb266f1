#include "storage/AcknowledgementRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/ProgramRepository.h"
#include "storage/QuotaRepository.h"

#include "support/Builders.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::contains;
using test::rowCount;

Finding finding(const QString &rule)
{
    Finding f;
    f.rule = rule;
    f.severity = Severity::Warning;
    f.setMessage(QStringLiteral("Second pre-interview update to this program"));
    return f;
}

// Two programs, each with contacts, communications, acknowledgements and a
// quota override, so a delete can be seen to stay within its own program.
class Cascades : public ::testing::Test
{
protected:
    struct Owned
    {
        qint64 program = 0;
        qint64 director = 0;
        qint64 coordinator = 0;
        QList<qint64> communications;
    };

    void SetUp() override
    {
        lakeside = populate(QStringLiteral("Lakeside"), QStringLiteral("lakesideword"));
        hillcrest = populate(QStringLiteral("Hillcrest"), QStringLiteral("hillcrestword"));
    }

    Owned populate(const QString &name, const QString &word)
    {
        Owned o;
        o.program = *programs.add(test::ProgramBuilder(name));
        o.director = *contacts.add(test::ContactBuilder(o.program));
        o.coordinator = *contacts.add(test::ContactBuilder(o.program)
                                          .name(QStringLiteral("Sam"), QStringLiteral("Lee"))
                                          .role(ContactRole::ProgramCoordinator));
        for (qint64 contact : {o.director, o.coordinator, o.director}) {
            auto id = comms.add(test::CommunicationBuilder(o.program).contact(contact).body(word));
            EXPECT_TRUE(id) << id.errorMessage().toStdString();
            o.communications << *id;
        }
        EXPECT_TRUE(acks.add(o.communications.first(),
                             finding(QStringLiteral("quota.pre_interview")), at,
                             QStringLiteral("they asked for it")));
        EXPECT_TRUE(acks.add(o.communications.last(), finding(QStringLiteral("timing.min_gap")), at,
                             QString()));
        EXPECT_TRUE(QuotaRepository(m_temp.db())
                        .setOverride(o.program, QStringLiteral("thank_you"), {1, 1}));
        return o;
    }

    int count(const char *table, const char *column, qint64 programId)
    {
        return test::queryValue(m_temp.db(),
                                QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                                    .arg(QLatin1String(table), QLatin1String(column)),
                                {programId})
            .toInt();
    }

    int acksOf(qint64 programId)
    {
        return test::queryValue(m_temp.db(),
                                QStringLiteral("SELECT count(*) FROM acknowledgements a JOIN "
                                               "communications c ON c.id = a.communication_id "
                                               "WHERE c.program_id = ?"),
                                {programId})
            .toInt();
    }

    test::TempDatabase m_temp;
    ProgramRepository programs{m_temp.db()};
    ContactRepository contacts{m_temp.db()};
    CommunicationRepository comms{m_temp.db()};
    AcknowledgementRepository acks{m_temp.db()};
    const QDateTime at{QDate(2026, 10, 2), QTime(14, 0), QTimeZone(2 * 3600)};
    Owned lakeside, hillcrest;
};

TEST_F(Cascades, DeletingAProgramDeletesEverythingItOwns)
{
    ASSERT_EQ(rowCount(m_temp.db(), QStringLiteral("acknowledgements")), 4);
    ASSERT_TRUE(programs.remove(lakeside.program));

    EXPECT_EQ(count("contacts", "program_id", lakeside.program), 0);
    EXPECT_EQ(count("communications", "program_id", lakeside.program), 0);
    EXPECT_EQ(count("quota_overrides", "program_id", lakeside.program), 0);
    EXPECT_EQ(rowCount(m_temp.db(), QStringLiteral("acknowledgements")), 2);

    EXPECT_EQ(count("contacts", "program_id", hillcrest.program), 2);
    EXPECT_EQ(count("communications", "program_id", hillcrest.program), 3);
    EXPECT_EQ(count("quota_overrides", "program_id", hillcrest.program), 1);
    EXPECT_EQ(acksOf(hillcrest.program), 2);

    // The search index lost the deleted messages too.
    CommunicationFilter search;
    search.text = QStringLiteral("lakesideword");
    EXPECT_TRUE(comms.list(search)->isEmpty());
    EXPECT_EQ(test::queryValue(m_temp.db(),
                               QStringLiteral("SELECT count(*) FROM communications_fts "
                                              "WHERE communications_fts MATCH ?"),
                               {QStringLiteral("lakesideword")})
                  .toInt(),
              0);
}

TEST_F(Cascades, DeletingAContactKeepsItsCommunicationsWithoutAContact)
{
    ASSERT_TRUE(contacts.remove(lakeside.director));
    EXPECT_EQ(count("communications", "program_id", lakeside.program), 3);
    EXPECT_FALSE(comms.get(lakeside.communications[0])->contactId.has_value());
    EXPECT_FALSE(comms.get(lakeside.communications[2])->contactId.has_value());
    EXPECT_EQ(comms.get(lakeside.communications[1])->contactId,
              std::optional<qint64>(lakeside.coordinator));
    EXPECT_EQ(acksOf(lakeside.program), 2) << "acknowledgements stay with their communications";
}

TEST_F(Cascades, DeletingACommunicationDeletesItsAcknowledgements)
{
    ASSERT_TRUE(comms.remove(lakeside.communications.first()));
    EXPECT_TRUE(acks.forCommunication(lakeside.communications.first())->isEmpty());
    EXPECT_EQ(acksOf(lakeside.program), 1);
}

TEST_F(Cascades, AnAcknowledgementForAMissingCommunicationIsRefused)
{
    const int before = rowCount(m_temp.db(), QStringLiteral("acknowledgements"));
    auto id = acks.add(99999, finding(QStringLiteral("quota.thank_you")), at, QString());
    ASSERT_FALSE(id);
    EXPECT_TRUE(contains(id.errorMessage(), "99999"));
    EXPECT_TRUE(contains(id.errorMessage(), "quota.thank_you"));
    auto unnamed = acks.add(lakeside.communications.first(), finding(QString()), at, QString());
    ASSERT_FALSE(unnamed);
    EXPECT_TRUE(contains(unnamed.errorMessage(), "rule"));
    EXPECT_EQ(rowCount(m_temp.db(), QStringLiteral("acknowledgements")), before);
}

TEST_F(Cascades, AnAcknowledgementComesBackAndIsRefreshedNotDuplicated)
{
    const qint64 comm = hillcrest.communications.first();
    auto stored = acks.forCommunication(comm);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 1);
    const Acknowledgement first = stored->first();
    EXPECT_EQ(first.communicationId, comm);
    EXPECT_EQ(first.rule, QStringLiteral("quota.pre_interview"));
    EXPECT_EQ(first.message, QStringLiteral("Second pre-interview update to this program"));
    EXPECT_EQ(first.reason, QStringLiteral("they asked for it"));
    EXPECT_EQ(first.at, at);

    const QDateTime later = at.addDays(1);
    auto again = acks.add(comm, finding(QStringLiteral("quota.pre_interview")), later,
                          QStringLiteral("changed my mind"));
    ASSERT_TRUE(again) << again.errorMessage().toStdString();
    EXPECT_EQ(*again, first.id);
    const Acknowledgement refreshed = acks.forCommunication(comm)->first();
    EXPECT_EQ(acks.forCommunication(comm)->size(), 1);
    EXPECT_EQ(refreshed.reason, QStringLiteral("changed my mind"));
    EXPECT_EQ(refreshed.at, later);
    EXPECT_EQ(acks.all()->size(), 4);
}

} // namespace
} // namespace rapport::core
