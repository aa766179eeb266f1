#pragma once

#include "Result.h"
#include "domain/Finding.h"
#include "domain/SeasonSnapshot.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

namespace rapport::core {
class Database;
class RuleEngine;
struct PreparedSeason;
} // namespace rapport::core

namespace rapport::ui {

struct DashboardSummary;
struct ProgramRows;

// Reads, prepares and checks the season away from the window's thread, on
// a connection of its own (one per thread). Lives in Session's worker
// thread; every call comes from there.
class SeasonWorker final : public QObject
{
public:
    struct Loaded
    {
        std::shared_ptr<const core::PreparedSeason> season;
        QList<core::Finding> findings;
        // The dashboard's one pass over the season, made here too.
        std::shared_ptr<const DashboardSummary> summary;
        QDateTime at; // the now it was checked at
        // Names of programs, places and people: spelled right by definition.
        std::shared_ptr<const QSet<QString>> seasonWords;
        // The Programs list's rows, compared with the ones made before.
        std::shared_ptr<const ProgramRows> programRows;
    };

    // What the season's names are read from.
    struct Names
    {
        core::ApplicantProfile profile;
        QList<core::Program> programs;
        QList<core::Contact> contacts;
    };

    SeasonWorker();
    ~SeasonWorker() override;
    Q_DISABLE_COPY_MOVE(SeasonWorker)

    // shown: the season the window shows, read from path before; only the
    // rows written since are read again. Its analysis is taken over too when
    // reuseAnalysis (not with new rules).
    // now: the session clock's, for the dashboard's "due in" and weeks.
    core::Result<Loaded> load(const QString &path, int matchYear, const core::RuleEngine &engine,
                              const core::PreparedSeason *shown, bool reuseAnalysis,
                              const QDateTime &now);
    // Lets go of the file, e.g. before a restore replaces it.
    void close();

private:
    std::unique_ptr<core::Database> m_db;
    // Whether the window's season came from this connection's file: a
    // season read elsewhere (before a restore) is no base for the next read.
    bool m_readHere = false;
    // The season's names change far less often than its messages.
    std::shared_ptr<const QSet<QString>> m_words;
    Names m_wordsFrom;
    std::shared_ptr<const ProgramRows> m_rows;
};

} // namespace rapport::ui
