#include "io/ProgramCsvImport.h"

#include "storage/ProgramRepository.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace rapport::core;
using rapport::test::TempDatabase;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(RAPPORT_TEST_DATA_DIR "/csv/") + QLatin1String(name);
}

ProgramCsvPreview previewOf(const char *name)
{
    auto preview = ProgramCsvImport::previewFile(dataFile(name));
    EXPECT_TRUE(preview.ok()) << preview.errorMessage().toStdString();
    return preview.ok() ? *preview : ProgramCsvPreview{};
}

Program stored(Database &db, const QString &nrmpCode)
{
    auto p = ProgramRepository(db).findByNrmpCode(nrmpCode);
    EXPECT_TRUE(p.ok() && p->has_value()) << nrmpCode.toStdString();
    return p.ok() && p->has_value() ? **p : Program{};
}

TEST(ProgramCsvImport, MatchesHeadersBySynonymIgnoringCaseAndSpaces)
{
    for (const char *header : {"Program", "Program Name", "name", " PROGRAM ", "program_name"})
        EXPECT_EQ(ProgramCsvImport::columnForHeader(QLatin1String(header)), ProgramColumn::Name)
            << header;
    EXPECT_EQ(ProgramCsvImport::columnForHeader(QStringLiteral("NRMP Code")),
              ProgramColumn::NrmpCode);
    EXPECT_EQ(ProgramCsvImport::columnForHeader(QStringLiteral("Program Code")),
              ProgramColumn::NrmpCode);
    EXPECT_EQ(ProgramCsvImport::columnForHeader(QStringLiteral("nrmp")), ProgramColumn::NrmpCode);
    EXPECT_EQ(ProgramCsvImport::columnForHeader(QStringLiteral("Interview")),
              ProgramColumn::InterviewDate);
    EXPECT_EQ(ProgramCsvImport::columnForHeader(QStringLiteral("Email domain")),
              ProgramColumn::EmailDomain);
    EXPECT_EQ(ProgramCsvImport::columnForHeader(QStringLiteral("Signal")), ProgramColumn::Signal);
    EXPECT_EQ(ProgramCsvImport::columnForHeader(QStringLiteral("Favourite colour")), std::nullopt);
}

TEST(ProgramCsvImport, ReadsEveryRfc4180CaseIntoPrograms)
{
    const ProgramCsvPreview preview = previewOf("programs-rfc4180.csv");
    ASSERT_EQ(preview.rows.size(), 4);
    EXPECT_EQ(preview.badCount(), 0) << preview.problems().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(preview.mapping.ignoredHeaders().isEmpty());

    const Program &lakeside = preview.rows[0].program;
    EXPECT_EQ(lakeside.name, QStringLiteral("Lakeside University Otolaryngology"));
    EXPECT_EQ(lakeside.interviewDate, QDate(2026, 11, 20));
    EXPECT_EQ(lakeside.status, ProgramStatus::InterviewScheduled);
    EXPECT_EQ(lakeside.visa, VisaSponsorship::J1);
    EXPECT_EQ(lakeside.notes, QStringLiteral("Skull base, rhinology, and \"resident-run\" clinic"));
    EXPECT_TRUE(lakeside.signalSent);

    const ProgramCsvRow &northgate = preview.rows[1];
    EXPECT_EQ(northgate.line, 3);
    EXPECT_EQ(northgate.program.interviewDate, QDate(2026, 12, 3)) << "M/D/YYYY";
    EXPECT_EQ(northgate.program.status, ProgramStatus::InterviewScheduled) << "label";
    EXPECT_EQ(northgate.program.visa, VisaSponsorship::Both);
    EXPECT_EQ(northgate.program.policy, CommunicationPolicy::NoPostInterview);
    EXPECT_EQ(northgate.program.notes,
              QStringLiteral("Line one of the notes\nline two, with a comma\nline three"));

    const ProgramCsvRow &bayview = preview.rows[2];
    EXPECT_EQ(bayview.line, 6) << "after a three-line record";
    EXPECT_EQ(bayview.program.name,
              QStringLiteral("Bayview Academic Medical Center, Otolaryngology"));
    EXPECT_EQ(bayview.program.notes, QStringLiteral("=HYPERLINK(\"http://example.com\")"));
    EXPECT_FALSE(bayview.given.contains(ProgramColumn::Signal));

    EXPECT_EQ(preview.rows[3].program.notes,
              QString::fromUtf8("Coordinator: Renée Boudreaux — café hour Thursdays"));
    EXPECT_EQ(preview.rows[3].program.policy, CommunicationPolicy::CoordinatorOnly);
}

