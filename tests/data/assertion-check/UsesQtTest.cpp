// Not compiled: what CheckTestAssertions.cmake must refuse (and accept).
#include <QTest>

#include <gtest/gtest.h>

TEST(AssertionCheck, RefusedAndAccepted)
{
    QTRY_VERIFY(false);
    QCOMPARE(1, 2);
    ASSERT_TRUE(QTest::qWaitFor([] { return true; }));
    EXPECT_EQ(1, 1);
}
