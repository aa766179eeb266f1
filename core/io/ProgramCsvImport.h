#pragma once

#include "Result.h"
#include "domain/Contact.h"
#include "domain/Program.h"
#include "io/CsvReader.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rapport::core {

class Database;

// The Program fields a CSV column can fill.
enum class ProgramColumn
{
    Name,
    Institution,
    Specialty,
    City,
    State,
    NrmpCode,
    ParticipatesInMatch,
    Visa,
    MatchedImgs,
    Policy,
    PolicyNote,
    ApplicationStatus, // the program's status in the season
    Signal,
    ApplicationDate,
    InterviewDate,
    InterviewTime,
    PreferenceRank,
    Website,
    EmailDomain,
    Notes,
    // People, made contacts of the program; they stay last.
    DirectorName,
    DirectorEmail,
    CoordinatorName,
    CoordinatorEmail
};

// Which Program field each column of the file fills; the window shows it
// and lets the user change it before anything is written.
struct ProgramColumnMapping
{
    QStringList headers;                         // as written in the file
    QList<std::optional<ProgramColumn>> columns; // one per header; nullopt = ignored

    std::optional<int> indexOf(ProgramColumn column) const;
    QStringList ignoredHeaders() const;
    // Maps column index to field (or ignores it); a field already mapped
    // elsewhere is taken from that column, so no field is filled twice.
    void set(int index, std::optional<ProgramColumn> column);
};

struct ProgramCsvRow
{
    int line = 0;               // physical line the record starts on
    Program program;            // the values read; defaults where a cell is empty
    QList<ProgramColumn> given; // the fields with a non-empty cell
    QList<Contact> contacts;    // from the people columns: role, name, address
    QString error;              // what is wrong, empty for a good row

    // What importing the row would do, set by ProgramCsvImport::match():
    // update the stored program existingId (found by matchedBy:
    // "nrmp_code", "name_institution" or "name_city"), else add one; and
    // add or update that many contacts.
    std::optional<qint64> existingId;
    QString existingName;
    QString matchedBy;
    int contactsToAdd = 0;
    int contactsToUpdate = 0;

    bool ok() const { return error.isEmpty(); }
    QString message() const { return QStringLiteral("line %1: %2").arg(line).arg(error); }
};

struct ProgramCsvPreview
{
    ProgramColumnMapping mapping;
    QList<ProgramCsvRow> rows;
    QList<CsvRecord> records; // the raw records, kept for remapping
    int headerLine = 1;

    int goodCount() const;
    int badCount() const;
    QStringList problems() const; // "line N: ..." for every bad row
};

enum class ImportMode
{
    GoodRows,
    AllOrNothing
};

struct ProgramImportSummary
{
    int added = 0;
    int updated = 0;
    int contactsAdded = 0;
    int contactsUpdated = 0;
    QStringList problems; // "line N: ..." for every row not imported
    bool applied = true;  // false when AllOrNothing met a bad row
};

// Programs from a spreadsheet export. Columns are matched by header name,
// ignoring case, spaces and punctuation, with common synonyms ("Program",
// "NRMP Code", "Interview Date", "PD Email"...). Re-importing a file
// updates the programs it added (ProgramMatcher: same NRMP code, else same
// name and institution, else same name and city) and changes only the
// fields whose cells are filled. Director and coordinator columns add or
// update the program's contacts, so that mail from them finds it.
class ProgramCsvImport final
{
public:
    // Fails only when there is nothing to read (no header).
    static Result<ProgramCsvPreview> preview(const QByteArray &bytes);
    static Result<ProgramCsvPreview> previewFile(const QString &path);
    // The same records read again under another mapping.
    static ProgramCsvPreview remap(const ProgramCsvPreview &preview,
                                   const ProgramColumnMapping &mapping);

    // Fills each good row's existingId, matchedBy and contact counts from
    // the stored programs, without writing: what apply() would do.
    static Status match(Database &db, ProgramCsvPreview &preview);

    // One transaction. GoodRows imports every good row and lists the rest;
    // AllOrNothing writes nothing when any row is bad.
    static Result<ProgramImportSummary> apply(Database &db, const ProgramCsvPreview &preview,
                                              ImportMode mode);

    static std::optional<ProgramColumn> columnForHeader(const QString &header);
    static QString columnName(ProgramColumn column); // e.g. "interview_date"
    static QList<ProgramColumn> allColumns();
};

} // namespace rapport::core
