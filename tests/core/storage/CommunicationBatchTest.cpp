// addAll, the import's way of storing many entries, must leave the same
// rows, revisions and search index as add() one by one.
#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/ProgramRepository.h"
#include "storage/Transaction.h"

#include "support/Builders.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::CommunicationBuilder;

// Two programs and a contact of the second, the same ids in every database.
struct Log
{
    test::TempDatabase temp;
    qint64 lakeside = 0, hillcrest = 0, director = 0;

    Log()
    {
        ProgramRepository programs(temp.db());
        lakeside = *programs.add(test::ProgramBuilder(QStringLiteral("Lakeside")));
        hillcrest = *programs.add(test::ProgramBuilder(QStringLiteral("Hillcrest")));
        director = *ContactRepository(temp.db()).add(test::ContactBuilder(hillcrest));
    }

    Database &db() { return temp.db(); }
    CommunicationRepository repo() { return CommunicationRepository(temp.db()); }
    int count() { return test::rowCount(temp.db(), QStringLiteral("communications")); }

    Communication entry(const QString &messageId, const char *subject = "Interview invitation")
    {
        Communication c = CommunicationBuilder(lakeside);
        c.subject = QString::fromUtf8(subject);
        c.messageId = messageId;
        c.source = Source::Imported;
        return c;
    }

    // Every stored column but the creation time, and the revision counter.
    QStringList rows()
    {
        QSqlQuery q(temp.db().connection());
        EXPECT_TRUE(q.exec(QStringLiteral(
            "SELECT id, program_id, contact_id, at_utc, at_offset, direction, channel, kind, "
            "kind_guessed, subject, body, state, template_name, source, message_id, revision "
            "FROM communications ORDER BY id")));
        QStringList out;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 16; ++i)
                row << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            out << row.join(QLatin1Char('|'));
        }
        out << test::queryValue(temp.db(), QStringLiteral("SELECT value FROM revision")).toString();
        return out;
    }
};

QList<Communication> varied(const Log &log)
{
    Communication withContact =
        CommunicationBuilder(log.hillcrest).contact(log.director).incoming();
    withContact.subject = QString::fromUtf8("Confirmación de su entrevista");
    withContact.body = QStringLiteral("Please bring your passport to the interview day.");
    withContact.messageId = QStringLiteral("a@hillcrest.edu");
    withContact.at = QDateTime(QDate(2026, 11, 3), QTime(20, 30), QTimeZone(-8 * 3600));
    Communication typed = CommunicationBuilder(log.lakeside);
    typed.subject = QStringLiteral("Thank you for the rhinology clinic");
    typed.kind = Kind::ThankYou;
    Communication imported = CommunicationBuilder(log.lakeside);
    imported.messageId = QStringLiteral("b@lakeside.edu");
    imported.source = Source::Imported;
    imported.kindGuessed = true;
    imported.body = QStringLiteral("Second look day on January 15.");
    return {withContact, typed, imported};
}

TEST(CommunicationBatch, StoresWhatSingleAddsStore)
{
    Log one, batch;
    for (const Communication &c : varied(one))
        ASSERT_TRUE(one.repo().add(c).ok());
    auto ids = batch.repo().addAll(varied(batch));
    ASSERT_TRUE(ids.ok()) << ids.errorMessage().toStdString();

    ASSERT_EQ(ids->size(), 3);
    EXPECT_EQ(*ids, (QList<std::optional<qint64>>{1, 2, 3}));
    EXPECT_EQ(batch.rows(), one.rows()) << "the same columns and revision stamps";
    for (const char *word : {"confirmacion", "passport", "rhinology", "january", "short"}) {
        auto expected = one.repo().matchingIds(QLatin1String(word));
        auto found = batch.repo().matchingIds(QLatin1String(word));
        ASSERT_TRUE(expected.ok() && found.ok());
        EXPECT_FALSE(found->empty()) << word;
        EXPECT_EQ(*found, *expected) << word;
    }
    CommunicationFilter passport;
    passport.text = QStringLiteral("passport");
    auto listed = batch.repo().list(passport);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().contactId, batch.director);
    EXPECT_EQ(listed->first().at.offsetFromUtc(), -8 * 3600);
}

