#include "SeasonWorker.h"

#include "models/DashboardSummary.h"
#include "rules/RuleEngine.h"
#include "spelling/SeasonWords.h"
#include "storage/Database.h"
#include "storage/SeasonLoader.h"

namespace rapport::ui {

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
    const core::SeasonSnapshot *base =
        shown && m_readHere ? &core::RuleEngine::snapshotOf(*shown) : nullptr;
    auto snapshot = core::loadSeason(*m_db, matchYear, base);
    if (!snapshot)
        return snapshot.error();
    m_readHere = true;
    Loaded out;
    out.season = engine.prepare(std::move(snapshot.value()), reuseAnalysis ? shown : nullptr);
    out.findings = engine.checkSeason(*out.season);
    out.summary = std::make_shared<const DashboardSummary>(
        DashboardSummary::build(core::RuleEngine::snapshotOf(*out.season), out.findings,
                                engine.allowances(*out.season), now));
    out.at = now;
    out.seasonWords = std::make_shared<const QSet<QString>>(
        core::spelling::seasonWords(core::RuleEngine::snapshotOf(*out.season)));
    return out;
}

void SeasonWorker::close()
{
    m_db.reset();
    m_readHere = false;
}

} // namespace rapport::ui
