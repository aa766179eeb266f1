#pragma once

#include "Clock.h"
#include "Result.h"
#include "domain/Finding.h"
#include "domain/SeasonSnapshot.h"
#include "rules/RuleData.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace rapport::core {

class Allowances;
struct ProgramAllowance;
// A snapshot with everything the rules derive from it (the index, the
// acknowledgements by entry), immutable once built and shared by pointer.
struct PreparedSeason;

// A message not stored yet (or an edit of a stored one), checked against
// the stored history as if it were logged.
struct Draft
{
    QString subject;
    QString body;
    qint64 programId = 0;
    std::optional<qint64> contactId;
    Kind kind = Kind::Other;
    Direction direction = Direction::Outgoing;
    Channel channel = Channel::Email;
    QDateTime at;
    // When editing a stored entry: leave it out of the history.
    std::optional<qint64> replacesId;
};

// A dated reminder: a thank-you due, the rank-list deadline, Match Day.
struct Reminder
{
    QString id; // stable, e.g. "thank_you:12", "rank_list_deadline"
    QString title;
    QString description;
    QDateTime due;
    std::optional<qint64> programId;
};

// Checks a season against RULES.md. Set a snapshot once (indices are built
// then); checkDraft() is then cheap enough for every keystroke.
//
// prepare() and checkSeason(const PreparedSeason &) may run on another
// thread while this one goes on using the engine: the window works a new
// snapshot out away from its thread, then adopt()s it.
class RuleEngine final
{
public:
    RuleEngine(RuleData data, const Clock &clock);
    ~RuleEngine();
    Q_DISABLE_COPY_MOVE(RuleEngine)

    void setSnapshot(SeasonSnapshot snapshot);
    const SeasonSnapshot &snapshot() const;
    const RuleData &data() const;

    // What becomes of the snapshot's message bodies once prepared: the
    // rules never read them again, and at 100x a season they are most of
    // its text. A snapshot read from the prepared one (loadSeason with it
    // as previous) is complete again where the rules need it.
    enum class Bodies
    {
        Keep,
        LetGo
    };
    // Builds what the rules need from a snapshot. Given the season prepared
    // before by this engine, every entry whose text and facts are unchanged
    // is taken over instead of being analysed again.
    std::shared_ptr<const PreparedSeason> prepare(SeasonSnapshot snapshot,
                                                  const PreparedSeason *previous = nullptr,
                                                  Bodies bodies = Bodies::Keep) const;
    // The season the engine checks now; adopt() replaces it.
    std::shared_ptr<const PreparedSeason> prepared() const;
    void adopt(std::shared_ptr<const PreparedSeason> season);
    static const SeasonSnapshot &snapshotOf(const PreparedSeason &season);
    // Entries of the season taken over from the one it was prepared from.
    static std::size_t reusedEntries(const PreparedSeason &season);
    // Programs whose messages the latest checkSeason() of the season checked
    // again rather than taking their findings over from the check of the
    // season it was prepared from (all of them when there was none).
    static std::size_t programsCheckedAgain(const PreparedSeason &season);

    // Every finding in the stored season, ordered by program then time.
    // Findings the user acknowledged carry acknowledged = true.
    QList<Finding> checkSeason() const;
    QList<Finding> checkSeason(const PreparedSeason &season) const;
    QList<Finding> checkProgram(qint64 programId) const;

    // Findings the draft would raise if it were logged.
    QList<Finding> checkDraft(const Draft &draft) const;

    // Reminders open at the clock's now (thank-you due, milestones).
    QList<Reminder> reminders() const;

    // Each program's allowance at the clock's now: what was used, what is
    // left, when the next message is allowed and what is due. Everything
    // that shows a count or a limit reads it. Worked out once per snapshot,
    // and again when asked after the clock has moved on by a minute: copy
    // what you keep (ProgramAllowance is a value), do not hold the reference.
    const Allowances &allowances() const;
    const Allowances &allowances(const PreparedSeason &season) const; // any thread
    const ProgramAllowance *allowance(qint64 programId) const;        // nullptr: no such program

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace rapport::core
