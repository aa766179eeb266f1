#include "Context.h"

#include "Args.h"
#include "io/BackupFiles.h"
#include "rules/RuleData.h"
#include "rules/RuleEngine.h"
#include "storage/SeasonLoader.h"
#include "storage/SeasonLock.h"

#include <QJsonDocument>

#include <cstdio>

namespace rapport::cli {

Context::Context(QString databasePath, Format format, const core::Clock &clock, Access access)
    : m_path(std::move(databasePath)), m_format(format), m_clock(clock), m_access(access),
      m_stdout(stdout), m_out(&m_stdout)
{
    // What a killed backup or restore left beside the season goes first.
    core::removeLeftovers(m_path);
}

Context::~Context() = default;

core::Database &Context::db()
{
    if (!m_db) {
        refuseIfOpenInWindow();
        m_db = need(core::Database::open(m_path));
    }
    return *m_db;
}

void Context::refuseIfOpenInWindow() const
{
    if (m_access == Access::Write && core::SeasonLock::isHeld(m_path))
        throw CommandError(QStringLiteral("%1 is open in a Rapport window; close it there first, "
                                          "or add --force to write anyway")
                               .arg(m_path));
}

int Context::currentMatchYear() const
{
    return core::Season::matchYearAt(m_clock.now().date());
}

core::RuleEngine &Context::engine()
{
    if (!m_engine) {
        auto data = need(core::RuleData::load(core::RuleData::defaultUserFilePath()));
        m_engine = std::make_unique<core::RuleEngine>(std::move(data), m_clock);
    }
    m_engine->setSnapshot(need(core::loadSeason(db(), currentMatchYear())));
    return *m_engine;
}

void Context::releaseEngine()
{
    m_engine.reset();
}

void Context::printJson(const QJsonObject &object)
{
    m_out << escapeRawControls(
        QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    m_out.flush();
}

} // namespace rapport::cli
