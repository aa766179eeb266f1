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
                                                      const core::PreparedSeason *previous,
                                                      const QDateTime &now)
{
    if (!m_db || m_db->path() != path) {
        m_db.reset();
        auto db = core::Database::open(path);
        if (!db)
            return db.error();
        m_db = std::move(db.value());
    }
    auto snapshot = core::loadSeason(*m_db, matchYear);
    if (!snapshot)
        return snapshot.error();
    Loaded out;
    out.season = engine.prepare(std::move(snapshot.value()), previous);
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
}

} // namespace rapport::ui
