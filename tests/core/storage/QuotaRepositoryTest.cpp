#include "storage/QuotaRepository.h"
#include "storage/ProgramRepository.h"

#include "support/Builders.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::contains;

QuotaLimit limit(std::optional<int> recommended, std::optional<int> maximum)
{
    return QuotaLimit{recommended, maximum};
}

class QuotaRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto id = ProgramRepository(m_temp.db()).add(test::ProgramBuilder());
        ASSERT_TRUE(id) << id.errorMessage().toStdString();
        programId = *id;
    }

    QuotaPolicy load()
    {
        auto policy = repo.load();
        EXPECT_TRUE(policy) << policy.errorMessage().toStdString();
        return policy ? *policy : QuotaPolicy();
    }

    int rows()
    {
        return test::rowCount(m_temp.db(), QStringLiteral("quota_defaults")) +
               test::rowCount(m_temp.db(), QStringLiteral("quota_overrides"));
    }

    test::TempDatabase m_temp;
    QuotaRepository repo{m_temp.db()};
    qint64 programId = 0;
};

TEST_F(QuotaRepositoryTest, NothingStoredMeansNothingSet)
{
    const QuotaPolicy p = load();
    EXPECT_TRUE(p.limits.isEmpty());
    EXPECT_TRUE(p.overrides.isEmpty());
    EXPECT_FALSE(p.minGapDays.has_value());
}

TEST_F(QuotaRepositoryTest, DefaultsComeBackForEveryQuota)
{
    int n = 0;
    for (const QString &quota : QuotaPolicy::quotaNames()) {
        ASSERT_TRUE(repo.setDefault(quota, limit(n, n + 1))) << quota.toStdString();
        ++n;
    }
    ASSERT_TRUE(repo.setDefault(QStringLiteral("thank_you"), limit(1, std::nullopt)));
    const QuotaPolicy p = load();
    EXPECT_EQ(p.limits.size(), QuotaPolicy::quotaNames().size());
    EXPECT_EQ(p.limits.value(QStringLiteral("pre_interview")).recommended, 0);
    EXPECT_EQ(p.limits.value(QStringLiteral("pre_interview")).maximum, 1);
    EXPECT_EQ(p.limits.value(QStringLiteral("top_choice")).maximum, 4);
    EXPECT_EQ(p.limits.value(QStringLiteral("thank_you")).recommended, 1);
    EXPECT_FALSE(p.limits.value(QStringLiteral("thank_you")).maximum.has_value())
        << "replaced, and an unset maximum stays unset";
}

TEST_F(QuotaRepositoryTest, OverridesWinFieldByField)
{
    ASSERT_TRUE(repo.setDefault(QStringLiteral("post_interview"), limit(1, 2)));
    ASSERT_TRUE(
        repo.setOverride(programId, QStringLiteral("post_interview"), limit(std::nullopt, 0)));
    const QuotaPolicy p = load();
    ASSERT_TRUE(p.overrides.contains(programId));
    const QuotaLimit stored = p.overrides[programId].value(QStringLiteral("post_interview"));
    EXPECT_FALSE(stored.recommended.has_value());
    EXPECT_EQ(stored.maximum, 0);

    const QuotaLimit effective = p.effective(programId, QStringLiteral("post_interview"));
    EXPECT_EQ(effective.recommended, 1);
    EXPECT_EQ(effective.maximum, 0);
    EXPECT_EQ(p.effective(programId + 1, QStringLiteral("post_interview")).maximum, 2);

    ASSERT_TRUE(repo.clearOverride(programId, QStringLiteral("post_interview")));
    EXPECT_TRUE(load().overrides.isEmpty());
}

TEST_F(QuotaRepositoryTest, RecommendedAboveMaximumIsRefused)
{
    ASSERT_TRUE(repo.setDefault(QStringLiteral("pre_interview"), limit(1, 2)));
    auto s = repo.setDefault(QStringLiteral("pre_interview"), limit(3, 2));
    ASSERT_FALSE(s);
    EXPECT_TRUE(contains(s.errorMessage(), "pre_interview"));
    EXPECT_TRUE(contains(s.errorMessage(), "recommended 3"));
    EXPECT_TRUE(contains(s.errorMessage(), "maximum 2"));
    s = repo.setOverride(programId, QStringLiteral("pre_interview"), limit(5, 1));
    ASSERT_FALSE(s);
    EXPECT_TRUE(contains(s.errorMessage(), "recommended 5"));
    EXPECT_EQ(load().limits.value(QStringLiteral("pre_interview")).recommended, 1);
    EXPECT_EQ(rows(), 1);
}

TEST_F(QuotaRepositoryTest, UnknownQuotaNamesAndNegativeCountsAreRefused)
{
    auto s = repo.setDefault(QStringLiteral("weekly_emails"), limit(1, 1));
    ASSERT_FALSE(s);
    EXPECT_TRUE(contains(s.errorMessage(), "weekly_emails"));
    s = repo.setOverride(programId, QStringLiteral("Thank_You"), limit(1, 1));
    ASSERT_FALSE(s);
    EXPECT_TRUE(contains(s.errorMessage(), "Thank_You"));
    s = repo.setDefault(QStringLiteral("thank_you"), limit(-1, std::nullopt));
    ASSERT_FALSE(s);
    EXPECT_TRUE(contains(s.errorMessage(), "negative"));
    EXPECT_EQ(rows(), 0);
}

TEST_F(QuotaRepositoryTest, AnOverrideForAMissingProgramIsRefused)
{
    auto s = repo.setOverride(programId + 100, QStringLiteral("thank_you"), limit(1, 1));
    ASSERT_FALSE(s);
    EXPECT_TRUE(contains(s.errorMessage(), QStringLiteral("program %1").arg(programId + 100)));
    EXPECT_EQ(rows(), 0);
}

TEST_F(QuotaRepositoryTest, MinimumGapIsStoredClearedAndBounded)
{
    ASSERT_TRUE(repo.setMinGapDays(7));
    EXPECT_EQ(load().minGapDays, 7);
    ASSERT_TRUE(repo.setMinGapDays(0));
    EXPECT_EQ(load().minGapDays, 0);

    for (int bad : {-1, 366}) {
        auto s = repo.setMinGapDays(bad);
        ASSERT_FALSE(s);
        EXPECT_TRUE(contains(s.errorMessage(), QString::number(bad)));
    }
    EXPECT_EQ(load().minGapDays, 0);

    ASSERT_TRUE(repo.setMinGapDays(std::nullopt));
    EXPECT_FALSE(load().minGapDays.has_value());
}

} // namespace
} // namespace rapport::core
