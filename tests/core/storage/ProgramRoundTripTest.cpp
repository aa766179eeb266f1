#include "storage/ProgramRepository.h"

#include "support/Builders.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::ProgramBuilder;
using test::queryValue;

// Every field set, none to its default, so a column that is not written or
// not read back shows.
Program everyField()
{
    Program p;
    p.name = QStringLiteral("Lakeside University Otolaryngology – Head & Neck");
    p.institution = QStringLiteral("Lakeside University Hospital");
    p.specialty = QStringLiteral("Otolaryngology - Head and Neck Surgery");
    p.city = QStringLiteral("Chicago");
    p.state = QStringLiteral("IL");
    p.nrmpCode = QStringLiteral("1234280C0");
    p.participatesInMatch = false;
    p.visa = VisaSponsorship::J1;
    p.matchedImgs = Tristate::Yes;
    p.policy = CommunicationPolicy::NoPostInterview;
    p.policyNote = QStringLiteral("\"We do not consider post-interview communication.\"");
    p.status = ProgramStatus::InterviewScheduled;
    p.signalSent = true;
    p.homeProgram = true;
    p.applicationDate = QDate(2026, 9, 24);
    p.interviewDate = QDate(2026, 11, 12);
    p.interviewTime = QTime(8, 30);
    p.interviewOffsetSecs = -5 * 3600;
    p.preferenceRank = 3;
    p.website = QStringLiteral("https://ent.lakeside.example/residency");
    p.emailDomain = QStringLiteral("lakeside.example");
    p.notes = QStringLiteral("Dr. Müller's team;\nsecond line — with ünïcödé");
    p.minGapDays = 10;
    return p;
}

void expectSameProgram(const Program &a, const Program &b)
{
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.institution, b.institution);
    EXPECT_EQ(a.specialty, b.specialty);
    EXPECT_EQ(a.city, b.city);
    EXPECT_EQ(a.state, b.state);
    EXPECT_EQ(a.nrmpCode, b.nrmpCode);
    EXPECT_EQ(a.participatesInMatch, b.participatesInMatch);
    EXPECT_EQ(a.visa, b.visa);
    EXPECT_EQ(a.matchedImgs, b.matchedImgs);
    EXPECT_EQ(a.policy, b.policy);
    EXPECT_EQ(a.policyNote, b.policyNote);
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.signalSent, b.signalSent);
    EXPECT_EQ(a.homeProgram, b.homeProgram);
    EXPECT_EQ(a.applicationDate, b.applicationDate);
    EXPECT_EQ(a.interviewDate, b.interviewDate);
    EXPECT_EQ(a.interviewTime, b.interviewTime);
    EXPECT_EQ(a.interviewOffsetSecs, b.interviewOffsetSecs);
    EXPECT_EQ(a.preferenceRank, b.preferenceRank);
    EXPECT_EQ(a.website, b.website);
    EXPECT_EQ(a.emailDomain, b.emailDomain);
    EXPECT_EQ(a.notes, b.notes);
    EXPECT_EQ(a.minGapDays, b.minGapDays);
}

class ProgramRoundTrip : public ::testing::Test
{
protected:
    Program roundTrip(const Program &p)
    {
        auto id = repo.add(p);
        EXPECT_TRUE(id) << id.errorMessage().toStdString();
        auto read = repo.get(id ? *id : 0);
        EXPECT_TRUE(read) << read.errorMessage().toStdString();
        return read ? *read : Program();
    }

    test::TempDatabase m_temp;
    ProgramRepository repo{m_temp.db()};
};

TEST_F(ProgramRoundTrip, EveryFieldComesBack)
{
    const Program p = everyField();
    const Program read = roundTrip(p);
    EXPECT_GT(read.id, 0);
    expectSameProgram(read, p);
    EXPECT_EQ(read.interviewAt(), QDateTime(QDate(2026, 11, 12), QTime(13, 30), QTimeZone::utc()));
    EXPECT_EQ(read.interviewAt().offsetFromUtc(), -5 * 3600);
}

