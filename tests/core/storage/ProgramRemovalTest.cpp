// Deleting and merging programs, and undoing both: an undo puts every row
// of every table back as it was, ids included, and a failure half-way
// leaves the file as it was.

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

using test::foreignKeyProblems;
using test::rowsDump;

class ProgramRemovalTest : public ::testing::Test
{
protected:
    struct Owned
    {
        qint64 program = 0;
        qint64 director = 0;
        qint64 coordinator = 0;
        QList<qint64> entries;
    };

    void SetUp() override
    {
        lakeside = populate(
            test::ProgramBuilder(QStringLiteral("Lakeside")).nrmp(QStringLiteral("1234560C0")),
            QStringLiteral("lakesideword"));
        hillcrest = populate(test::ProgramBuilder(QStringLiteral("Hillcrest")),
                             QStringLiteral("hillcrestword"));
    }

    Owned populate(const Program &p, const QString &word)
    {
        Owned o;
        o.program = *programs.add(p);
        o.director = *contacts.add(test::ContactBuilder(o.program));
        o.coordinator = *contacts.add(test::ContactBuilder(o.program)
                                          .name(QStringLiteral("Sam"), QStringLiteral("Lee"))
                                          .role(ContactRole::ProgramCoordinator)
                                          .email(QStringLiteral("slee@example.org")));
        for (qint64 contact : {o.director, o.coordinator}) {
            auto id = comms.add(test::CommunicationBuilder(o.program).contact(contact).body(word));
            EXPECT_TRUE(id) << id.errorMessage().toStdString();
            o.entries << *id;
        }
        o.entries << *comms.add(test::CommunicationBuilder(o.program)
                                    .subject(QStringLiteral("No one named"))
                                    .on(QDate(2026, 10, 20))
                                    .kind(Kind::ApplicationUpdate));
        Finding f;
        f.rule = QStringLiteral("quota.pre_interview");
        f.setMessage(QStringLiteral("Second update"));
        EXPECT_TRUE(acks.add(o.entries.first(), f, at, QStringLiteral("asked for it")));
        EXPECT_TRUE(quotas.setOverride(o.program, QStringLiteral("thank_you"), {1, 1}));
        return o;
    }

    qint64 revisionNow()
    {
        return test::queryValue(temp.db(), QStringLiteral("SELECT value FROM revision"))
            .toLongLong();
    }

    int ftsHits(const QString &word)
    {
        return test::queryValue(temp.db(),
                                QStringLiteral("SELECT count(*) FROM communications_fts WHERE "
                                               "communications_fts MATCH ?"),
                                {word})
            .toInt();
    }

    test::TempDatabase temp;
    ProgramRepository programs{temp.db()};
    ContactRepository contacts{temp.db()};
    CommunicationRepository comms{temp.db()};
    AcknowledgementRepository acks{temp.db()};
    QuotaRepository quotas{temp.db()};
    const QDateTime at{QDate(2026, 10, 2), QTime(14, 0), QTimeZone(2 * 3600)};
    Owned lakeside, hillcrest;
};

TEST_F(ProgramRemovalTest, CountsWhatGoesWithAProgram)
{
    auto counted = programs.countDependents(lakeside.program);
    ASSERT_TRUE(counted) << counted.errorMessage().toStdString();
    EXPECT_EQ(counted->entries, 3);
    EXPECT_EQ(counted->contacts, 2);
    EXPECT_FALSE(programs.countDependents(999));
}

