#include "ProgramRows.h"

#include "AllowanceText.h"
#include "DateTimeText.h"
#include "FindingText.h"

#include "domain/SeasonSnapshot.h"

#include <QHash>

#include <atomic>

namespace rapport::ui {

bool ProgramRow::showsTheSame(const ProgramRow &a, const ProgramRow &b)
{
    // What the cells and tooltips read of the allowance; its per-kind
    // verdicts (a dozen dates and reasons a row) are not shown here, and
    // comparing them was most of a refresh at 4,000 programs.
    const core::ProgramAllowance &x = *a.allowance;
    const core::ProgramAllowance &y = *b.allowance;
    return a.next == b.next && a.openFindings == b.openFindings && a.worst == b.worst &&
           a.needsAttention == b.needsAttention && a.worstLabel == b.worstLabel &&
           *a.program == *b.program && x.quotas == y.quotas && x.next == y.next &&
           x.thankYouDue == y.thankYouDue && x.toldTopChoice == y.toldTopChoice &&
           x.holdsTopChoice == y.holdsTopChoice && x.topChoiceAt == y.topChoiceAt;
}

ProgramRows ProgramRows::make(const core::SeasonSnapshot &season,
                              const core::Allowances &allowances,
                              const QList<core::Finding> &findings, const QDateTime &now)
{
    static std::atomic<quint64> made{0};
    static const core::ProgramAllowance none;
    ProgramRows out;
    out.serial = ++made;
    out.at = now;
    out.programs = season.programs;
    out.allowances = allowances.programs();
    QHash<qint64, int> rowOf;
    rowOf.reserve(season.programs.size());
    out.rows.reserve(season.programs.size());
    const std::optional<qint64> holder = allowances.topChoiceHolder();
    const DateTimeText when = DateTimeText::forSeason(season.season);
    for (const core::Program &p : std::as_const(out.programs)) {
        if (holder == p.id) {
            out.holderName = p.name;
            out.holderAt = allowances.topChoice().told.first().at;
        }
        ProgramRow row;
        row.program = &p;
        row.allowance = &none;
        if (const core::ProgramAllowance *a = allowances.program(p.id))
            row.allowance = a; // in out.allowances, which shares the engine's list
        row.next = AllowanceText::nextLabel(*row.allowance, now, when);
        row.needsAttention = row.allowance->thankYouDue.has_value();
        out.nextTexts.insert(row.next);
        rowOf.insert(p.id, static_cast<int>(out.rows.size()));
        out.rows.append(std::move(row));
    }
    for (const core::Finding &f : findings) {
        if (f.acknowledged || !f.programId)
            continue;
        const auto it = rowOf.constFind(*f.programId);
        if (it == rowOf.constEnd())
            continue;
        ProgramRow &row = out.rows[*it];
        ++row.openFindings;
        if (!row.worst || core::moreSevere(f.severity, *row.worst)) {
            row.worst = f.severity;
            row.worstLabel = findingText::severityLabel(f).toLower();
        }
        if (f.severity != core::Severity::Info)
            row.needsAttention = true;
    }
    return out;
}

void ProgramRows::compareWith(const ProgramRows &before)
{
    QHash<qint64, qsizetype> old;
    old.reserve(before.rows.size());
    for (qsizetype i = 0; i < before.rows.size(); ++i)
        old.insert(before.rows.at(i).program->id, i);
    // The holder's name shows in every starred row's tooltip.
    const bool holderChanged = holderName != before.holderName || holderAt != before.holderAt;
    QSet<qint64> changed;
    for (const ProgramRow &row : std::as_const(rows)) {
        const auto it = old.constFind(row.program->id);
        if (it == old.constEnd() || holderChanged ||
            !ProgramRow::showsTheSame(row, before.rows.at(*it)))
            changed.insert(row.program->id);
    }
    // Enough for the reads a hidden page misses between two visits.
    constexpr std::size_t kKept = 8;
    since.clear();
    since.push_back({before.serial, changed});
    for (const Since &earlier : before.since) {
        if (since.size() == kKept)
            break;
        since.push_back({earlier.serial, earlier.changed + changed});
    }
}

const QSet<qint64> *ProgramRows::changedSince(quint64 earlier) const
{
    for (const Since &s : since) {
        if (s.serial == earlier)
            return &s.changed;
    }
    return nullptr;
}

} // namespace rapport::ui
