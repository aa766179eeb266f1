#include "ProgramCsvImport.h"

#include "ProgramCsvContacts.h"
#include "ProgramCsvFields.h"
#include "ProgramMatcher.h"

#include "domain/TextLimits.h"
#include "domain/Validation.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/ProgramRepository.h"
#include "storage/Transaction.h"

#include <QFile>

#include <algorithm>
#include <array>
#include <optional>

namespace rapport::core {
namespace {

ProgramColumnMapping mappingFor(const QStringList &headers)
{
    ProgramColumnMapping mapping;
    mapping.headers = headers;
    for (const QString &header : headers) {
        auto column = ProgramCsvImport::columnForHeader(header);
        // A second "Notes" column is ignored rather than overwriting the first.
        if (column && mapping.indexOf(*column))
            column.reset();
        mapping.columns << column;
    }
    return mapping;
}

// The director and coordinator columns fill people rather than the program.
Status assignPerson(std::array<Contact, 2> &people, ProgramColumn column, const QString &raw)
{
    const QString text = raw.simplified();
    switch (column) {
    case ProgramColumn::DirectorName: csvcontacts::assignName(people[0], text); return {};
    case ProgramColumn::CoordinatorName: csvcontacts::assignName(people[1], text); return {};
    case ProgramColumn::DirectorEmail:
    case ProgramColumn::CoordinatorEmail: {
        if (!isEmailAddress(text))
            return fail(QStringLiteral("%1 \"%2\" is not an email address")
                            .arg(ProgramCsvImport::columnName(column).replace(QLatin1Char('_'),
                                                                              QLatin1Char(' ')),
                                 text));
        people[column == ProgramColumn::DirectorEmail ? 0 : 1].email = text;
        return {};
    }
    default: return {};
    }
}

ProgramCsvRow readRow(const CsvRecord &record, const ProgramColumnMapping &mapping)
{
    ProgramCsvRow row;
    row.line = record.line;
    if (!record.error.isEmpty()) {
        row.error = record.error;
        return row;
    }
    if (record.fields.size() != mapping.headers.size()) {
        row.error = QStringLiteral("%1 fields where the header has %2")
                        .arg(record.fields.size())
                        .arg(mapping.headers.size());
        return row;
    }
    QStringList problems;
    std::array<Contact, 2> people; // director, coordinator
    people[0].role = ContactRole::ProgramDirector;
    people[1].role = ContactRole::ProgramCoordinator;
    for (int i = 0; i < mapping.columns.size(); ++i) {
        const auto column = mapping.columns.at(i);
        const QString &cell = record.fields.at(i);
        if (!column || cell.trimmed().isEmpty())
            continue;
        const bool person = column >= ProgramColumn::DirectorName;
        if (auto s = person ? assignPerson(people, *column, cell)
                            : csvfields::assign(row.program, *column, cell);
            !s)
            problems << s.errorMessage();
        else if (!person)
            row.given << *column;
    }
    for (const Contact &person : people) {
        if (person.lastName.isEmpty() && person.email.isEmpty())
            continue;
        // Checked now as the contact will be, so that the preview shows it:
        // any program, and a name even when only the address is given.
        Contact check = person;
        check.programId = 1;
        if (check.lastName.isEmpty())
            check.lastName = QStringLiteral("Program Director");
        if (auto s = validate(check); !s)
            problems << s.errorMessage();
        else
            row.contacts << person;
    }
    if (!row.given.contains(ProgramColumn::Name)) {
        problems.prepend(QStringLiteral("the program name is empty"));
    } else if (problems.isEmpty()) {
        if (auto s = validate(row.program); !s)
            problems << s.errorMessage();
    }
    row.error = problems.join(QStringLiteral("; "));
    return row;
}

// The stored contacts of every program, by program.
Result<QHash<qint64, QList<Contact>>> contactsByProgram(Database &db)
{
    auto all = ContactRepository(db).all();
    if (!all)
        return all.error();
    QHash<qint64, QList<Contact>> out;
    for (const Contact &c : std::as_const(*all))
        out[c.programId] << c;
    return out;
}

// Adds or updates the row's people as contacts of programId.
Status writeContacts(ContactRepository &repo, qint64 programId, const QList<Contact> &people,
                     ProgramImportSummary &summary)
{
    if (people.isEmpty())
        return {};
    auto stored = repo.forProgram(programId);
    if (!stored)
        return stored.error();
    for (const Contact &c : csvcontacts::changes(*stored, people, programId)) {
        if (c.id == 0) {
            if (auto id = repo.add(c); !id)
                return id.error();
            ++summary.contactsAdded;
        } else {
            if (auto s = repo.update(c); !s)
                return s;
            ++summary.contactsUpdated;
        }
    }
    return {};
}

} // namespace

std::optional<int> ProgramColumnMapping::indexOf(ProgramColumn column) const
{
    const qsizetype i = columns.indexOf(std::optional<ProgramColumn>(column));
    return i < 0 ? std::nullopt : std::optional<int>(int(i));
}

QStringList ProgramColumnMapping::ignoredHeaders() const
{
    QStringList out;
    for (int i = 0; i < headers.size(); ++i) {
        if (i >= columns.size() || !columns.at(i))
            out << headers.at(i);
    }
    return out;
}

void ProgramColumnMapping::set(int index, std::optional<ProgramColumn> column)
{
    if (index < 0 || index >= columns.size())
        return;
    if (column) {
        if (const auto previous = indexOf(*column))
            columns[*previous].reset();
    }
    columns[index] = column;
}

int ProgramCsvPreview::goodCount() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const auto &r) { return r.ok(); }));
}

