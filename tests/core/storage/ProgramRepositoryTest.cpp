#include "storage/ProgramRepository.h"

#include "support/Builders.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::contains;
using test::ProgramBuilder;

class ProgramRepositoryTest : public ::testing::Test
{
protected:
    int programCount() { return test::rowCount(m_temp.db(), QStringLiteral("programs")); }

    // Adds p and expects a refusal that mentions every part; nothing stored
    // may change.
    void expectAddRefused(const Program &p, const QStringList &parts)
    {
        const int before = programCount();
        auto id = repo.add(p);
        ASSERT_FALSE(id) << "accepted with id " << *id;
        for (const QString &part : parts)
            EXPECT_TRUE(contains(id.errorMessage(), part));
        EXPECT_EQ(programCount(), before);
    }

    qint64 add(const Program &p)
    {
        auto id = repo.add(p);
        EXPECT_TRUE(id) << id.errorMessage().toStdString();
        return id ? *id : 0;
    }

    test::TempDatabase m_temp;
    ProgramRepository repo{m_temp.db()};
};

TEST_F(ProgramRepositoryTest, AnEmptyOrBlankNameIsRefused)
{
    expectAddRefused(ProgramBuilder(QString()), {QStringLiteral("program name")});
    expectAddRefused(ProgramBuilder(QStringLiteral("   \t ")), {QStringLiteral("program name")});
}

TEST_F(ProgramRepositoryTest, InterviewDatesOutside1990To2100AreRefused)
{
    expectAddRefused(ProgramBuilder().interview(QDate(1989, 12, 31)),
                     {QStringLiteral("interview date"), QStringLiteral("1989-12-31")});
    expectAddRefused(ProgramBuilder().interview(QDate(2101, 1, 1)),
                     {QStringLiteral("interview date"), QStringLiteral("2101-01-01")});
}

TEST_F(ProgramRepositoryTest, InterviewDatesAtTheEdgesAreAccepted)
{
    for (const QDate &date : {QDate(1990, 1, 1), QDate(2100, 12, 31)}) {
        const qint64 id = add(ProgramBuilder(date.toString(Qt::ISODate)).interview(date));
        auto read = repo.get(id);
        ASSERT_TRUE(read) << read.errorMessage().toStdString();
        EXPECT_EQ(read->interviewDate, date);
    }
    EXPECT_EQ(programCount(), 2);
}

TEST_F(ProgramRepositoryTest, OtherOutOfRangeFieldsAreRefusedByName)
{
    Program rank = ProgramBuilder();
    rank.preferenceRank = 0;
    expectAddRefused(rank, {QStringLiteral("preference rank"), QStringLiteral("0")});
    Program gap = ProgramBuilder();
    gap.minGapDays = -1;
    expectAddRefused(gap, {QStringLiteral("minimum gap"), QStringLiteral("-1")});
    Program applied = ProgramBuilder();
    applied.applicationDate = QDate(1970, 1, 1);
    expectAddRefused(applied, {QStringLiteral("application date"), QStringLiteral("1970-01-01")});
    Program domain = ProgramBuilder();
    domain.emailDomain = QStringLiteral("not a domain");
    expectAddRefused(domain, {QStringLiteral("email domain"), QStringLiteral("not a domain")});
}

TEST_F(ProgramRepositoryTest, AnInvalidUpdateChangesNothing)
{
    const qint64 id = add(ProgramBuilder(QStringLiteral("Lakeside")).interview(QDate(2026, 11, 3)));
    auto stored = repo.get(id);
    ASSERT_TRUE(stored);

    Program bad = *stored;
    bad.name = QStringLiteral("Renamed");
    bad.interviewDate = QDate(2101, 1, 1);
    auto s = repo.update(bad);
    ASSERT_FALSE(s);
    EXPECT_TRUE(contains(s.errorMessage(), "2101-01-01"));

    auto after = repo.get(id);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->name, QStringLiteral("Lakeside"));
    EXPECT_EQ(after->interviewDate, QDate(2026, 11, 3));
}

TEST_F(ProgramRepositoryTest, ADuplicateNrmpCodeIsRefusedNamingTheOtherProgram)
{
    const qint64 first =
        add(ProgramBuilder(QStringLiteral("Lakeside")).nrmp(QStringLiteral("1234280C0")));
    expectAddRefused(
        ProgramBuilder(QStringLiteral("Hillcrest")).nrmp(QStringLiteral("1234280C0")),
        {QStringLiteral("1234280C0"), QStringLiteral("Lakeside"), QString::number(first)});
    // Surrounding blanks do not make a code different.
    expectAddRefused(
        ProgramBuilder(QStringLiteral("Hillcrest")).nrmp(QStringLiteral(" 1234280C0 ")),
        {QStringLiteral("1234280C0")});
}

