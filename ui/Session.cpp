#include "Session.h"

#include "compose/TemplateLibrary.h"
#include "rules/Allowance.h"
#include "rules/RuleData.h"
#include "rules/RuleEngine.h"
#include "storage/Database.h"
#include "storage/SeasonLoader.h"

#include <algorithm>

namespace rapport::ui {

Session::Session(std::unique_ptr<core::Database> db, const core::Clock &clock)
    : m_db(std::move(db)), m_clock(clock)
{
    m_refreshTimer.setParent(this); // findable, and it lives in the session's thread
    m_refreshTimer.setObjectName(QStringLiteral("allowanceRefreshTimer"));
    m_refreshTimer.setSingleShot(true);
    // Nothing was written: the same snapshot, checked again at the new now.
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        // A timer may run early, and a pinned clock (RAPPORT_NOW, tests)
        // never gets there: refresh only once the moment has come.
        if (m_clock.now() >= m_nextRefresh) {
            m_findings.reset();
            Q_EMIT changed();
        }
        scheduleRefresh();
    });
}

void Session::scheduleRefresh()
{
    m_refreshTimer.stop();
    m_nextRefresh = m_engine->allowances().nextChange();
    if (!m_nextRefresh.isValid())
        return;
    // A second late, so the moment has surely passed; at least once a day,
    // since a timer's interval is an int of milliseconds.
    constexpr qint64 kDay = qint64(24) * 3600 * 1000;
    const qint64 ms = m_clock.now().msecsTo(m_nextRefresh) + 1000;
    m_refreshTimer.start(static_cast<int>(std::clamp<qint64>(ms, 1000, kDay)));
}

Session::~Session() = default;

core::Result<std::unique_ptr<Session>> Session::open(const QString &path, const core::Clock &clock)
{
    auto db = core::Database::open(path);
    if (!db)
        return db.error();
    std::unique_ptr<Session> session(new Session(std::move(db.value()), clock));
    auto templates = core::TemplateLibrary::open(*session->m_db);
    if (!templates)
        return templates.error();
    session->m_templates = std::make_unique<core::TemplateLibrary>(std::move(templates.value()));
    if (auto s = session->reloadRules(); !s)
        return s.error();
    if (auto s = session->reload(); !s)
        return s.error();
    return session;
}

core::Status Session::reloadRules()
{
    auto data = core::RuleData::load(core::RuleData::defaultUserFilePath());
    if (!data)
        return data.error();
    m_engine = std::make_unique<core::RuleEngine>(std::move(data.value()), m_clock);
    m_findings.reset(); // they came from the old rules
    return {};
}

const core::SeasonSnapshot &Session::snapshot() const
{
    return m_engine->snapshot();
}

const QList<core::Finding> &Session::findings() const
{
    if (!m_findings)
        m_findings = m_engine->checkSeason();
    return *m_findings;
}

int Session::currentMatchYear() const
{
    return core::Season::matchYearAt(m_clock.now().date());
}

const core::Program *Session::program(qint64 id) const
{
    for (const core::Program &p : snapshot().programs) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const core::Contact *Session::contact(qint64 id) const
{
    for (const core::Contact &c : snapshot().contacts) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QList<core::Contact> Session::contactsOf(qint64 programId) const
{
    QList<core::Contact> out;
    for (const core::Contact &c : snapshot().contacts) {
        if (c.programId == programId)
            out << c;
    }
    return out;
}

core::Status
Session::replaceDatabase(const std::function<core::Status(const QString &path)> &replace)
{
    const QString path = m_db->path();
    m_db.reset(); // closes the connection, so nothing holds the file
    core::Status replaced = replace(path);
    auto db = core::Database::open(path);
    if (!db)
        return replaced ? db.error() : replaced.error();
    m_db = std::move(db.value());
    // Same object, new database: whoever holds templates() keeps a valid one.
    auto templates = core::TemplateLibrary::open(*m_db);
    if (!templates)
        return templates.error();
    *m_templates = std::move(templates.value());
    if (auto s = reload(); !s)
        return s;
    return replaced;
}

core::Status Session::reload()
{
    auto snapshot = core::loadSeason(*m_db, currentMatchYear());
    if (!snapshot)
        return snapshot.error();
    m_engine->setSnapshot(std::move(snapshot.value()));
    m_findings.reset();
    Q_EMIT changed();
    scheduleRefresh();
    return {};
}

} // namespace rapport::ui