int ProgramCsvPreview::badCount() const
{
    return int(rows.size()) - goodCount();
}

QStringList ProgramCsvPreview::problems() const
{
    QStringList out;
    for (const ProgramCsvRow &row : rows) {
        if (!row.ok())
            out << row.message();
    }
    return out;
}

Result<ProgramCsvPreview> ProgramCsvImport::preview(const QByteArray &bytes)
{
    if (bytes.size() > limits::kCsvFileBytes)
        return fail(QStringLiteral("the file is %1 bytes; program files are read up to %2 bytes "
                                   "(split it into smaller files)")
                        .arg(bytes.size())
                        .arg(limits::kCsvFileBytes));
    // The header and one record more than allowed: enough to tell.
    QList<CsvRecord> records = CsvReader::read(bytes, limits::kCsvRows + 2);
    if (records.size() > limits::kCsvRows + 1)
        return fail(QStringLiteral("the file has more than %1 rows; split it into smaller files")
                        .arg(limits::kCsvRows));
    if (records.isEmpty())
        return fail(QStringLiteral("the file is empty: a header line naming the columns is "
                                   "expected"));
    const CsvRecord header = records.takeFirst();
    if (!header.error.isEmpty())
        return fail(QStringLiteral("line %1 (the header): %2").arg(header.line).arg(header.error));
    ProgramCsvPreview preview;
    preview.headerLine = header.line;
    preview.records = std::move(records);
    return remap(preview, mappingFor(header.fields));
}

Result<ProgramCsvPreview> ProgramCsvImport::previewFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString()));
    // Checked before reading: a huge file would otherwise be read whole.
    if (file.size() > limits::kCsvFileBytes)
        return fail(QStringLiteral("%1 is %2 bytes; program files are read up to %3 bytes "
                                   "(split it into smaller files)")
                        .arg(path)
                        .arg(file.size())
                        .arg(limits::kCsvFileBytes));
    auto preview = ProgramCsvImport::preview(file.readAll());
    if (!preview)
        return fail(QStringLiteral("%1: %2").arg(path, preview.errorMessage()));
    return preview;
}