TEST_F(ProgramRepositoryTest, UpdatingToAnotherProgramsCodeIsRefused)
{
    add(ProgramBuilder(QStringLiteral("Lakeside")).nrmp(QStringLiteral("1111280C0")));
    const qint64 second =
        add(ProgramBuilder(QStringLiteral("Hillcrest")).nrmp(QStringLiteral("2222280C0")));
    Program p = *repo.get(second);
    p.nrmpCode = QStringLiteral("1111280C0");
    auto s = repo.update(p);
    ASSERT_FALSE(s);
    EXPECT_TRUE(contains(s.errorMessage(), "1111280C0"));
    EXPECT_EQ(repo.get(second)->nrmpCode, QStringLiteral("2222280C0"));
}

TEST_F(ProgramRepositoryTest, AProgramKeepsItsOwnCodeOnUpdate)
{
    const qint64 id = add(ProgramBuilder().nrmp(QStringLiteral("1111280C0")));
    Program p = *repo.get(id);
    p.notes = QStringLiteral("changed");
    ASSERT_TRUE(repo.update(p));
    EXPECT_EQ(repo.get(id)->notes, QStringLiteral("changed"));
}

TEST_F(ProgramRepositoryTest, ProgramsWithoutACodeDoNotClash)
{
    add(ProgramBuilder(QStringLiteral("A")));
    add(ProgramBuilder(QStringLiteral("B")));
    EXPECT_EQ(programCount(), 2);
    EXPECT_TRUE(test::queryValue(m_temp.db(), QStringLiteral("SELECT count(*) FROM programs "
                                                             "WHERE nrmp_code IS NULL"))
                    .toInt() == 2)
        << "an empty code is stored as NULL, outside the unique index";
}

TEST_F(ProgramRepositoryTest, MissingProgramsAreReportedById)
{
    Program ghost = ProgramBuilder().id(4242);
    auto updated = repo.update(ghost);
    ASSERT_FALSE(updated);
    EXPECT_TRUE(contains(updated.errorMessage(), "4242"));
    auto removed = repo.remove(4242);
    ASSERT_FALSE(removed);
    EXPECT_TRUE(contains(removed.errorMessage(), "4242"));
    auto read = repo.get(4242);
    ASSERT_FALSE(read);
    EXPECT_TRUE(contains(read.errorMessage(), "4242"));
    EXPECT_EQ(programCount(), 0);
}

TEST_F(ProgramRepositoryTest, AllIsSortedByNameIgnoringCase)
{
    add(ProgramBuilder(QStringLiteral("mercy")));
    add(ProgramBuilder(QStringLiteral("Baylor")));
    add(ProgramBuilder(QStringLiteral("Lakeside")));
    auto all = repo.all();
    ASSERT_TRUE(all);
    QStringList names;
    for (const Program &p : *all)
        names << p.name;
    EXPECT_EQ(names, (QStringList{QStringLiteral("Baylor"), QStringLiteral("Lakeside"),
                                  QStringLiteral("mercy")}));
}

TEST_F(ProgramRepositoryTest, FindsByCodeAndByNameAndCity)
{
    const qint64 lakeside =
        add(ProgramBuilder(QStringLiteral("Lakeside ENT")).nrmp(QStringLiteral("1234280C0")));
    const qint64 noCity = add(ProgramBuilder(QStringLiteral("Remote Program")).city(QString()));

    auto byCode = repo.findByNrmpCode(QStringLiteral(" 1234280C0 "));
    ASSERT_TRUE(byCode && byCode->has_value());
    EXPECT_EQ((*byCode)->id, lakeside);
    auto none = repo.findByNrmpCode(QStringLiteral("0000000X0"));
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->has_value());

    auto byName = repo.findByNameCity(QStringLiteral("  lakeside ent "), QStringLiteral("CHICAGO"));
    ASSERT_TRUE(byName && byName->has_value());
    EXPECT_EQ((*byName)->id, lakeside);
    auto withoutCity = repo.findByNameCity(QStringLiteral("remote program"), QString());
    ASSERT_TRUE(withoutCity && withoutCity->has_value());
    EXPECT_EQ((*withoutCity)->id, noCity);
    auto otherCity = repo.findByNameCity(QStringLiteral("Lakeside ENT"), QStringLiteral("Boston"));
    ASSERT_TRUE(otherCity);
    EXPECT_FALSE(otherCity->has_value());
}

} // namespace
} // namespace rapport::core
