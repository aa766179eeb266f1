#include "Session.h"

#include "models/ProgramRows.h"

#include "compose/TemplateLibrary.h"
#include "models/DashboardSummary.h"
#include "rules/Allowance.h"
#include "rules/RuleData.h"
#include "rules/RuleEngine.h"
#include "spelling/SeasonWords.h"
#include "storage/DataVersion.h"
#include "storage/Database.h"
#include "storage/SeasonLoader.h"

#include <QFileInfo>

#include <algorithm>
#include <utility>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace rapport::ui {

Session::Session(std::unique_ptr<core::Database> db, const core::Clock &clock)
    : m_db(std::move(db)), m_clock(clock)
{
    m_refreshTimer.setParent(this); // findable, and it lives in the session's thread
    m_refreshTimer.setObjectName(QStringLiteral("allowanceRefreshTimer"));
    m_refreshTimer.setSingleShot(true);
    // Nothing was written: the same season, checked again at the new now.
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        // A timer may run early, and a pinned clock (RAPPORT_NOW, tests)
        // never gets there: refresh only once the moment has come.
        if (m_clock.now() >= m_nextRefresh && m_db)
            (void)reload(); // with a database open it cannot fail
        else
            scheduleRefresh();
    });
    m_othersTimer.setParent(this);
    m_othersTimer.setObjectName(QStringLiteral("othersWritesTimer"));
    m_othersTimer.setInterval(1000);
    connect(&m_othersTimer, &QTimer::timeout, this, &Session::lookForOthersWrites);
    m_othersTimer.start();
    m_fileWatcher.setParent(this);
    connect(&m_fileWatcher, &QFileSystemWatcher::fileChanged, this, [this] {
        watchFile(); // a file replaced (a restore) is watched no more
        lookForOthersWrites();
    });
    watchFile();
    lookForOthersWrites(); // the baseline
    m_thread.setObjectName(QStringLiteral("rapport-season"));
    m_worker = new SeasonWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    // Waits for the worker to run once, so that it takes its malloc arena
    // now, before the window's mail thread: at low priority it sometimes ran
    // later, was handed the window's own arena, and every reload then slowed
    // the window's thread (docs/benchmarks.md).
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
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

void Session::lookForOthersWrites()
{
    if (!m_db)
        return;
    // Cheap: no file is read, the connection keeps the number.
    auto version = core::dataVersion(*m_db);
    if (!version)
        return; // the next write or reload reports what is wrong
    const bool changed = m_dataVersion >= 0 && *version != m_dataVersion;
    m_dataVersion = *version;
    if (changed)
        (void)reload();
}

void Session::watchFile()
{
    if (!m_db)
        return;
    const QString path = m_db->path();
    const QStringList watched = m_fileWatcher.files();
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        if (!watched.contains(file) && QFileInfo::exists(file))
            m_fileWatcher.addPath(file);
    }
}

Session::~Session()
{
    stopWorker();
}

void Session::stopWorker()
{
    // A load under way finishes first; its result is dropped with this.
    m_thread.quit();
    m_thread.wait();
}

core::Result<std::unique_ptr<Session>> Session::open(const QString &path, const core::Clock &clock,
                                                     FirstLoad first)
{
    auto db = core::Database::open(path);
    if (!db)
        return db.error();
    std::unique_ptr<Session> session(new Session(std::move(db.value()), clock));
    auto templates = core::TemplateLibrary::open(*session->m_db);
    if (!templates)
        return templates.error();
    session->m_templates = std::make_unique<core::TemplateLibrary>(std::move(templates.value()));
    if (first == FirstLoad::Later) {
        // The first load is under way from here: reloads asked for before it
        // starts are folded into it.
        session->m_loading = true;
        (void)session->reload(); // with a database open it cannot fail
        return session;
    }
    auto data = core::RuleData::load(core::RuleData::defaultUserFilePath());
    if (!data)
        return data.error();
    session->m_engine = std::make_shared<core::RuleEngine>(std::move(data.value()), clock);
    if (auto s = session->reloadNow(); !s)
        return s.error();
    return session;
}

void Session::startFirstLoad()
{
    buildEngine();
}