ProgramCsvPreview ProgramCsvImport::remap(const ProgramCsvPreview &preview,
                                          const ProgramColumnMapping &mapping)
{
    ProgramCsvPreview out;
    out.headerLine = preview.headerLine;
    out.records = preview.records;
    out.mapping = mapping;
    for (const CsvRecord &record : out.records)
        out.rows << readRow(record, mapping);
    return out;
}

Status ProgramCsvImport::match(Database &db, ProgramCsvPreview &preview)
{
    auto matcher = ProgramMatcher::load(ProgramRepository(db));
    if (!matcher)
        return matcher.error();
    auto contacts = contactsByProgram(db);
    if (!contacts)
        return contacts.error();
    qint64 planned = 0; // ids below zero: programs an earlier row of the file adds
    for (ProgramCsvRow &row : preview.rows) {
        row.existingId.reset();
        row.existingName.clear();
        row.matchedBy.clear();
        row.contactsToAdd = row.contactsToUpdate = 0;
        if (!row.ok())
            continue;
        Program after = row.program;
        if (const auto existing = matcher->find(row.program)) {
            after = existing->program;
            for (const ProgramColumn column : row.given)
                csvfields::copyField(after, row.program, column);
            if (after.id > 0) {
                row.existingId = after.id;
                row.existingName = existing->program.name;
                row.matchedBy = ProgramMatcher::byName(existing->by);
            }
        } else {
            after.id = --planned;
        }
        matcher->remember(after);
        for (const Contact &c : csvcontacts::changes((*contacts)[after.id], row.contacts, after.id))
            ++(c.id == 0 ? row.contactsToAdd : row.contactsToUpdate);
    }
    return {};
}

Result<ProgramImportSummary> ProgramCsvImport::apply(Database &db, const ProgramCsvPreview &preview,
                                                     ImportMode mode)
{
    ProgramImportSummary summary;
    summary.problems = preview.problems();
    if (!preview.mapping.indexOf(ProgramColumn::Name))
        return fail(QStringLiteral("no column holds the program name (expected a header such "
                                   "as \"Program\" or \"Name\")"));
    if (mode == ImportMode::AllOrNothing && !summary.problems.isEmpty()) {
        summary.applied = false;
        return summary;
    }
    ProgramRepository repo(db);
    ContactRepository contactRepo(db);
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto matcher = ProgramMatcher::load(repo);
    if (!matcher)
        return matcher.error();
    for (const ProgramCsvRow &row : preview.rows) {
        if (!row.ok())
            continue;
        const auto existing = matcher->find(row.program);
        Program stored = existing ? existing->program : row.program;
        if (existing) {
            for (const ProgramColumn column : row.given)
                csvfields::copyField(stored, row.program, column);
        }
        // Each row is its own savepoint, so a refused row leaves the others:
        // the program write is one already; with people, one more holds
        // their contacts with it.
        std::optional<Transaction> rowTx;
        if (!row.contacts.isEmpty()) {
            rowTx.emplace(db);
            if (auto s = rowTx->begin(); !s)
                return s.error();
        }
        Status written;
        if (existing) {
            written = repo.update(stored);
        } else if (auto id = repo.add(stored)) {
            stored.id = *id;
        } else {
            written = id.error();
        }
        ProgramImportSummary counts;
        if (written)
            written = writeContacts(contactRepo, stored.id, row.contacts, counts);
        if (written && rowTx)
            written = rowTx->commit();
        if (!written) {
            const QString problem =
                QStringLiteral("line %1: %2").arg(row.line).arg(written.errorMessage());
            if (mode == ImportMode::AllOrNothing)
                return fail(QStringLiteral("nothing imported: %1").arg(problem));
            summary.problems << problem;
            continue;
        }
        matcher->remember(stored);
        summary.contactsAdded += counts.contactsAdded;
        summary.contactsUpdated += counts.contactsUpdated;
        ++(existing ? summary.updated : summary.added);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace rapport::core
