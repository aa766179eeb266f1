#include "ProgramMatcher.h"

#include "storage/ProgramRepository.h"

#include <algorithm>

namespace rapport::core {
namespace {

QString code(const QString &nrmpCode)
{
    return nrmpCode.trimmed().toUpper();
}

// Whether neither side names it or both name the same.
bool agree(const QString &a, const QString &b)
{
    return a.isEmpty() || b.isEmpty() || a == b;
}

// A stored program and a row that give different NRMP codes or states are
// two programs, whatever their names: Springfield, IL and Springfield, MO.
bool mayBeTheSame(const Program &stored, const Program &row)
{
    return agree(code(stored.nrmpCode), code(row.nrmpCode)) &&
           agree(stored.state.simplified().toCaseFolded(), row.state.simplified().toCaseFolded());
}

QString pair(const QString &a, const QString &b)
{
    return a + QChar(0x1F) + b;
}

} // namespace

QString ProgramMatcher::key(const QString &text)
{
    return text.simplified().toCaseFolded();
}

Result<ProgramMatcher> ProgramMatcher::load(const ProgramRepository &repo)
{
    auto programs = repo.all();
    if (!programs)
        return programs.error();
    return ProgramMatcher(*programs);
}

ProgramMatcher::ProgramMatcher(const QList<Program> &programs)
{
    m_programs.reserve(programs.size());
    for (const Program &p : programs)
        remember(p);
}

void ProgramMatcher::index(const Program &p)
{
    if (!code(p.nrmpCode).isEmpty())
        m_byCode.insert(code(p.nrmpCode), p.id);
    if (!key(p.institution).isEmpty())
        m_byNameInstitution.insert(pair(key(p.name), key(p.institution)), p.id);
    m_byNameCity.insert(pair(key(p.name), key(p.city)), p.id);
}

void ProgramMatcher::unindex(const Program &p)
{
    if (const auto it = m_byCode.constFind(code(p.nrmpCode));
        it != m_byCode.constEnd() && *it == p.id)
        m_byCode.erase(it);
    m_byNameInstitution.remove(pair(key(p.name), key(p.institution)), p.id);
    m_byNameCity.remove(pair(key(p.name), key(p.city)), p.id);
}

void ProgramMatcher::remember(const Program &stored)
{
    if (const auto it = m_programs.constFind(stored.id); it != m_programs.constEnd())
        unindex(*it);
    m_programs.insert(stored.id, stored);
    index(stored);
}

// The oldest program among ids that may be the row's; with several, one
// in the row's city first.
std::optional<Program> ProgramMatcher::pick(const QList<qint64> &ids, const Program &row) const
{
    std::optional<Program> best;
    for (qint64 id : ids) {
        const auto it = m_programs.constFind(id);
        if (it == m_programs.constEnd())
            continue;
        const Program &p = *it;
        if (!mayBeTheSame(p, row))
            continue;
        const bool sameCity = key(p.city) == key(row.city);
        const bool bestSameCity = best && key(best->city) == key(row.city);
        if (!best || (sameCity && !bestSameCity) || (sameCity == bestSameCity && p.id < best->id))
            best = p;
    }
    return best;
}

std::optional<ProgramMatcher::Match> ProgramMatcher::find(const Program &row) const
{
    if (!code(row.nrmpCode).isEmpty()) {
        if (const auto it = m_byCode.constFind(code(row.nrmpCode)); it != m_byCode.constEnd())
            return Match{m_programs.value(*it), By::NrmpCode};
    }
    if (!key(row.institution).isEmpty()) {
        if (auto p =
                pick(m_byNameInstitution.values(pair(key(row.name), key(row.institution))), row))
            return Match{*p, By::NameInstitution};
    }
    if (auto p = pick(m_byNameCity.values(pair(key(row.name), key(row.city))), row))
        return Match{*p, By::NameCity};
    return std::nullopt;
}

QString ProgramMatcher::byName(By by)
{
    switch (by) {
    case By::NrmpCode: return QStringLiteral("nrmp_code");
    case By::NameInstitution: return QStringLiteral("name_institution");
    case By::NameCity: return QStringLiteral("name_city");
    }
    return {};
}

} // namespace rapport::core
