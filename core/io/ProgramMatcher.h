#pragma once

#include "Result.h"
#include "domain/Program.h"

#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QString>

#include <optional>

namespace rapport::core {

class ProgramRepository;

// Finds the stored program a row of a program file stands for: the same
// NRMP code, else the same name and institution, else the same name and
// city as stored now. Names, institutions and cities compare ignoring case
// and runs of spaces. A stored program carrying another NRMP code or state
// than the row's is never taken by name: it is another program so named.
class ProgramMatcher final
{
public:
    enum class By
    {
        NrmpCode,
        NameInstitution,
        NameCity
    };
    struct Match
    {
        Program program;
        By by = By::NrmpCode;
    };

    // Every stored program, read once: an import of thousands of rows
    // looks each up in memory.
    static Result<ProgramMatcher> load(const ProgramRepository &repo);
    explicit ProgramMatcher(const QList<Program> &programs);

    std::optional<Match> find(const Program &row) const;
    // A program the import added or updated, so that a later row of the
    // same file finds it as it is now.
    void remember(const Program &stored);

    static QString byName(By by); // "nrmp_code", "name_institution", "name_city"

private:
    static QString key(const QString &text);
    std::optional<Program> pick(const QList<qint64> &ids, const Program &row) const;
    void index(const Program &p);
    void unindex(const Program &p);

    QHash<qint64, Program> m_programs;
    QHash<QString, qint64> m_byCode;
    QMultiHash<QString, qint64> m_byNameInstitution;
    QMultiHash<QString, qint64> m_byNameCity;
};

} // namespace rapport::core
