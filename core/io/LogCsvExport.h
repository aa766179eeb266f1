#pragma once

#include "Result.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace rapport::core {

class Database;

// The log (or one program's entries) as CSV, one row per communication in
// time order, with the columns of columns(). Times keep the offset they
// were entered in (ISO 8601, e.g. 2026-10-13T09:15:00-05:00).
class LogCsvExport final
{
public:
    static QStringList columns();
    // count, when given, receives the number of rows written.
    static Result<QByteArray> write(Database &db, std::optional<qint64> programId = std::nullopt,
                                    int *count = nullptr);
};

} // namespace rapport::core
