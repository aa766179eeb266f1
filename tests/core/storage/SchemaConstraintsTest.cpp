#include "storage/ContactRepository.h"
#include "storage/ProgramRepository.h"

#include "support/Builders.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::contains;

// The schema defends itself against writers other than the repositories (an
// older build, a hand edit, a bug). Each case first stores a good value
// through the same statement, so a refusal can only come from the value.
struct Case
{
    const char *table;
    const char *sql; // {program}, {contact} and {value} are filled in
    const char *good;
    const char *bad;
};

const Case kEnumCases[] = {
    {"communications",
     "INSERT INTO communications (program_id, contact_id, at_utc, direction, channel, kind, "
     "created_utc) VALUES ({program}, {contact}, '2026-09-01T10:00:00Z', 'outgoing', 'email', "
     "'{value}', '2026-09-01T10:00:00Z')",
     "thank_you", "bogus"},
    {"communications",
     "INSERT INTO communications (program_id, at_utc, direction, channel, kind, created_utc) "
     "VALUES ({program}, 'x', '{value}', 'email', 'other', 'x')",
     "incoming", "sideways"},
    {"communications",
     "INSERT INTO communications (program_id, at_utc, direction, channel, kind, created_utc) "
     "VALUES ({program}, 'x', 'outgoing', '{value}', 'other', 'x')",
     "video_call", "pigeon"},
    {"communications",
     "INSERT INTO communications (program_id, at_utc, direction, channel, kind, state, "
     "created_utc) VALUES ({program}, 'x', 'outgoing', 'email', 'other', '{value}', 'x')",
     "draft", "queued"},
    {"communications",
     "INSERT INTO communications (program_id, at_utc, direction, channel, kind, source, "
     "created_utc) VALUES ({program}, 'x', 'outgoing', 'email', 'other', '{value}', 'x')",
     "imported", "fax"},
    {"programs",
     "INSERT INTO programs (name, status, created_utc, updated_utc) VALUES ('P', '{value}', 'x', "
     "'x')",
     "matched", "bogus"},
    {"programs",
     "INSERT INTO programs (name, visa, created_utc, updated_utc) VALUES ('P', '{value}', 'x', "
     "'x')",
     "h1b", "h2b"},
    {"programs",
     "INSERT INTO programs (name, policy, created_utc, updated_utc) VALUES ('P', '{value}', 'x', "
     "'x')",
     "coordinator_only", "never"},
    {"programs",
     "INSERT INTO programs (name, matched_imgs, created_utc, updated_utc) VALUES ('P', "
     "'{value}', 'x', 'x')",
     "yes", "maybe"},
    {"programs",
     "INSERT INTO programs (name, created_utc, updated_utc) VALUES ('{value}', 'x', 'x')", "Named",
     "   "},
    {"contacts", "INSERT INTO contacts (program_id, role) VALUES ({program}, '{value}')",
     "chief_resident", "dean"},
    {"quota_defaults", "INSERT OR REPLACE INTO quota_defaults (quota) VALUES ('{value}')",
     "top_choice", "weekly"},
    {"quota_overrides",
     "INSERT OR REPLACE INTO quota_overrides (program_id, quota, maximum) VALUES ({program}, "
     "'thank_you', {value})",
     "0", "-1"},
    {"season", "INSERT OR REPLACE INTO season (id, signal_count) VALUES (1, {value})", "0", "-1"},
    {"profile", "INSERT OR REPLACE INTO profile (id) VALUES ({value})", "1", "2"},
};

class SchemaConstraints : public ::testing::Test
{
protected:
    void SetUp() override
    {
        programId = *ProgramRepository(m_temp.db()).add(test::ProgramBuilder());
        contactId = *ContactRepository(m_temp.db()).add(test::ContactBuilder(programId));
        ASSERT_GT(contactId, 0);
    }

    QString statement(const Case &c, const char *value) const
    {
        return QString::fromUtf8(c.sql)
            .replace(QLatin1String("{program}"), QString::number(programId))
            .replace(QLatin1String("{contact}"), QString::number(contactId))
            .replace(QLatin1String("{value}"), QString::fromUtf8(value));
    }

    test::TempDatabase m_temp;
    qint64 programId = 0;
    qint64 contactId = 0;
};

TEST_F(SchemaConstraints, ChecksRefuseValuesOutsideTheirLists)
{
    for (const Case &c : kEnumCases) {
        SCOPED_TRACE(std::string(c.table) + ": " + c.bad);
        const QString table = QLatin1String(c.table);
        ASSERT_TRUE(test::execSql(m_temp.db(), statement(c, c.good)))
            << "the statement itself must work";
        const int before = test::rowCount(m_temp.db(), table);

        auto refused = test::execSql(m_temp.db(), statement(c, c.bad));
        ASSERT_FALSE(refused) << "stored anyway";
        EXPECT_TRUE(contains(refused.errorMessage(), "CHECK constraint failed"));
        EXPECT_EQ(test::rowCount(m_temp.db(), table), before);
    }
}

TEST_F(SchemaConstraints, ForeignKeysAreEnforced)
{
    const int contacts = test::rowCount(m_temp.db(), QStringLiteral("contacts"));
    auto orphan = test::execSql(m_temp.db(), QStringLiteral("INSERT INTO contacts (program_id) "
                                                            "VALUES (424242)"));
    ASSERT_FALSE(orphan);
    EXPECT_TRUE(contains(orphan.errorMessage(), "FOREIGN KEY"));
    EXPECT_EQ(test::rowCount(m_temp.db(), QStringLiteral("contacts")), contacts);

    auto noContact = test::execSql(
        m_temp.db(),
        QStringLiteral("INSERT INTO communications (program_id, contact_id, at_utc, direction, "
                       "channel, kind, created_utc) VALUES (?, 424242, 'x', 'outgoing', 'email', "
                       "'other', 'x')"),
        {programId});
    ASSERT_FALSE(noContact);
    EXPECT_TRUE(contains(noContact.errorMessage(), "FOREIGN KEY"));
    EXPECT_EQ(test::rowCount(m_temp.db(), QStringLiteral("communications")), 0);
}

TEST_F(SchemaConstraints, NotNullTextColumnsRefuseNull)
{
    auto nullInstitution =
        test::execSql(m_temp.db(), QStringLiteral("INSERT INTO programs (name, "
                                                  "institution, created_utc, "
                                                  "updated_utc) VALUES ('P', NULL, "
                                                  "'x', 'x')"));
    ASSERT_FALSE(nullInstitution);
    EXPECT_TRUE(contains(nullInstitution.errorMessage(), "NOT NULL"));
}

} // namespace
} // namespace rapport::core
