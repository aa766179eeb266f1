#pragma once

#include "Clock.h"
#include "Result.h"
#include "domain/SeasonSnapshot.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
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
class Session final : public QObject
{
    Q_OBJECT

public:
    static core::Result<std::unique_ptr<Session>> open(const QString &path,
                                                       const core::Clock &clock);
    ~Session() override;
    Q_DISABLE_COPY_MOVE(Session)

    core::Database &db() { return *m_db; }
    core::RuleEngine &engine() { return *m_engine; }
    const core::RuleEngine &engine() const { return *m_engine; }
    core::TemplateLibrary &templates() { return *m_templates; }
    const core::Clock &clock() const { return m_clock; }
    const core::SeasonSnapshot &snapshot() const;
    // Every finding of the stored season, computed once per reload() and
    // shared by all pages.
    const QList<core::Finding> &findings() const;

    // The Match year of the season that is current at the clock's date.
    int currentMatchYear() const;

    // Convenience look-ups in the snapshot; nullptr when unknown.
    const core::Program *program(qint64 id) const;
    const core::Contact *contact(qint64 id) const;
    QList<core::Contact> contactsOf(qint64 programId) const;

    // Rereads the season, then emits changed().
    core::Status reload();
    // Rebuilds the rule engine from the rule data (built-in plus the user's
    // file), e.g. after the phrase lists were edited. The new engine has no
    // snapshot yet: call reload() next. On failure the old engine stays.
    core::Status reloadRules();

    // Closes the database, lets replace() change the file at its path (a
    // restore), then opens it again and reloads. When replace() fails the
    // file it left is opened again. Only if no file can be opened does the
    // session end up without a database: isOpen() is false and the window
    // must close.
    core::Status replaceDatabase(const std::function<core::Status(const QString &path)> &replace);
    bool isOpen() const { return m_db != nullptr; }

    // When the window refreshes by itself next: the moment an allowance
    // changes by the clock alone (a thank-you window closes, a gap ends),
    // so "due in 3 h" never outlives its window. Invalid: nothing pending.
    QDateTime nextRefresh() const { return m_nextRefresh; }

    // True while a reload is being worked out away from the window; the
    // snapshot and findings are the previous ones until changed() follows.
    bool isUpdating() const { return m_updating; }

Q_SIGNALS:
    void changed();
    void updatingChanged(bool updating);

private:
    Session(std::unique_ptr<core::Database> db, const core::Clock &clock);
    void scheduleRefresh();

    std::unique_ptr<core::Database> m_db;
    const core::Clock &m_clock;
    std::unique_ptr<core::RuleEngine> m_engine;
    std::unique_ptr<core::TemplateLibrary> m_templates;
    mutable std::optional<QList<core::Finding>> m_findings;
    QTimer m_refreshTimer;
    QDateTime m_nextRefresh;
    bool m_updating = false;
};

} // namespace rapport::ui
