#pragma once

#include "Result.h"
#include "io/ProgramCsvImport.h"

#include <QDate>
#include <QString>

// How one cell becomes one Program field; used by ProgramCsvImport only.
namespace rapport::core::csvfields {

// Lower-case letters and digits only: "NRMP Code", "nrmp_code" and
// " NRMP-code " all become "nrmpcode". Headers and enum labels compare so.
QString compact(const QString &text);

// Reads text into column's field of program; the error names the field
// and quotes the text.
Status assign(Program &program, ProgramColumn column, const QString &text);

// Copies one field from source to target (a re-import changes only the
// fields the file fills).
void copyField(Program &target, const Program &source, ProgramColumn column);

// YYYY-MM-DD or M/D/YYYY (US spreadsheets), within 1990-2100.
Result<QDate> parseCsvDate(const QString &text, const QString &what);

} // namespace rapport::core::csvfields
