#pragma once

#include "domain/Finding.h"
#include "domain/Program.h"
#include "rules/Allowance.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace rapport::core {
struct SeasonSnapshot;
}

namespace rapport::ui {

// What the Programs list shows of one program. The program and its
// allowance are those of the ProgramRows that made the row, which must
// outlive it: at 100x copies of them took 4 MB.
struct ProgramRow
{
    const core::Program *program = nullptr;
    const core::ProgramAllowance *allowance = nullptr;
    QString next; // the Next column's words
    int openFindings = 0;
    std::optional<core::Severity> worst;
    QString worstLabel; // "violation", or "program's conduct" for what it did
    bool needsAttention = false;

    // Whether the two rows look alike in every cell and tooltip.
    static bool showsTheSame(const ProgramRow &a, const ProgramRow &b);
};

// Every program's row, made from one season, its findings and allowances,
// on any thread: the season's worker makes them beside the check, and says
// which rows differ from the ones it made before.
struct ProgramRows
{
    // The season's programs and the engine's allowances the rows point
    // into, shared with them: the engine replaces its list as the clock
    // moves rather than changing it.
    QList<core::Program> programs;
    QList<core::ProgramAllowance> allowances;
    QList<ProgramRow> rows; // snapshot order
    // The program that holds the season's top choice, and when it was told.
    QString holderName;
    QDateTime holderAt;
    QDateTime at; // the now they were made for

    // Every text the Next column shows, for its width.
    QSet<QString> nextTexts;

    quint64 serial = 0; // this set of rows
    // The sets made before these (the last first, a few back), each with
    // the programs whose rows differ from it or are new since: a list that
    // missed a read while hidden still learns what changed.
    struct Since
    {
        quint64 serial = 0;
        QSet<qint64> changed;
    };
    std::vector<Since> since;
    // The programs changed since set serial, or nullptr when it is too old.
    const QSet<qint64> *changedSince(quint64 serial) const;

    static ProgramRows make(const core::SeasonSnapshot &season, const core::Allowances &allowances,
                            const QList<core::Finding> &findings, const QDateTime &now);
    // Fills since from the rows made before.
    void compareWith(const ProgramRows &before);
};

} // namespace rapport::ui