TEST(ProgramCsvImport, ReportsEveryBadRowByTheLineItStartsOn)
{
    const ProgramCsvPreview preview = previewOf("programs-broken.csv");
    EXPECT_EQ(preview.goodCount(), 4);
    const QStringList expected = {
        QStringLiteral("line 3: interview date \"2026-02-30\" is not a date (YYYY-MM-DD or "
                       "M/D/YYYY, 1990-2100)"),
        QStringLiteral("line 4: the program name is empty"),
        QStringLiteral("line 5: 6 fields where the header has 8"),
        QStringLiteral("line 8: interview date \"13/45/2026\" is not a date (YYYY-MM-DD or "
                       "M/D/YYYY, 1990-2100); status \"pending\" is not one of considering, "
                       "applied, invited, interview_scheduled, interviewed, ranked, withdrawn, "
                       "rejected, matched; visa \"maybe\" is not one of none, j1, h1b, both, "
                       "unknown"),
        QStringLiteral("line 9: field 1 has text after its closing quote"),
        QStringLiteral("line 11: field 1 opens a quote on line 11 that is never closed"),
    };
    EXPECT_EQ(preview.problems(), expected);
    const ProgramCsvRow &keystone = preview.rows[4];
    EXPECT_EQ(keystone.line, 6);
    EXPECT_EQ(keystone.program.name,
              QStringLiteral("Keystone University Otolaryngology (PGY-1 categorical)"))
        << "a name is one line: its line break becomes a space";
    EXPECT_EQ(keystone.program.interviewDate, QDate(2027, 1, 14));
    EXPECT_EQ(keystone.program.visa, VisaSponsorship::H1b);
    EXPECT_EQ(keystone.program.policy, CommunicationPolicy::NoThankYou);
    EXPECT_EQ(preview.rows.last().program.name,
              QStringLiteral("Bluegrass University Otolaryngology"))
        << "the row after an unclosed quote is still read";
}

TEST(ProgramCsvImport, ImportsTheGoodRowsAndListsTheBadOnes)
{
    TempDatabase t;
    auto summary =
        ProgramCsvImport::apply(t.db(), previewOf("programs-broken.csv"), ImportMode::GoodRows);
    ASSERT_TRUE(summary.ok()) << summary.errorMessage().toStdString();
    EXPECT_EQ(summary->added, 4);
    EXPECT_EQ(summary->updated, 0);
    EXPECT_EQ(summary->problems.size(), 6);
    EXPECT_EQ(rapport::test::rowCount(t.db(), QStringLiteral("programs")), 4);
    const Program riverbend = stored(t.db(), QStringLiteral("4567280C0"));
    EXPECT_EQ(riverbend.city, QStringLiteral("Pittsburgh"));
    EXPECT_EQ(riverbend.status, ProgramStatus::Invited);
    EXPECT_EQ(riverbend.interviewDate, QDate(2026, 12, 10));
}

TEST(ProgramCsvImport, AllOrNothingWritesNothingWhenARowIsBad)
{
    TempDatabase t;
    auto summary =
        ProgramCsvImport::apply(t.db(), previewOf("programs-broken.csv"), ImportMode::AllOrNothing);
    ASSERT_TRUE(summary.ok());
    EXPECT_FALSE(summary->applied);
    EXPECT_EQ(summary->added, 0);
    EXPECT_EQ(summary->problems.size(), 6);
    EXPECT_EQ(rapport::test::rowCount(t.db(), QStringLiteral("programs")), 0);
}

