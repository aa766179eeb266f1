#include "storage/Transaction.h"
#include "storage/Database.h"

#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

#include <sqlite3.h>

namespace rapport::core {
namespace {

using test::contains;

// Writes through the settings table, the simplest one in the schema.
class TransactionTest : public ::testing::Test
{
protected:
    Database &db() { return m_temp.db(); }

    void put(const QString &key)
    {
        ASSERT_TRUE(test::execSql(db(),
                                  QStringLiteral("INSERT INTO settings (key, value) "
                                                 "VALUES (?, 'x')"),
                                  {key}));
    }

    QStringList keys()
    {
        QStringList out;
        const int n = test::rowCount(db(), QStringLiteral("settings"));
        for (int i = 0; i < n; ++i)
            out << test::queryValue(db(),
                                    QStringLiteral("SELECT key FROM settings ORDER BY key "
                                                   "LIMIT 1 OFFSET ?"),
                                    {i})
                       .toString();
        return out;
    }

    // SQLite's own view, independent of the depth Transaction keeps.
    bool inTransaction() { return sqlite3_get_autocommit(db().handle()) == 0; }

private:
    test::TempDatabase m_temp;
};

TEST_F(TransactionTest, RollsBackWhenNotCommitted)
{
    {
        Transaction tx(db());
        ASSERT_TRUE(tx.begin());
        EXPECT_EQ(db().transactionDepth(), 1);
        EXPECT_TRUE(inTransaction());
        put(QStringLiteral("a"));
        EXPECT_EQ(keys(), QStringList{QStringLiteral("a")}) << "visible inside the transaction";
    }
    EXPECT_EQ(keys(), QStringList());
    EXPECT_EQ(db().transactionDepth(), 0);
    EXPECT_FALSE(inTransaction());
}

TEST_F(TransactionTest, CommitPersists)
{
    {
        Transaction tx(db());
        ASSERT_TRUE(tx.begin());
        put(QStringLiteral("a"));
        ASSERT_TRUE(tx.commit());
        EXPECT_EQ(db().transactionDepth(), 0);
    }
    EXPECT_EQ(keys(), QStringList{QStringLiteral("a")});
    EXPECT_FALSE(inTransaction());
}

TEST_F(TransactionTest, CommitWithoutBeginIsAnError)
{
    Transaction tx(db());
    auto s = tx.commit();
    ASSERT_FALSE(s);
    EXPECT_TRUE(contains(s.errorMessage(), "without an open transaction"));
    EXPECT_EQ(db().transactionDepth(), 0);
}

TEST_F(TransactionTest, CommittingTwiceIsAnErrorAndKeepsTheWork)
{
    Transaction tx(db());
    ASSERT_TRUE(tx.begin());
    put(QStringLiteral("a"));
    ASSERT_TRUE(tx.commit());
    EXPECT_FALSE(tx.commit());
    EXPECT_EQ(keys(), QStringList{QStringLiteral("a")});
}

TEST_F(TransactionTest, InnerRollbackKeepsOuterWork)
{
    {
        Transaction outer(db());
        ASSERT_TRUE(outer.begin());
        put(QStringLiteral("outer-before"));
        {
            Transaction inner(db());
            ASSERT_TRUE(inner.begin());
            EXPECT_EQ(db().transactionDepth(), 2);
            put(QStringLiteral("inner"));
        }
        EXPECT_EQ(db().transactionDepth(), 1);
        put(QStringLiteral("outer-after"));
        ASSERT_TRUE(outer.commit());
    }
    EXPECT_EQ(keys(), (QStringList{QStringLiteral("outer-after"), QStringLiteral("outer-before")}));
    EXPECT_FALSE(inTransaction());
}

TEST_F(TransactionTest, OuterRollbackDiscardsCommittedInnerWork)
{
    {
        Transaction outer(db());
        ASSERT_TRUE(outer.begin());
        put(QStringLiteral("outer"));
        {
            Transaction inner(db());
            ASSERT_TRUE(inner.begin());
            put(QStringLiteral("inner"));
            ASSERT_TRUE(inner.commit());
        }
        EXPECT_EQ(keys().size(), 2);
    }
    EXPECT_EQ(keys(), QStringList());
    EXPECT_EQ(db().transactionDepth(), 0);
    EXPECT_FALSE(inTransaction());
}

TEST_F(TransactionTest, ThreeLevelsUnwindOneAtATime)
{
    Transaction a(db());
    ASSERT_TRUE(a.begin());
    put(QStringLiteral("a"));
    {
        Transaction b(db());
        ASSERT_TRUE(b.begin());
        put(QStringLiteral("b"));
        {
            Transaction c(db());
            ASSERT_TRUE(c.begin());
            EXPECT_EQ(db().transactionDepth(), 3);
            put(QStringLiteral("c"));
        } // c rolled back
        ASSERT_TRUE(b.commit());
    }
    ASSERT_TRUE(a.commit());
    EXPECT_EQ(keys(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(db().transactionDepth(), 0);
}

TEST_F(TransactionTest, AFailedStatementInsideDoesNotEndTheTransaction)
{
    {
        Transaction tx(db());
        ASSERT_TRUE(tx.begin());
        put(QStringLiteral("a"));
        // A constraint error aborts the statement, not the transaction.
        EXPECT_FALSE(test::execSql(db(), QStringLiteral("INSERT INTO settings (key, value) "
                                                        "VALUES ('a', 'again')")));
        EXPECT_TRUE(inTransaction());
    }
    EXPECT_EQ(keys(), QStringList());
}

} // namespace
} // namespace rapport::core
