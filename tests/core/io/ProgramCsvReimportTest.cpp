// Re-importing a program file: a program is found again by its NRMP code,
// else its name and institution, else its name and city, so an edit made in
// Rapport does not make the next import add a second program; the file's
// director and coordinator columns become the program's contacts, which
// mail from them is then matched by.

#include "io/MailImport.h"
#include "io/ProgramCsvImport.h"

#include "storage/ContactRepository.h"
#include "storage/ProgramRepository.h"
#include "support/QtPrinters.h"
#include "support/SqlProbe.h"
#include "support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace rapport::core;
using rapport::test::TempDatabase;

namespace {

ProgramCsvPreview previewOf(const char *name)
{
    auto preview = ProgramCsvImport::previewFile(QStringLiteral(RAPPORT_TEST_DATA_DIR "/csv/") +
                                                 QLatin1String(name));
    EXPECT_TRUE(preview.ok()) << preview.errorMessage().toStdString();
    return preview.ok() ? *preview : ProgramCsvPreview{};
}

class ProgramCsvReimport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto first = ProgramCsvImport::apply(t.db(), previewOf("programs-contacts.csv"),
                                             ImportMode::AllOrNothing);
        ASSERT_TRUE(first.ok()) << first.errorMessage().toStdString();
        ASSERT_TRUE(first->applied);
        ASSERT_EQ(first->added, 4) << "two Riversides: one in Illinois, one in Missouri";
        EXPECT_EQ(first->contactsAdded, 6);
        const auto all = programs.all();
        ASSERT_TRUE(all.ok());
        for (const Program &p : *all) {
            if (p.state == QLatin1String("IL") && p.name.startsWith(QLatin1String("Riverside")))
                riverside = p;
        }
        ASSERT_GT(riverside.id, 0);
    }

    QList<Contact> contactsOf(qint64 program) { return *contacts.forProgram(program); }

    Program storedByCode(const QString &code)
    {
        auto p = programs.findByNrmpCode(code);
        EXPECT_TRUE(p.ok() && p->has_value());
        return p.ok() && p->has_value() ? **p : Program{};
    }

    TempDatabase t;
    ProgramRepository programs{t.db()};
    ContactRepository contacts{t.db()};
    Program riverside;
};

TEST_F(ProgramCsvReimport, PeopleColumnsBecomeTheProgramsContacts)
{
    const QList<Contact> people = contactsOf(riverside.id);
    ASSERT_EQ(people.size(), 2);
    const Contact &lopez = people[0];
    EXPECT_EQ(lopez.title, QStringLiteral("Dr."));
    EXPECT_EQ(lopez.firstName, QStringLiteral("Maria"));
    EXPECT_EQ(lopez.lastName, QStringLiteral("Lopez")) << "the degree after the comma is dropped";
    EXPECT_EQ(lopez.role, ContactRole::ProgramDirector);
    EXPECT_EQ(lopez.email, QStringLiteral("mlopez@riverside.example.org"));
    const Contact &park = people[1];
    EXPECT_EQ(park.title, QStringLiteral("Ms."));
    EXPECT_EQ(park.role, ContactRole::ProgramCoordinator);

    const Program lakeside = storedByCode(QStringLiteral("1234280C0"));
    const QList<Contact> office = contactsOf(lakeside.id);
    ASSERT_EQ(office.size(), 2);
    EXPECT_EQ(office[0].title, QStringLiteral("Prof."));
    EXPECT_EQ(office[1].lastName, QStringLiteral("Program Coordinator"))
        << "an address without a name is named after its role";
    EXPECT_EQ(office[1].email, QStringLiteral("ent-residency@lakeside.example.edu"));
}

TEST_F(ProgramCsvReimport, MailFromTheDirectorFindsTheProgram)
{
    auto import = MailImport::load(t.db());
    ASSERT_TRUE(import.ok()) << import.errorMessage().toStdString();
    import->addOwnAddresses({QStringLiteral("amira@example.org")});
    MailMessage m;
    m.messageId = QStringLiteral("invite-1@riverside.example.org");
    m.date = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone(-6 * 3600));
    m.from = {QStringLiteral("Maria Lopez"), QStringLiteral("MLopez@Riverside.example.org")};
    m.to = {{QString(), QStringLiteral("amira@example.org")}};
    m.subject = QStringLiteral("Interview invitation");
    m.body = QStringLiteral("We would like to invite you to interview on January 12.");
    auto candidates = import->preview({m});
    ASSERT_TRUE(candidates.ok());
    ASSERT_EQ(candidates->size(), 1);
    const MailCandidate &c = candidates->first();
    EXPECT_EQ(c.status, MailStatus::Ready) << c.reason.toStdString();
    EXPECT_EQ(c.communication.programId, riverside.id);
    EXPECT_EQ(c.communication.contactId, std::optional<qint64>(contactsOf(riverside.id)[0].id));
}