TEST(ProgramCsvImport, ReimportingUpdatesInsteadOfDuplicating)
{
    TempDatabase t;
    ASSERT_TRUE(
        ProgramCsvImport::apply(t.db(), previewOf("programs-rfc4180.csv"), ImportMode::AllOrNothing)
            .ok());
    auto again = ProgramCsvImport::apply(t.db(), previewOf("programs-rfc4180.csv"),
                                         ImportMode::AllOrNothing);
    ASSERT_TRUE(again.ok()) << again.errorMessage().toStdString();
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->updated, 4) << "Bayview has no NRMP code: matched by name and city";
    EXPECT_EQ(rapport::test::rowCount(t.db(), QStringLiteral("programs")), 4);

    // A second file with other headers changes only the cells it fills.
    auto synonyms = ProgramCsvImport::apply(t.db(), previewOf("programs-synonyms.csv"),
                                            ImportMode::AllOrNothing);
    ASSERT_TRUE(synonyms.ok()) << synonyms.errorMessage().toStdString();
    EXPECT_EQ(synonyms->updated, 1);
    EXPECT_EQ(synonyms->added, 1);
    const Program lakeside = stored(t.db(), QStringLiteral("1234280C0"));
    EXPECT_EQ(lakeside.interviewDate, QDate(2026, 11, 21));
    EXPECT_EQ(lakeside.status, ProgramStatus::Interviewed);
    EXPECT_EQ(lakeside.visa, VisaSponsorship::Both);
    EXPECT_EQ(lakeside.policy, CommunicationPolicy::CoordinatorOnly);
    EXPECT_EQ(lakeside.emailDomain, QStringLiteral("lakeside.edu"));
    EXPECT_EQ(lakeside.notes, QStringLiteral("Moved to the 21st"));
    EXPECT_EQ(lakeside.institution, QStringLiteral("Lakeside University Hospitals"))
        << "a column the second file lacks keeps its stored value";
    EXPECT_EQ(rapport::test::rowCount(t.db(), QStringLiteral("programs")), 5);
}

TEST(ProgramCsvImport, RemappingAColumnReadsTheRowsAgain)
{
    ProgramCsvPreview preview = previewOf("programs-synonyms.csv");
    EXPECT_EQ(preview.mapping.ignoredHeaders(), QStringList{QStringLiteral("Unrelated Column")});
    ProgramColumnMapping mapping = preview.mapping;
    const int comments = int(mapping.headers.indexOf(QStringLiteral("Comments")));
    mapping.set(comments, ProgramColumn::PolicyNote);
    mapping.set(int(mapping.headers.indexOf(QStringLiteral("Unrelated Column"))),
                ProgramColumn::Notes);
    const ProgramCsvPreview remapped = ProgramCsvImport::remap(preview, mapping);
    EXPECT_EQ(remapped.rows[0].program.policyNote, QStringLiteral("Moved to the 21st"));
    EXPECT_EQ(remapped.rows[0].program.notes, QStringLiteral("ignored"));

    mapping.set(int(mapping.headers.indexOf(QStringLiteral("Unrelated Column"))),
                ProgramColumn::Name);
    const ProgramCsvPreview renamed = ProgramCsvImport::remap(preview, mapping);
    EXPECT_EQ(renamed.rows[0].program.name, QStringLiteral("ignored"));
    EXPECT_FALSE(renamed.mapping.columns.at(0).has_value()) << "a field is filled by one column";
}

TEST(ProgramCsvImport, WithoutANameColumnNothingIsImported)
{
    TempDatabase t;
    auto preview = ProgramCsvImport::preview(QByteArray("City,State\nChicago,IL\n"));
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->problems(),
              QStringList{QStringLiteral("line 2: the program name is empty")});
    auto summary = ProgramCsvImport::apply(t.db(), *preview, ImportMode::GoodRows);
    ASSERT_FALSE(summary.ok());
    EXPECT_TRUE(summary.errorMessage().contains(QStringLiteral("program name")));
}

TEST(ProgramCsvImport, AnEmptyFileIsAnError)
{
    auto preview = ProgramCsvImport::preview(QByteArray("\xEF\xBB\xBF\r\n"));
    ASSERT_FALSE(preview.ok());
    EXPECT_TRUE(preview.errorMessage().contains(QStringLiteral("header")));
}

} // namespace
