#pragma once

#include "Clock.h"
#include "Result.h"
#include "SeasonWorker.h"
#include "domain/SeasonSnapshot.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace rapport::core {
class Database;
class RuleEngine;
class TemplateLibrary;
} // namespace rapport::core

namespace rapport::ui {

// The open season as the window sees it: the database, the rule engine over
// a snapshot of it, and the templates. Whoever writes calls reload(), and
// every page refreshes on changed().
//
// reload() returns at once: the season is read, indexed and checked on a
// worker thread, which reuses whatever the write did not touch, and swapped
// in when ready. Until then the snapshot and findings are the previous ones.
class Session final : public QObject
{
    Q_OBJECT

public:
    // Now: the season is read before open() returns. Later: open() returns
    // an empty season at once, and the rule engine is built and the season
    // read on the worker from startFirstLoad() on, so a window can paint
    // before either is there (asking for the engine starts it too, and
    // waits for it).
    enum class FirstLoad
    {
        Now,
        Later
    };
    static core::Result<std::unique_ptr<Session>>
    open(const QString &path, const core::Clock &clock, FirstLoad first = FirstLoad::Now);
    ~Session() override;
    Q_DISABLE_COPY_MOVE(Session)

    // FirstLoad::Later: starts building the engine and reading the season;
    // does nothing once started.
    void startFirstLoad();

    core::Database &db() { return *m_db; }
    core::RuleEngine &engine();
    const core::RuleEngine &engine() const;
    core::TemplateLibrary &templates() { return *m_templates; }
    const core::Clock &clock() const { return m_clock; }
    // The season shown, without message bodies: read them from db().
    const core::SeasonSnapshot &snapshot() const;
    // Every finding of the stored season, computed once per reload() and
    // shared by all pages.
    const QList<core::Finding> &findings() const;
    // The dashboard's pass over the season and its findings, made by the
    // worker with them (here, when a reload on this thread left none).
    const DashboardSummary &dashboardSummary() const;
    // Every name in the season, which the spelling check accepts; made by
    // the worker too.
    const QSet<QString> &seasonWords() const;

    // The Programs list's rows, made by the worker for the season shown at
    // about the clock's now; null when a reload on this thread or the
    // clock has left them behind.
    std::shared_ptr<const ProgramRows> programRows() const;
    // Frees what a page lets go of on the worker's thread: at 100x freeing
    // a season's worth of rows is a frame's work.
    void letGo(std::shared_ptr<const void> unused);
    // Returns the freed parts of the heap to the system, on the worker.
    void trimHeap();

    // The Match year of the season that is current at the clock's date.
    int currentMatchYear() const;

    // Convenience look-ups in the snapshot; nullptr when unknown.
    const core::Program *program(qint64 id) const;
    const core::Contact *contact(qint64 id) const;
    QList<core::Contact> contactsOf(qint64 programId) const;

    // Rereads the season on the worker; changed() follows once it is swapped
    // in, or reloadFailed(). Calls while one is under way are folded into
    // one more read after it.
    core::Status reload();
    // Rereads the season on this thread and emits changed() before
    // returning (tests set a season up with it).
    core::Status reloadNow();
    // Runs f once the season shown includes every write reloaded so far
    // (at once if it does), unless context is gone by then: e.g. select a
    // program just added.
    void afterUpdate(QObject *context, std::function<void()> f);
    // Rebuilds the rule engine from the rule data (built-in plus the user's
    // file), e.g. after the phrase lists were edited, and reloads. The old
    // engine stays until the new one has its season; on failure it stays.
    core::Status reloadRules();

    // Closes the database, lets replace() change the file at its path (a
    // restore), then opens it again and reloads. When replace() fails the
    // file it left is opened again. Only if no file can be opened does the
    // session end up without a database: isOpen() is false and the window
    // must close.
    core::Status replaceDatabase(const std::function<core::Status(const QString &path)> &replace);
    bool isOpen() const { return m_db != nullptr; }

    // The window's edits of this season, undone and done again through the
    // repositories (see undo/Edit.h). A restore empties it: its rows are not
    // the ones the edits changed.
    QUndoStack &undoStack() { return m_undoStack; }

    // When the window refreshes by itself next: the moment an allowance
    // changes by the clock alone (a thank-you window closes, a gap ends),
    // so "due in 3 h" never outlives its window. Invalid: nothing pending.
    QDateTime nextRefresh() const { return m_nextRefresh; }

    // True while a reload is being worked out away from the window; the
    // snapshot and findings are the previous ones until changed() follows.
    bool isUpdating() const { return m_updating; }
    // False until the first read of the season is shown (FirstLoad::Later).
    bool isLoaded() const { return m_shown > 0; }

Q_SIGNALS:
    void changed();
    // The review queue of captured mail changed without the season
    // changing (mail captured in this process); whoever wrote emits it.
    // Every changed() may have changed the queue too.
    void mailChanged();
    void updatingChanged(bool updating);
    // A reload on the worker failed; the previous season stays shown.
    void reloadFailed(const QString &message);
    // FirstLoad::Later only: the user's rule file could not be read, so the
    // built-in rules check the season instead.
    void rulesFailed(const QString &message);

private:
    struct Waiter
    {
        quint64 generation = 0;
        QPointer<QObject> context;
        std::function<void()> run;
    };

    struct BuiltEngine
    {
        std::shared_ptr<core::RuleEngine> engine;
        QString error; // why the user's rule file was left out
    };

    Session(std::unique_ptr<core::Database> db, const core::Clock &clock);
    void buildEngine() const;
    void engineBuilt();
    void takeEngine() const;
    void scheduleRefresh();
    void startLoad();
    void finishLoad(quint64 generation, const std::shared_ptr<core::RuleEngine> &engine,
                    core::Result<SeasonWorker::Loaded> loaded);
    void shown(quint64 generation);
    void setUpdating(bool updating);
    void stopWorker();
    void lookForOthersWrites();
    void watchFile();

    std::unique_ptr<core::Database> m_db;
    const core::Clock &m_clock;
    // Set from m_engineBuild when first needed: see FirstLoad::Later.
    mutable std::shared_ptr<core::RuleEngine> m_engine;
    mutable std::shared_future<BuiltEngine> m_engineBuild; // valid once started
    mutable QString m_rulesError;
    std::shared_ptr<core::RuleEngine> m_nextEngine; // new rules waiting for their season
    std::unique_ptr<core::TemplateLibrary> m_templates;
    mutable std::optional<QList<core::Finding>> m_findings;
    mutable std::shared_ptr<const DashboardSummary> m_summary;
    mutable QDateTime m_summaryAt;
    mutable std::shared_ptr<const QSet<QString>> m_seasonWords;
    std::shared_ptr<const ProgramRows> m_programRows;
    QTimer m_refreshTimer;
    QDateTime m_nextRefresh;
    // Writes by other processes (rapport-cli, another window): the file's
    // data version, looked at every second; -1 until first read.
    QTimer m_othersTimer;
    // ...and at once when the file or its WAL changes, which every commit
    // does; the poll stays for file systems that tell nothing.
    QFileSystemWatcher m_fileWatcher;
    qint64 m_dataVersion = -1;
    bool m_updating = false;

    QThread m_thread;
    SeasonWorker *m_worker = nullptr; // lives in m_thread
    quint64 m_requested = 0;          // reloads asked for
    quint64 m_shown = 0;              // the latest one swapped in
    bool m_loading = false;
    QList<Waiter> m_waiters;
    QUndoStack m_undoStack;
};

} // namespace rapport::ui