TEST_F(ProgramCsvReimport, AnEditedCityStillFindsTheProgramByNameAndInstitution)
{
    Program edited = riverside;
    edited.city = QStringLiteral("Chatham");
    ASSERT_TRUE(programs.update(edited));

    ProgramCsvPreview again = previewOf("programs-contacts.csv");
    ASSERT_TRUE(ProgramCsvImport::match(t.db(), again));
    EXPECT_EQ(again.rows[0].existingId, std::optional<qint64>(riverside.id));
    EXPECT_EQ(again.rows[0].matchedBy, QStringLiteral("name_institution"));
    EXPECT_EQ(again.rows[1].matchedBy, QStringLiteral("nrmp_code"));
    EXPECT_EQ(again.rows[2].matchedBy, QStringLiteral("name_city"));
    EXPECT_EQ(again.rows[3].matchedBy, QStringLiteral("name_institution"));
    for (const ProgramCsvRow &row : again.rows) {
        EXPECT_EQ(row.contactsToAdd, 0) << row.line;
        EXPECT_EQ(row.contactsToUpdate, 0) << row.line;
    }

    auto summary = ProgramCsvImport::apply(t.db(), again, ImportMode::AllOrNothing);
    ASSERT_TRUE(summary.ok()) << summary.errorMessage().toStdString();
    EXPECT_EQ(summary->added, 0);
    EXPECT_EQ(summary->updated, 4);
    EXPECT_EQ(summary->contactsAdded, 0);
    EXPECT_EQ(rapport::test::rowCount(t.db(), QStringLiteral("programs")), 4);
    EXPECT_EQ(rapport::test::rowCount(t.db(), QStringLiteral("contacts")), 6);
    EXPECT_EQ(programs.get(riverside.id)->city, QStringLiteral("Springfield"))
        << "the file's filled cells are written, as on every re-import";
}

TEST_F(ProgramCsvReimport, ARenamedProgramIsFoundByNameAndCityNoMore)
{
    // Neither the name nor the institution nor the code ties the row to the
    // renamed program: the preview says it will be added.
    Program edited = riverside;
    edited.name = QStringLiteral("Riverside Head and Neck Surgery");
    ASSERT_TRUE(programs.update(edited));
    ProgramCsvPreview again = previewOf("programs-contacts.csv");
    ASSERT_TRUE(ProgramCsvImport::match(t.db(), again));
    EXPECT_FALSE(again.rows[0].existingId.has_value());
    EXPECT_EQ(again.rows[0].contactsToAdd, 2);
    EXPECT_EQ(again.rows[3].existingId.has_value(), true) << "the Missouri one is still found";
}

TEST_F(ProgramCsvReimport, ALaterFileUpdatesAddressesAndAddsNewPeople)
{
    ProgramCsvPreview later = previewOf("programs-contacts-later.csv");
    ASSERT_EQ(later.badCount(), 1);
    EXPECT_TRUE(later.rows[1].error.contains(QStringLiteral("not-an-address")));
    ASSERT_TRUE(ProgramCsvImport::match(t.db(), later));
    EXPECT_EQ(later.rows[0].contactsToUpdate, 1) << "Dr. Lopez's new address";
    EXPECT_EQ(later.rows[0].contactsToAdd, 1) << "Mr. Reyes, the new coordinator";

    auto summary = ProgramCsvImport::apply(t.db(), later, ImportMode::GoodRows);
    ASSERT_TRUE(summary.ok()) << summary.errorMessage().toStdString();
    EXPECT_EQ(summary->updated, 1);
    EXPECT_EQ(summary->contactsUpdated, 1);
    EXPECT_EQ(summary->contactsAdded, 1);
    const QList<Contact> people = contactsOf(riverside.id);
    ASSERT_EQ(people.size(), 3) << "Ms. Park stays: entries may name her";
    EXPECT_EQ(people[0].lastName, QStringLiteral("Lopez"));
    EXPECT_EQ(people[0].email, QStringLiteral("maria.lopez@riverside.example.org"));
}