TEST(CommunicationBatch, AMessageIdStoredOrEarlierInTheBatchIsSkippedOnce)
{
    Log log;
    auto stored = log.repo().add(log.entry(QStringLiteral("a@x")));
    ASSERT_TRUE(stored.ok());
    auto ids = log.repo().addAll(
        {log.entry(QStringLiteral("b@x"), "First"), log.entry(QStringLiteral("a@x"), "Again"),
         log.entry(QStringLiteral("b@x"), "Twice"), log.entry(QStringLiteral("c@x"), "Third")});
    ASSERT_TRUE(ids.ok()) << ids.errorMessage().toStdString();
    ASSERT_EQ(ids->size(), 4);
    EXPECT_TRUE(ids->at(0).has_value());
    EXPECT_EQ(ids->at(1), std::nullopt);
    EXPECT_EQ(ids->at(2), std::nullopt);
    EXPECT_TRUE(ids->at(3).has_value());
    EXPECT_EQ(log.count(), 3);
    EXPECT_EQ(log.repo().get(*ids->at(0))->subject, QStringLiteral("First"));
    EXPECT_EQ(log.repo().get(*stored)->subject, QStringLiteral("Interview invitation"));
    EXPECT_TRUE(log.repo().matchingIds(QStringLiteral("again"))->empty());
    EXPECT_TRUE(log.repo().matchingIds(QStringLiteral("twice"))->empty());
}

TEST(CommunicationBatch, EntriesWithoutMessageIdsAreAllStored)
{
    Log log;
    auto ids = log.repo().addAll({log.entry({}), log.entry({})});
    ASSERT_TRUE(ids.ok()) << ids.errorMessage().toStdString();
    EXPECT_TRUE(ids->at(0).has_value() && ids->at(1).has_value());
    EXPECT_EQ(log.count(), 2);
}

TEST(CommunicationBatch, AContactOfAnotherProgramStopsTheBatchWithNothingStored)
{
    Log log;
    ASSERT_TRUE(log.repo().add(log.entry(QStringLiteral("kept@x"))).ok());
    const QString before = test::contentDump(log.db());
    Communication wrong = log.entry(QStringLiteral("b@x"));
    wrong.contactId = log.director; // Hillcrest's, on a Lakeside entry
    qsizetype failedAt = -1;
    auto ids = log.repo().addAll({log.entry(QStringLiteral("a@x")), wrong}, &failedAt);
    ASSERT_FALSE(ids.ok());
    EXPECT_EQ(failedAt, 1);
    EXPECT_EQ(ids.errorMessage(), QStringLiteral("contact %1 belongs to program %2, not to "
                                                 "program %3")
                                      .arg(log.director)
                                      .arg(log.hillcrest)
                                      .arg(log.lakeside));
    EXPECT_EQ(test::contentDump(log.db()), before);
    EXPECT_EQ(log.db().transactionDepth(), 0);
}

TEST(CommunicationBatch, AProgramDeletedUnderTheBatchIsNamed)
{
    Log log;
    const QString before = test::contentDump(log.db());
    Communication gone = log.entry(QStringLiteral("b@x"));
    gone.programId = 999;
    qsizetype failedAt = -1;
    auto ids = log.repo().addAll({log.entry(QStringLiteral("a@x")), gone}, &failedAt);
    ASSERT_FALSE(ids.ok());
    EXPECT_EQ(failedAt, 1);
    EXPECT_EQ(ids.errorMessage(), QStringLiteral("communication program 999 does not exist"));
    EXPECT_EQ(test::contentDump(log.db()), before);
}

TEST(CommunicationBatch, AnInvalidEntryIsRefusedBeforeAnythingIsWritten)
{
    Log log;
    Communication undated = log.entry(QStringLiteral("b@x"));
    undated.at = {};
    qsizetype failedAt = -1;
    auto ids = log.repo().addAll({log.entry(QStringLiteral("a@x")), undated}, &failedAt);
    ASSERT_FALSE(ids.ok());
    EXPECT_EQ(failedAt, 1);
    EXPECT_EQ(ids.errorMessage(), QStringLiteral("communication has no valid date and time"));
    EXPECT_EQ(log.count(), 0);
}

TEST(CommunicationBatch, InsideACallersTransactionItIsUndoneWithIt)
{
    Log log;
    {
        Transaction tx(log.db());
        ASSERT_TRUE(tx.begin().ok());
        ASSERT_TRUE(log.repo().addAll({log.entry(QStringLiteral("a@x"))}).ok());
        EXPECT_EQ(log.count(), 1);
    }
    EXPECT_EQ(log.count(), 0);
    EXPECT_EQ(log.db().transactionDepth(), 0);
}

} // namespace
} // namespace rapport::core