TEST_F(ProgramRemovalTest, RemoveTakesEverythingAndRestorePutsItBackExactly)
{
    const std::string before = rowsDump(temp.db()).toStdString();
    auto removed = programs.remove(lakeside.program);
    ASSERT_TRUE(removed) << removed.errorMessage().toStdString();
    EXPECT_EQ(removed->program.name, QStringLiteral("Lakeside"));
    EXPECT_EQ(removed->dependents.entries, 3);
    EXPECT_EQ(removed->dependents.contacts, 2);
    EXPECT_NE(rowsDump(temp.db()).toStdString(), before);
    EXPECT_FALSE(programs.get(lakeside.program));
    EXPECT_EQ(contacts.forProgram(lakeside.program)->size(), 0);
    EXPECT_EQ(test::rowCount(temp.db(), QStringLiteral("acknowledgements")), 1);
    EXPECT_EQ(test::rowCount(temp.db(), QStringLiteral("quota_overrides")), 1);
    EXPECT_EQ(ftsHits(QStringLiteral("lakesideword")), 0);
    EXPECT_TRUE(foreignKeyProblems(temp.db()).isEmpty());

    auto restored = programs.restore(*removed);
    ASSERT_TRUE(restored) << restored.errorMessage().toStdString();
    EXPECT_EQ(rowsDump(temp.db()).toStdString(), before);
    EXPECT_TRUE(foreignKeyProblems(temp.db()).isEmpty());
    EXPECT_EQ(ftsHits(QStringLiteral("lakesideword")), 2) << "the search index has them again";
    EXPECT_EQ(programs.findByNrmpCode(QStringLiteral("1234560C0"))->value().id, lakeside.program);
}

TEST_F(ProgramRemovalTest, RestoredRowsAreStampedSoReadersSeeThem)
{
    auto removed = programs.remove(lakeside.program);
    ASSERT_TRUE(removed);
    const qint64 seen = revisionNow();
    ASSERT_TRUE(programs.restore(*removed));
    EXPECT_EQ(programs.changedSince(seen)->size(), 1);
    EXPECT_EQ(contacts.changedSince(seen)->size(), 2);
    EXPECT_EQ(comms.changedSince(seen)->size(), 3);
}

TEST_F(ProgramRemovalTest, RestoreRefusesATakenIdAndChangesNothing)
{
    auto removed = programs.remove(hillcrest.program); // the highest id: SQLite hands it out again
    ASSERT_TRUE(removed);
    auto newcomer = programs.add(test::ProgramBuilder(QStringLiteral("Summit")));
    ASSERT_TRUE(newcomer);
    ASSERT_EQ(*newcomer, hillcrest.program);
    const std::string before = rowsDump(temp.db()).toStdString();
    auto restored = programs.restore(*removed);
    ASSERT_FALSE(restored);
    EXPECT_TRUE(restored.errorMessage().contains(QStringLiteral("Summit")))
        << restored.errorMessage().toStdString();
    EXPECT_EQ(rowsDump(temp.db()).toStdString(), before);
}

TEST_F(ProgramRemovalTest, RestoreFailingHalfWayPutsNothingBack)
{
    auto removed = programs.remove(lakeside.program);
    ASSERT_TRUE(removed);
    // Another log entry with one of the removed entries' Message-ID came in
    // meanwhile: the program and its contacts go in, then that entry fails.
    ASSERT_TRUE(test::execSql(temp.db(),
                              QStringLiteral("UPDATE communications SET message_id = 'm1' WHERE "
                                             "id = ?"),
                              {hillcrest.entries.first()}));
    StoredRows &entries = removed->rows[2];
    ASSERT_EQ(entries.table, QStringLiteral("communications"));
    entries.rows.last()[entries.columns.indexOf(QStringLiteral("message_id"))] =
        QStringLiteral("m1");
    const std::string before = rowsDump(temp.db()).toStdString();
    EXPECT_FALSE(programs.restore(*removed));
    EXPECT_EQ(rowsDump(temp.db()).toStdString(), before);
}

TEST_F(ProgramRemovalTest, RemoveFailingHalfWayLeavesEverything)
{
    const std::string before = rowsDump(temp.db()).toStdString();
    // The cascade reaches the acknowledgements last; refuse there.
    ASSERT_TRUE(test::execSql(temp.db(), QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE "
                                                        "DELETE ON main.acknowledgements BEGIN "
                                                        "SELECT RAISE(ABORT, 'refused'); END")));
    auto removed = programs.remove(lakeside.program);
    ASSERT_FALSE(removed);
    EXPECT_TRUE(removed.errorMessage().contains(QStringLiteral("refused")));
    EXPECT_EQ(rowsDump(temp.db()).toStdString(), before);
    EXPECT_EQ(temp.db().transactionDepth(), 0);
}

TEST_F(ProgramRemovalTest, RemovingAnUnknownProgramSaysSo)
{
    auto removed = programs.remove(999);
    ASSERT_FALSE(removed);
    EXPECT_TRUE(removed.errorMessage().contains(QStringLiteral("999")));
}

} // namespace
} // namespace rapport::core
