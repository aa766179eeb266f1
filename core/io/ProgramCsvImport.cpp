#include "ProgramCsvImport.h"

#include "ProgramCsvFields.h"

#include "domain/TextLimits.h"
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/ProgramRepository.h"
#include "storage/Transaction.h"

#include <QFile>

#include <algorithm>

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
    for (int i = 0; i < mapping.columns.size(); ++i) {
        const auto column = mapping.columns.at(i);
        const QString &cell = record.fields.at(i);
        if (!column || cell.trimmed().isEmpty())
            continue;
        if (auto s = csvfields::assign(row.program, *column, cell); !s)
            problems << s.errorMessage();
        else
            row.given << *column;
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

// The stored program a row stands for: same NRMP code, else same name and
// city (unless the stored one carries a different code: then it is another
// program that happens to share the name).
Result<std::optional<Program>> existingFor(const ProgramRepository &repo, const Program &p)
{
    if (!p.nrmpCode.isEmpty()) {
        auto byCode = repo.findByNrmpCode(p.nrmpCode);
        if (!byCode || *byCode)
            return byCode;
    }
    auto byName = repo.findByNameCity(p.name, p.city);
    if (!byName || !*byName)
        return byName;
    const QString storedCode = (*byName)->nrmpCode;
    if (!p.nrmpCode.isEmpty() && !storedCode.isEmpty() && storedCode != p.nrmpCode)
        return std::optional<Program>();
    return byName;
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
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    for (const ProgramCsvRow &row : preview.rows) {
        if (!row.ok())
            continue;
        auto existing = existingFor(repo, row.program);
        if (!existing)
            return fail(QStringLiteral("line %1: %2").arg(row.line).arg(existing.errorMessage()));
        Status written;
        if (*existing) {
            Program merged = **existing;
            for (const ProgramColumn column : row.given)
                csvfields::copyField(merged, row.program, column);
            written = repo.update(merged);
        } else {
            auto id = repo.add(row.program);
            written = id ? Status() : Status(id.error());
        }
        // Each write is its own savepoint: a refused row leaves the others.
        if (!written) {
            const QString problem =
                QStringLiteral("line %1: %2").arg(row.line).arg(written.errorMessage());
            if (mode == ImportMode::AllOrNothing)
                return fail(QStringLiteral("nothing imported: %1").arg(problem));
            summary.problems << problem;
            continue;
        }
        ++(*existing ? summary.updated : summary.added);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace rapport::core
