#pragma once

#include "rules/QuotaTally.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace rapport::core {

struct Entry;
struct ProgramInfo;
struct RuleContext;

// Whether another message of a quota's kind could go out now without a
// quota, timing or policy warning: now, from a later moment, or not at all.
enum class Availability
{
    Now,
    Later,
    Never
};

QString toString(Availability a); // "now", "later", "never"

struct KindAllowance
{
    Quota quota = Quota::PreInterview;
    int used = 0; // messages; thank-you rounds; top choice: programs told this season
    int recommended = 0;
    int maximum = 0;
    // What was counted: the messages (each round's first note; for the top
    // choice, the first message that told each program), with their moments.
    QList<CountedMessage> counted;
    Availability availability = Availability::Now;
    QDateTime from; // Later: the first moment it is allowed; invalid = not known yet
    QString reason; // why not now; or, when now, what to keep in mind

    int left() const { return maximum > used ? maximum - used : 0; }
    bool operator==(const KindAllowance &) const = default;
};

// Whether one outgoing kind of message could go out now: the quota's
// verdict for a counted kind; for the others, the program's status and
// policy and the minimum gap.
struct KindVerdict
{
    Kind kind = Kind::Other;
    std::optional<Quota> quota; // the quota the kind counts in, if any
    Availability availability = Availability::Now;
    QDateTime from; // Later: the first moment it is allowed
    QString reason;
};

// What to do next for a program, for the window's "Next" column and the CLI.
struct NextStep
{
    enum class Type
    {
        Due,     // a thank-you is due by `at`
        Allowed, // a message is allowed now
        Waiting, // the next message is allowed from `at` (invalid: a date not known yet)
        Closed   // nothing more is allowed; text says why
    };
    Type type = Type::Closed;
    std::optional<Quota> quota;
    QDateTime at;
    QString label; // short: "Thank-you due", "Update allowed", "Nothing more"
    QString text;  // a sentence with the date and the reason
    bool operator==(const NextStep &) const = default;
};

QString toString(NextStep::Type t); // "due", "allowed", "waiting", "closed"

// One program's allowance: for each quota what was used, what is left and
// when the next message is allowed; what is due; and the season's top
// choice as seen from this program.
struct ProgramAllowance
{
    qint64 programId = 0;
    std::array<KindAllowance, kQuotaCount> quotas;
    // The open thank-you reminder: from the interview until the window
    // closes, unless the program's policy rules thank-you notes out or a
    // thank-you round is logged.
    std::optional<QDateTime> thankYouDue;
    QDateTime interviewAt;
    bool interviewPassed = false; // its moment has come (or the status says it happened)
    // The minimum gap holds the next counted message until then (invalid:
    // no wait), counted from gapAfterId.
    QDateTime gapUntil;
    qint64 gapAfterId = 0;
    // This program was told it is the top choice, first at topChoiceAt by
    // topChoiceId; it holds the season's top choice when it was the first.
    bool toldTopChoice = false;
    bool holdsTopChoice = false;
    QDateTime topChoiceAt;
    qint64 topChoiceId = 0;
    NextStep next;
    // Each kind's verdict, every different one kept once: most kinds share
    // their quota's, and 14 copies a program took 2 MB at 100x.
    QList<KindVerdict> verdicts; // their kind: the first that had it
    std::array<quint8, static_cast<std::size_t>(Kind::Other) + 1> verdictOf{};

    KindVerdict verdict(Kind k) const
    {
        KindVerdict v = verdicts.at(verdictOf[static_cast<std::size_t>(k)]);
        v.kind = k;
        return v;
    }
    const KindAllowance &operator[](Quota q) const { return quotas[static_cast<std::size_t>(q)]; }
    KindAllowance &operator[](Quota q) { return quotas[static_cast<std::size_t>(q)]; }
};

// Programs told they are the top choice, in the order they were first told.
struct TopChoiceOrder
{
    struct Told
    {
        qint64 programId = 0;
        qint64 communicationId = 0; // the first message that told it
        QDateTime at;
    };
    QList<Told> told;

    qsizetype indexOf(qint64 programId) const;

    // Season-wide top-choice entries before `before` (when null: those sent
    // by the context's now), leaving out excludeId.
    static TopChoiceOrder of(const RuleContext &ctx, const Entry *before = nullptr,
                             qint64 excludeId = 0);
};

// Every program's allowance at one moment, computed once from the season.
class Allowances final
{
public:
    static Allowances compute(const RuleContext &ctx);

    const ProgramAllowance *program(qint64 programId) const;
    const QList<ProgramAllowance> &programs() const { return m_programs; } // snapshot order
    const TopChoiceOrder &topChoice() const { return m_topChoice; }
    // The program holding the season's top choice (the first told), if any.
    std::optional<qint64> topChoiceHolder() const;
    QDateTime computedAt() const { return m_at; }
    // The first moment after computedAt() at which some program's allowance
    // changes by the clock alone (a thank-you window opens or closes, a gap
    // ends, an interview begins); invalid when none will.
    QDateTime nextChange() const;

private:
    QList<ProgramAllowance> m_programs;
    QHash<qint64, qsizetype> m_index;
    TopChoiceOrder m_topChoice;
    QDateTime m_at;
};

// What every program's allowance says alike of the season's top choice,
// made once and shared: at 100x, thousands of copies of a long list.
struct TopChoiceShared
{
    QString taken; // why a program not told cannot be: who was, and when
    QList<CountedMessage> counted;

    static TopChoiceShared of(const RuleContext &ctx, const TopChoiceOrder &topChoice);
};

// One program's allowance (Allowances::compute does this for each).
ProgramAllowance computeAllowance(const RuleContext &ctx, const ProgramInfo &info,
                                  const TopChoiceOrder &topChoice, const TopChoiceShared &shared);

} // namespace rapport::core
