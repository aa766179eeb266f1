#include "SeasonWorker.h"

#include "models/DashboardSummary.h"
#include "models/ProgramRows.h"
#include "rules/RuleEngine.h"
#include "spelling/SeasonWords.h"
#include "storage/Database.h"
#include "storage/SeasonLoader.h"

#include <algorithm>

namespace rapport::ui {

namespace {

// Whether a season names the same programs, places and people as b, as
// core::spelling::seasonWords() reads them.
bool sameNames(const core::SeasonSnapshot &a, const SeasonWorker::Names &b)
{
    const auto sameProgram = [](const core::Program &x, const core::Program &y) {
        return x.name == y.name && x.institution == y.institution && x.city == y.city &&
               x.state == y.state;
    };
    const auto sameContact = [](const core::Contact &x, const core::Contact &y) {
        return x.firstName == y.firstName && x.lastName == y.lastName;
    };
    return a.profile == b.profile &&
           std::equal(a.programs.cbegin(), a.programs.cend(), b.programs.cbegin(),
                      b.programs.cend(), sameProgram) &&
           std::equal(a.contacts.cbegin(), a.contacts.cend(), b.contacts.cbegin(),
                      b.contacts.cend(), sameContact);
}

} // namespace

SeasonWorker::SeasonWorker() = default;
SeasonWorker::~SeasonWorker() = default;

core::Result<SeasonWorker::Loaded> SeasonWorker::load(const QString &path, int matchYear,
                                                      const core::RuleEngine &engine,
                                                      const core::PreparedSeason *shown,
                                                      bool reuseAnalysis, const QDateTime &now)
{
    if (!m_db || m_db->path() != path) {
        m_db.reset();
        m_readHere = false;
        auto db = core::Database::open(path);
        if (!db)
            return db.error();
        m_db = std::move(db.value());
    }
    // The season shown let its bodies go: only an index that takes its
    // analysis over can start from it.
    const core::SeasonSnapshot *base =
        shown && m_readHere && reuseAnalysis ? &core::RuleEngine::snapshotOf(*shown) : nullptr;
    auto snapshot = core::loadSeason(*m_db, matchYear, base);
    m_db->releaseMemory(); // the next load reads what changed, from the OS's cache
    if (!snapshot)
        return snapshot.error();
    m_readHere = true;
    Loaded out;
    out.season = engine.prepare(std::move(snapshot.value()), reuseAnalysis ? shown : nullptr,
                                core::RuleEngine::Bodies::LetGo);
    out.findings = engine.checkSeason(*out.season);
    out.summary = std::make_shared<const DashboardSummary>(
        DashboardSummary::build(core::RuleEngine::snapshotOf(*out.season), out.findings,
                                engine.allowances(*out.season), now));
    out.at = now;
    const core::SeasonSnapshot &read = core::RuleEngine::snapshotOf(*out.season);
    if (!m_words || !sameNames(read, m_wordsFrom))
        m_words = std::make_shared<const QSet<QString>>(core::spelling::seasonWords(read));
    // Shared with the season read, rather than keeping the lists of an
    // older one alive (at 100x 4 MB).
    m_wordsFrom = {read.profile, read.programs, read.contacts};
    out.seasonWords = m_words;
    auto rows = std::make_shared<ProgramRows>(
        ProgramRows::make(read, engine.allowances(*out.season), out.findings, now));
    if (m_rows)
        rows->compareWith(*m_rows);
    m_rows = rows;
    out.programRows = std::move(rows);
    return out;
}

void SeasonWorker::close()
{
    m_db.reset();
    m_readHere = false;
    m_rows.reset();
}

} // namespace rapport::ui
