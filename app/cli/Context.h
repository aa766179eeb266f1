#pragma once

#include "Args.h"
#include "TerminalText.h"

#include "Clock.h"
#include "domain/SeasonSnapshot.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace rapport::core {
class RuleEngine;
}

namespace rapport::cli {

enum class Format
{
    Text,
    Json
};

// Read: any time. Write: refused while a Rapport window holds the season,
// whose unsaved edits and undo history would no longer match the file.
enum class Access
{
    Read,
    Write
};

// What every subcommand shares: where the database is, the output format
// and stream, and the clock.
class Context
{
public:
    Context(QString databasePath, Format format, const core::Clock &clock,
            Access access = Access::Read);
    ~Context();

    // Opened on first use; failure, or a window holding the season when the
    // command writes, is a CommandError.
    core::Database &db();
    // A CommandError when the command writes and a window holds the season.
    void refuseIfOpenInWindow() const;
    const QString &databasePath() const { return m_path; }
    Format format() const { return m_format; }
    bool json() const { return m_format == Format::Json; }
    QTextStream &out() { return m_out; }
    const core::Clock &clock() const { return m_clock; }

    // The rule engine over the stored season, loaded fresh.
    core::RuleEngine &engine();
    // Lets the engine and its indexes go, for a command that has taken what
    // it needs from them and has more to do.
    void releaseEngine();
    // The Match year of the season that is current at the clock's date.
    int currentMatchYear() const;

    void printJson(const QJsonObject &object);

private:
    QString m_path;
    Format m_format;
    const core::Clock &m_clock;
    Access m_access;
    TerminalOutput m_stdout;
    QTextStream m_out;
    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<core::RuleEngine> m_engine;
};

// Unwraps a Result or throws a CommandError with its message.
template <typename R> auto need(R &&result)
{
    if (!result)
        throw CommandError(result.errorMessage());
    if constexpr (!std::is_same_v<std::decay_t<R>, core::Status>)
        return std::move(result.value());
}

} // namespace rapport::cli