TEST_F(ProgramRoundTrip, UnsetOptionalFieldsComeBackUnset)
{
    Program p = ProgramBuilder();
    const Program read = roundTrip(p);
    EXPECT_FALSE(read.preferenceRank.has_value());
    EXPECT_FALSE(read.minGapDays.has_value());
    EXPECT_FALSE(read.applicationDate.isValid());
    EXPECT_FALSE(read.interviewDate.isValid());
    EXPECT_FALSE(read.interviewTime.isValid());
    EXPECT_FALSE(read.interviewAt().isValid());
    EXPECT_TRUE(read.nrmpCode.isEmpty());
    EXPECT_EQ(read.specialty, QStringLiteral("Otolaryngology"));
    EXPECT_TRUE(read.participatesInMatch);
    // Unknown is NULL in the database, not 0 or an empty string.
    EXPECT_TRUE(
        queryValue(m_temp.db(), QStringLiteral("SELECT preference_rank FROM programs")).isNull());
    EXPECT_TRUE(
        queryValue(m_temp.db(), QStringLiteral("SELECT interview_time FROM programs")).isNull());
}

TEST_F(ProgramRoundTrip, AnInterviewWithoutATimeEndsAtFivePm)
{
    const Program read = roundTrip(ProgramBuilder().interview(QDate(2026, 12, 1)));
    EXPECT_EQ(read.interviewAt(), QDateTime(QDate(2026, 12, 1), QTime(17, 0), QTimeZone::utc()));
}

TEST_F(ProgramRoundTrip, UpdateWritesEveryFieldAndCanClearOptionals)
{
    const Program first = roundTrip(ProgramBuilder());
    Program changed = everyField();
    changed.id = first.id;
    ASSERT_TRUE(repo.update(changed));
    expectSameProgram(*repo.get(first.id), changed);

    changed.preferenceRank.reset();
    changed.minGapDays.reset();
    changed.interviewTime = QTime();
    changed.nrmpCode.clear();
    ASSERT_TRUE(repo.update(changed));
    const Program cleared = *repo.get(first.id);
    EXPECT_FALSE(cleared.preferenceRank.has_value());
    EXPECT_FALSE(cleared.minGapDays.has_value());
    EXPECT_FALSE(cleared.interviewTime.isValid());
    EXPECT_TRUE(cleared.nrmpCode.isEmpty());
}

TEST_F(ProgramRoundTrip, StoredTextIsNormalised)
{
    Program p = ProgramBuilder(QStringLiteral("  Lakeside  "));
    p.nrmpCode = QStringLiteral(" 1234280C0 ");
    p.emailDomain = QStringLiteral("Lakeside.EDU");
    const Program read = roundTrip(p);
    EXPECT_EQ(read.name, QStringLiteral("Lakeside"));
    EXPECT_EQ(read.nrmpCode, QStringLiteral("1234280C0"));
    EXPECT_EQ(read.emailDomain, QStringLiteral("lakeside.edu"));
}

TEST_F(ProgramRoundTrip, EveryEnumValuePassesTheSchemaAndComesBack)
{
    // The schema's CHECK lists and Enums.cpp must agree on every spelling.
    for (const QString &name : enumNames<ProgramStatus>()) {
        Program p = ProgramBuilder(name).status(*parseEnum<ProgramStatus>(name));
        EXPECT_EQ(toString(roundTrip(p).status), name);
    }
    for (const QString &name : enumNames<VisaSponsorship>()) {
        Program p = ProgramBuilder(QStringLiteral("visa ") + name);
        p.visa = *parseEnum<VisaSponsorship>(name);
        EXPECT_EQ(toString(roundTrip(p).visa), name);
    }
    for (const QString &name : enumNames<CommunicationPolicy>()) {
        Program p = ProgramBuilder(QStringLiteral("policy ") + name);
        p.policy = *parseEnum<CommunicationPolicy>(name);
        EXPECT_EQ(toString(roundTrip(p).policy), name);
    }
    for (const QString &name : enumNames<Tristate>()) {
        Program p = ProgramBuilder(QStringLiteral("imgs ") + name);
        p.matchedImgs = *parseEnum<Tristate>(name);
        EXPECT_EQ(toString(roundTrip(p).matchedImgs), name);
    }
    EXPECT_EQ(test::rowCount(m_temp.db(), QStringLiteral("programs")),
              enumNames<ProgramStatus>().size() + enumNames<VisaSponsorship>().size() +
                  enumNames<CommunicationPolicy>().size() + enumNames<Tristate>().size());
}

} // namespace
} // namespace rapport::core
