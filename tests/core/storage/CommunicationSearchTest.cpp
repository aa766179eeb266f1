#include "demo/DemoSeason.h"
#include "storage/CommunicationRepository.h"
#include "storage/ProgramRepository.h"

#include "support/Builders.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>

namespace rapport::core {
namespace {

using test::CommunicationBuilder;

// Filters built one condition at a time (designated initializers would have
// to name every member to keep -Wmissing-field-initializers quiet).
class Filter
{
public:
    // clang-format off
    Filter &program(qint64 v) { m_f.programId = v; return *this; }
    Filter &from(QDate v) { m_f.from = v; return *this; }
    Filter &to(QDate v) { m_f.to = v; return *this; }
    Filter &direction(Direction v) { m_f.direction = v; return *this; }
    Filter &kind(Kind v) { m_f.kind = v; return *this; }
    Filter &text(QString v) { m_f.text = std::move(v); return *this; }
    // clang-format on
    operator CommunicationFilter() const { return m_f; } // NOLINT(google-explicit-constructor)

private:
    CommunicationFilter m_f;
};

// Four messages across two programs, both directions and several kinds;
// tests refer to them by name.
class CommunicationSearch : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ProgramRepository programs(m_temp.db());
        lakeside = *programs.add(test::ProgramBuilder(QStringLiteral("Lakeside")));
        hillcrest = *programs.add(test::ProgramBuilder(QStringLiteral("Hillcrest")));
        ASSERT_GT(hillcrest, 0);
        interest = add(CommunicationBuilder(lakeside)
                           .on(QDate(2026, 9, 10))
                           .subject(QStringLiteral("Interest in otolaryngology"))
                           .body(QStringLiteral("I loved the café near the clinic.")));
        invitation = add(CommunicationBuilder(hillcrest)
                             .on(QDate(2026, 10, 1), QTime(0, 0))
                             .incoming()
                             .kind(Kind::ProgramInvitation)
                             .subject(QStringLiteral("PGY-1 position"))
                             .body(QStringLiteral("Mary's note about the interview.")));
        thanks = add(CommunicationBuilder(lakeside)
                         .on(QDate(2026, 11, 15), QTime(23, 59, 59))
                         .kind(Kind::ThankYou)
                         .subject(QStringLiteral("Thank you"))
                         .body(QStringLiteral("Thank you for the interview day.")));
        update = add(CommunicationBuilder(hillcrest)
                         .on(QDate(2026, 12, 1))
                         .kind(Kind::ApplicationUpdate)
                         .subject(QStringLiteral("Update"))
                         .body(QStringLiteral("A new publication was accepted.")));
    }

    qint64 add(const Communication &c)
    {
        auto id = repo.add(c);
        EXPECT_TRUE(id) << id.errorMessage().toStdString();
        return id ? *id : 0;
    }

    // Ids found, in the order list() returns them; fails on an error.
    QList<qint64> find(const CommunicationFilter &filter)
    {
        auto found = repo.list(filter);
        EXPECT_TRUE(found) << found.errorMessage().toStdString();
        QList<qint64> ids;
        for (const Communication &c : found ? *found : QList<Communication>())
            ids << c.id;
        return ids;
    }

    QList<qint64> search(const QString &text)
    {
        CommunicationFilter f;
        f.text = text;
        return find(f);
    }

    // What matchingIds() finds, as a list to compare with search().
    QList<qint64> ids(const QString &text)
    {
        auto found = repo.matchingIds(text);
        EXPECT_TRUE(found) << found.errorMessage().toStdString();
        return found ? QList<qint64>(found->cbegin(), found->cend()) : QList<qint64>();
    }