TEST(ProgramCsvPeople, APersonOverTheLimitsIsABadRow)
{
    const QByteArray csv =
        "Program,City,PD\nLakeside ENT,Chicago,Dr. Ann " + QByteArray(250, 'x') + "\n";
    auto preview = ProgramCsvImport::preview(csv);
    ASSERT_TRUE(preview.ok());
    ASSERT_EQ(preview->badCount(), 1);
    EXPECT_TRUE(preview->rows[0].error.contains(QStringLiteral("contact last name")))
        << preview->rows[0].error.toStdString();
}

TEST(ProgramCsvPeople, AContactRefusedOnWritingLeavesItsRowsProgramOutToo)
{
    TempDatabase t;
    ASSERT_TRUE(rapport::test::execSql(
        t.db(), QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.contacts WHEN "
                               "new.last_name = 'Refused' BEGIN SELECT RAISE(ABORT, 'refused'); "
                               "END")));
    const QByteArray csv = "Program,City,PD,PD Email\n"
                           "Lakeside ENT,Chicago,Dr. Ann Refused,ann@lakeside.example.edu\n"
                           "Summit ENT,Denver,Dr. Robert Chen,rchen@summit.example.org\n";
    auto preview = ProgramCsvImport::preview(csv);
    ASSERT_TRUE(preview.ok());
    auto summary = ProgramCsvImport::apply(t.db(), *preview, ImportMode::GoodRows);
    ASSERT_TRUE(summary.ok()) << summary.errorMessage().toStdString();
    EXPECT_EQ(summary->added, 1);
    ASSERT_EQ(summary->problems.size(), 1);
    EXPECT_TRUE(summary->problems[0].startsWith(QStringLiteral("line 2: ")))
        << summary->problems[0].toStdString();
    const auto programs = ProgramRepository(t.db()).all();
    ASSERT_TRUE(programs.ok());
    ASSERT_EQ(programs->size(), 1);
    EXPECT_EQ(programs->first().name, QStringLiteral("Summit ENT"));
    EXPECT_EQ(rapport::test::rowCount(t.db(), QStringLiteral("contacts")), 1);
}

TEST(ProgramCsvPeople, HeadersNameTheDirectorAndTheCoordinator)
{
    const std::pair<const char *, ProgramColumn> cases[] = {
        {"Program Director", ProgramColumn::DirectorName},
        {"PD Name", ProgramColumn::DirectorName},
        {"PD Email", ProgramColumn::DirectorEmail},
        {"Program Director Email", ProgramColumn::DirectorEmail},
        {"Coordinator", ProgramColumn::CoordinatorName},
        {"Program Coordinator", ProgramColumn::CoordinatorName},
        {"Coordinator E-mail", ProgramColumn::CoordinatorEmail},
        {"PC Email", ProgramColumn::CoordinatorEmail},
    };
    for (const auto &[header, column] : cases)
        EXPECT_EQ(ProgramCsvImport::columnForHeader(QLatin1String(header)), column) << header;
}

TEST(ProgramCsvPeople, NamesAreSplitIntoTitleFirstAndLast)
{
    const struct
    {
        const char *cell;
        const char *title, *first, *last;
    } cases[] = {
        {"Dr. Maria Lopez, MD", "Dr.", "Maria", "Lopez"},
        {"dr maria lopez", "Dr.", "maria", "lopez"},
        {"Professor Alan Brooks", "Prof.", "Alan", "Brooks"},
        {"Robert  Chen", "", "Robert", "Chen"},
        {"Okafor", "", "", "Okafor"},
        {"Mrs. Ann Marie  de Vries", "Mrs.", "Ann Marie", "de Vries"},
        {"Jan van der Berg", "", "Jan", "van der Berg"},
        {"Drew Barry", "", "Drew", "Barry"},
    };
    for (const auto &c : cases) {
        const QByteArray csv = "Program,PD\nLakeside,\"" + QByteArray(c.cell) + "\"\n";
        auto preview = ProgramCsvImport::preview(csv);
        ASSERT_TRUE(preview.ok());
        ASSERT_EQ(preview->rows.size(), 1);
        ASSERT_EQ(preview->rows[0].contacts.size(), 1) << c.cell;
        const Contact &p = preview->rows[0].contacts[0];
        EXPECT_EQ(p.title, QLatin1String(c.title)) << c.cell;
        EXPECT_EQ(p.firstName, QLatin1String(c.first)) << c.cell;
        EXPECT_EQ(p.lastName, QLatin1String(c.last)) << c.cell;
    }
}

} // namespace