void Session::buildEngine() const
{
    if (m_engine || m_engineBuild.valid())
        return;
    auto built = std::make_shared<std::promise<BuiltEngine>>();
    m_engineBuild = built->get_future().share();
    // Parsing the rule data and loading the lexicon and the classifier
    // takes longer than showing the window; the season is read right after.
    QMetaObject::invokeMethod(
        m_worker,
        [session = const_cast<Session *>(this), &clock = m_clock, built] {
            auto data = core::RuleData::load(core::RuleData::defaultUserFilePath());
            QString error;
            if (!data) {
                error = data.errorMessage();
                data = core::RuleData::builtIn();
                if (!data)
                    qFatal("Rapport: %s", qPrintable(data.errorMessage()));
            }
            built->set_value(
                {std::make_shared<core::RuleEngine>(std::move(data.value()), clock), error});
            QMetaObject::invokeMethod(session, &Session::engineBuilt, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void Session::engineBuilt()
{
    takeEngine();
    if (!m_rulesError.isEmpty())
        Q_EMIT rulesFailed(m_rulesError);
    if (m_db) {
        startLoad();
    } else { // a restore meanwhile left no file to read
        m_loading = false;
        setUpdating(false);
    }
}

void Session::takeEngine() const
{
    if (m_engine)
        return;
    buildEngine();
    const BuiltEngine &built = m_engineBuild.get();
    m_engine = built.engine;
    m_rulesError = built.error;
}

core::RuleEngine &Session::engine()
{
    takeEngine();
    return *m_engine;
}

const core::RuleEngine &Session::engine() const
{
    takeEngine();
    return *m_engine;
}

core::Status Session::reloadRules()
{
    auto data = core::RuleData::load(core::RuleData::defaultUserFilePath());
    if (!data)
        return data.error();
    m_nextEngine = std::make_shared<core::RuleEngine>(std::move(data.value()), m_clock);
    return reload();
}

const core::SeasonSnapshot &Session::snapshot() const
{
    // Empty before the first load has even begun: nothing to wait for.
    static const core::SeasonSnapshot none;
    return m_engine ? m_engine->snapshot() : none;
}

const QList<core::Finding> &Session::findings() const
{
    static const QList<core::Finding> none;
    if (!m_findings && !m_engine)
        return none;
    if (!m_findings)
        m_findings = m_engine->checkSeason();
    return *m_findings;
}

const QSet<QString> &Session::seasonWords() const
{
    if (!m_seasonWords)
        m_seasonWords =
            std::make_shared<const QSet<QString>>(core::spelling::seasonWords(snapshot()));
    return *m_seasonWords;
}

const DashboardSummary &Session::dashboardSummary() const
{
    // "Due in 3 h" is worked out at its moment: made again once it is a
    // minute old.
    const QDateTime now = m_clock.now();
    if (!m_summary || qAbs(m_summaryAt.secsTo(now)) > 60) {
        m_summary = std::make_shared<const DashboardSummary>(
            DashboardSummary::build(snapshot(), findings(), engine().allowances(), now));
        m_summaryAt = now;
    }
    return *m_summary;
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
    m_undoStack.clear();
    // Nothing may hold the file: the worker's connection goes first (after
    // any load under way), then ours.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_db.reset();
    core::Status replaced = replace(path);
    auto db = core::Database::open(path);
    if (!db)
        return replaced ? db.error() : replaced.error();
    m_db = std::move(db.value());
    m_dataVersion = -1; // another connection: its own count
    watchFile();
    lookForOthersWrites();
    // Same object, new database: whoever holds templates() keeps a valid one.
    auto templates = core::TemplateLibrary::open(*m_db);
    if (!templates)
        return templates.error();
    *m_templates = std::move(templates.value());
    if (auto s = reloadNow(); !s)
        return s;
    return replaced;
}

core::Status Session::reloadNow()
{
    if (!m_db)
        return core::fail(tr("No season is open."));
    auto snapshot = core::loadSeason(*m_db, currentMatchYear());
    if (!snapshot)
        return snapshot.error();
    takeEngine();
    if (m_nextEngine)
        m_engine = std::move(m_nextEngine);
    const auto previous = m_engine->prepared();
    m_engine->adopt(m_engine->prepare(std::move(snapshot.value()), previous.get(),
                                      core::RuleEngine::Bodies::LetGo));
    m_findings.reset();
    m_summary.reset();
    m_seasonWords.reset();
    m_programRows.reset();
    shown(++m_requested);
    return {};
}

std::shared_ptr<const ProgramRows> Session::programRows() const
{
    // The allowances in them hold for a minute, as the engine's do.
    if (!m_programRows || qAbs(m_programRows->at.secsTo(m_clock.now())) > 60)
        return nullptr;
    return m_programRows;
}

void Session::letGo(std::shared_ptr<const void> unused)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [unused = std::move(unused)]() mutable { unused.reset(); }, Qt::QueuedConnection);
}

void Session::trimHeap()
{
#ifdef __GLIBC__
    // The season replaced leaves holes all through the heap, resident until
    // reused; handing their pages back keeps the window at the size of one
    // season (1.5 MB of heap at 100x). On the worker, after letGo() has run.
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [] { malloc_trim(0); }, Qt::QueuedConnection);
#endif
}

core::Status Session::reload()
{
    if (!m_db)
        return core::fail(tr("No season is open."));
    ++m_requested;
    setUpdating(true);
    if (!m_loading)
        startLoad();
    return {};
}

void Session::startLoad()
{
    m_loading = true;
    setUpdating(true);
    const quint64 generation = m_requested;
    std::shared_ptr<core::RuleEngine> engine = m_nextEngine ? m_nextEngine : m_engine;
    // New rules analyse every text again; the same rules reuse what they can.
    const bool reuseAnalysis = engine == m_engine;
    QMetaObject::invokeMethod(
        m_worker,
        [session = this, worker = m_worker, path = m_db->path(), year = currentMatchYear(),
         now = m_clock.now(), generation, engine, shown = m_engine->prepared(), reuseAnalysis] {
            auto loaded = worker->load(path, year, *engine, shown.get(), reuseAnalysis, now);
            QMetaObject::invokeMethod(
                session,
                [session, generation, engine, loaded = std::move(loaded)]() mutable {
                    session->finishLoad(generation, engine, std::move(loaded));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void Session::finishLoad(quint64 generation, const std::shared_ptr<core::RuleEngine> &engine,
                         core::Result<SeasonWorker::Loaded> loaded)
{
    m_loading = false;
    // Dropped when newer rules came meanwhile, or a reload on this thread
    // already showed a later season.
    const bool current = engine == (m_nextEngine ? m_nextEngine : m_engine);
    if (current && generation > m_shown) {
        if (!loaded) {
            Q_EMIT reloadFailed(loaded.errorMessage());
        } else {
            if (m_nextEngine)
                m_engine = std::move(m_nextEngine);
            // The season replaced is let go on the worker: at 100x freeing
            // its index is a frame's work.
            letGo(m_engine->prepared());
            m_engine->adopt(std::move(loaded.value().season));
            // So are the lists it showed, where nothing else holds them.
            if (m_findings)
                letGo(std::make_shared<const QList<core::Finding>>(std::move(*m_findings)));
            m_findings = std::move(loaded.value().findings);
            letGo(std::exchange(m_summary, std::move(loaded.value().summary)));
            m_summaryAt = loaded.value().at;
            m_seasonWords = std::move(loaded.value().seasonWords);
            letGo(std::exchange(m_programRows, std::move(loaded.value().programRows)));
            trimHeap();
            shown(generation);
        }
    }
    // Writes reloaded meanwhile need one more read; a failed read is not
    // retried until something new is written.
    if (m_db && m_requested > generation)
        startLoad();
    else
        setUpdating(false);
}

void Session::shown(quint64 generation)
{
    m_shown = generation;
    Q_EMIT changed();
    scheduleRefresh();
    // Waiters may write and reload again: take the due ones out first.
    QList<Waiter> due;
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (it->generation <= m_shown) {
            due << std::move(*it);
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
    for (const Waiter &w : std::as_const(due)) {
        if (w.context)
            w.run();
    }
    if (!m_loading && m_requested <= m_shown)
        setUpdating(false);
}

void Session::afterUpdate(QObject *context, std::function<void()> f)
{
    if (m_requested <= m_shown) {
        f();
        return;
    }
    m_waiters << Waiter{m_requested, context, std::move(f)};
}

void Session::setUpdating(bool updating)
{
    if (updating == m_updating)
        return;
    m_updating = updating;
    Q_EMIT updatingChanged(updating);
}

} // namespace rapport::ui