    // Straight from the index, so a stale entry cannot hide behind the join.
    QList<qint64> indexed(const QString &word)
    {
        QSqlQuery q(m_temp.db().connection());
        q.prepare(QStringLiteral("SELECT rowid FROM communications_fts WHERE communications_fts "
                                 "MATCH ? ORDER BY rowid"));
        q.addBindValue(word);
        EXPECT_TRUE(q.exec());
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    // FTS5 compares the whole index with the communications table (rank 1
    // asks it to check the external content too).
    core::Status indexMatchesContent()
    {
        return test::execSql(m_temp.db(),
                             QStringLiteral("INSERT INTO communications_fts(communications_fts, "
                                            "rank) VALUES ('integrity-check', 1)"));
    }

    test::TempDatabase m_temp;
    CommunicationRepository repo{m_temp.db()};
    qint64 lakeside = 0, hillcrest = 0;
    qint64 interest = 0, invitation = 0, thanks = 0, update = 0;
};

TEST_F(CommunicationSearch, FindsWordsOfSubjectAndBody)
{
    EXPECT_EQ(search(QStringLiteral("Interest")), QList<qint64>{interest});
    EXPECT_EQ(search(QStringLiteral("publication")), QList<qint64>{update});
    EXPECT_EQ(search(QStringLiteral("interview")), (QList<qint64>{invitation, thanks}));
    EXPECT_EQ(search(QStringLiteral("THANK")), QList<qint64>{thanks});
    EXPECT_EQ(search(QStringLiteral("interview thank")), QList<qint64>{thanks}) << "all words";
    EXPECT_EQ(search(QStringLiteral("giraffe")), QList<qint64>());
}

TEST_F(CommunicationSearch, MatchesPrefixesAndIgnoresDiacritics)
{
    EXPECT_EQ(search(QStringLiteral("otolaryng")), QList<qint64>{interest});
    EXPECT_EQ(search(QStringLiteral("cafe")), QList<qint64>{interest});
    EXPECT_EQ(search(QStringLiteral("CAFÉ")), QList<qint64>{interest});
}

TEST_F(CommunicationSearch, TypedPunctuationIsSearchedNotParsed)
{
    EXPECT_EQ(search(QStringLiteral("PGY-1")), QList<qint64>{invitation});
    EXPECT_EQ(search(QStringLiteral("Mary's")), QList<qint64>{invitation});
    EXPECT_EQ(search(QStringLiteral("\"interview")), (QList<qint64>{invitation, thanks}));
    EXPECT_EQ(search(QStringLiteral("AND OR NOT *")), QList<qint64>());
    for (const char *text : {"\"unbalanced", "(", "NEAR(a b", "subject:thank", "^thank", "a + b",
                             "-", "*", "\"\"", "'", "c++", "x AND", "🎉"}) {
        auto found = repo.list(Filter().text(QString::fromUtf8(text)));
        EXPECT_TRUE(found) << text << ": " << found.errorMessage().toStdString();
    }
}

// The typed inputs of the tests above and the punctuation that breaks MATCH.
// clang-format off
const char *const kTypedInputs[] = {
    "Interest", "publication", "interview", "THANK", "interview thank", "giraffe", "otolaryng",
    "cafe", "CAFÉ", "PGY-1", "Mary's", "\"interview", "AND OR NOT *", "\"unbalanced", "(",
    "NEAR(a b", "subject:thank", "^thank", "a + b", "-", "*", "\"\"", "'", "c++", "x AND", "🎉",
    "t", "th", "tha", "thank you", "pgy", "mary"};
// clang-format on

// The ids the whole-row search finds, in ascending order: what matchingIds()
// must return. Text without a word is no search at all for list().
QList<qint64> sortedIds(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

TEST_F(CommunicationSearch, IdsOnlyFindWhatTheFullSearchFinds)
{
    for (const char *input : kTypedInputs) {
        const QString text = QString::fromUtf8(input);
        if (CommunicationRepository::ftsQuery(text).isEmpty())
            EXPECT_EQ(ids(text), QList<qint64>()) << input;
        else
            EXPECT_EQ(ids(text), sortedIds(search(text))) << input;
    }
    EXPECT_EQ(ids(QStringLiteral("PGY-1")), QList<qint64>{invitation});
    EXPECT_EQ(ids(QStringLiteral("Mary's")), QList<qint64>{invitation});
    EXPECT_EQ(ids(QStringLiteral("interv")), sortedIds({invitation, thanks})) << "prefix";
}

TEST_F(CommunicationSearch, TheIndexFollowsUpdates)
{
    Communication c = *repo.get(interest);
    c.subject = QStringLiteral("Research update");
    c.body = QStringLiteral("A poster at the spring meeting.");
    ASSERT_TRUE(repo.update(c));
    EXPECT_EQ(search(QStringLiteral("otolaryngology")), QList<qint64>());
    EXPECT_EQ(search(QStringLiteral("cafe")), QList<qint64>());
    EXPECT_EQ(indexed(QStringLiteral("cafe")), QList<qint64>());
    EXPECT_EQ(search(QStringLiteral("poster")), QList<qint64>{interest});
    EXPECT_EQ(search(QStringLiteral("research")), QList<qint64>{interest});
    EXPECT_EQ(ids(QStringLiteral("cafe")), QList<qint64>());
    EXPECT_EQ(ids(QStringLiteral("poster")), QList<qint64>{interest});
    EXPECT_TRUE(indexMatchesContent());
}

TEST_F(CommunicationSearch, TheIndexFollowsDeletes)
{
    ASSERT_TRUE(repo.remove(thanks));
    EXPECT_EQ(search(QStringLiteral("thank")), QList<qint64>());
    EXPECT_EQ(indexed(QStringLiteral("thank")), QList<qint64>());
    EXPECT_EQ(search(QStringLiteral("interview")), QList<qint64>{invitation});
    EXPECT_EQ(ids(QStringLiteral("thank")), QList<qint64>());
    EXPECT_EQ(ids(QStringLiteral("interview")), QList<qint64>{invitation});
    EXPECT_TRUE(indexMatchesContent());
}

TEST_F(CommunicationSearch, NoFilterListsEverythingByTime)
{
    EXPECT_EQ(find({}), (QList<qint64>{interest, invitation, thanks, update}));
}

TEST_F(CommunicationSearch, FiltersByProgramDirectionAndKind)
{
    EXPECT_EQ(find(Filter().program(lakeside)), (QList<qint64>{interest, thanks}));
    EXPECT_EQ(find(Filter().direction(Direction::Incoming)), QList<qint64>{invitation});
    EXPECT_EQ(find(Filter().direction(Direction::Outgoing)),
              (QList<qint64>{interest, thanks, update}));
    EXPECT_EQ(find(Filter().kind(Kind::ThankYou)), QList<qint64>{thanks});
    EXPECT_EQ(find(Filter().program(9999)), QList<qint64>());
}

TEST_F(CommunicationSearch, DateRangeIncludesBothEnds)
{
    // invitation is at 00:00:00 on its first day, thanks at 23:59:59 on its last.
    EXPECT_EQ(find(Filter().from(QDate(2026, 10, 1)).to(QDate(2026, 11, 15))),
              (QList<qint64>{invitation, thanks}));
    EXPECT_EQ(find(Filter().from(QDate(2026, 10, 2)).to(QDate(2026, 11, 14))), QList<qint64>());
    EXPECT_EQ(find(Filter().from(QDate(2026, 11, 15)).to(QDate(2026, 11, 15))),
              QList<qint64>{thanks});
    EXPECT_EQ(find(Filter().from(QDate(2026, 11, 16))), QList<qint64>{update});
    EXPECT_EQ(find(Filter().to(QDate(2026, 9, 10))), QList<qint64>{interest});
}

TEST_F(CommunicationSearch, FiltersCombine)
{
    EXPECT_EQ(find(Filter().program(lakeside).text(QStringLiteral("interview"))),
              QList<qint64>{thanks});
    EXPECT_EQ(find(Filter()
                       .program(hillcrest)
                       .from(QDate(2026, 9, 1))
                       .to(QDate(2026, 10, 31))
                       .direction(Direction::Incoming)
                       .kind(Kind::ProgramInvitation)
                       .text(QStringLiteral("pgy"))),
              QList<qint64>{invitation});
    EXPECT_EQ(find(Filter().program(hillcrest).direction(Direction::Outgoing).kind(Kind::ThankYou)),
              QList<qint64>());
    EXPECT_EQ(find(Filter()
                       .to(QDate(2026, 11, 30))
                       .direction(Direction::Outgoing)
                       .text(QStringLiteral("thank"))),
              QList<qint64>{thanks});
}

// The same comparison over a whole demo season, with the words its story uses.
TEST(CommunicationSearchDemo, IdsOnlyFindWhatTheFullSearchFinds)
{
    test::TempDatabase temp;
    DemoOptions options;
    options.matchYear = 2027;
    options.today = QDate(2027, 2, 20);
    ASSERT_TRUE(generateDemoSeason(temp.db(), options));
    CommunicationRepository repo(temp.db());
    int matched = 0;
    for (const char *input : kTypedInputs) {
        const QString text = QString::fromUtf8(input);
        auto found = repo.matchingIds(text);
        ASSERT_TRUE(found) << input << ": " << found.errorMessage().toStdString();
        if (CommunicationRepository::ftsQuery(text).isEmpty()) {
            EXPECT_TRUE(found->empty()) << input;
            continue;
        }
        CommunicationFilter filter;
        filter.text = text;
        auto rows = repo.list(filter);
        ASSERT_TRUE(rows) << rows.errorMessage().toStdString();
        QList<qint64> expected;
        for (const Communication &c : *rows)
            expected << c.id;
        EXPECT_EQ(QList<qint64>(found->cbegin(), found->cend()), sortedIds(expected)) << input;
        matched += static_cast<int>(found->size());
    }
    EXPECT_GT(matched, 100) << "the demo's messages say thank you and interview";
}

} // namespace
} // namespace rapport::core
