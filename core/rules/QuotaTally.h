#pragma once

#include "domain/Enums.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <optional>

namespace rapport::core {

struct Entry;
struct Program;
struct RuleContext;

// The quotas of RULES.md, in the order the window shows them. The first
// three count per program; TopChoice counts programs across the season.
enum class Quota
{
    PreInterview,
    ThankYou,
    PostInterview,
    TopChoice
};
inline constexpr int kQuotaCount = 4;

// A message a quota counted, with its moment: one list, not two parallel
// ones (at 100x each program's four quotas kept eight).
struct CountedMessage
{
    qint64 id = 0;
    QDateTime at;
    bool operator==(const CountedMessage &) const = default;
};
QList<qint64> idsOf(const QList<CountedMessage> &counted);
inline constexpr std::array<Quota, kQuotaCount> kAllQuotas{Quota::PreInterview, Quota::ThankYou,
                                                           Quota::PostInterview, Quota::TopChoice};

QString quotaName(Quota q); // "pre_interview", as QuotaPolicy and the rule data name it
QString quotaRule(Quota q); // "quota.pre_interview"

// Walks one program's sent messages in time order and says what each
// outgoing one counts as. This is the only code in Rapport that counts
// messages against a per-program limit: the quota and timing rules count
// an entry's history with it, and the allowance counts a whole program.
class QuotaTally final
{
public:
    QuotaTally(const RuleContext &ctx, const Program &program);

    struct Step
    {
        std::optional<Quota> quota;    // the per-program quota the message counts in
        int count = 0;                 // that quota's use with this message
        bool joinsRound = false;       // a thank-you note that joins the open round
        QList<CountedMessage> earlier; // the messages counted before it
    };

    // How a message would count after everything added so far.
    Step peek(const Entry &e) const;
    // Adds a sent message (either direction) after the ones added so far.
    Step add(const Entry &e);

    int used(Quota q) const { return static_cast<int>(m_counted[index(q)].size()); }
    // Each counted message; for thank-you notes, the first note of each round.
    const QList<CountedMessage> &counted(Quota q) const { return m_counted[index(q)]; }

    // The outgoing message the minimum gap runs from, unless the program
    // wrote since (answering the program is never too soon).
    const Entry *gapPrevious() const { return m_answered ? nullptr : m_gapPrevious; }
    int minGapDays() const { return m_minGapDays; }
    // When the program's thank-you window closes: the interview plus the
    // window's hours; invalid without an interview date.
    QDateTime thankYouWindowCloses() const;
    int thankYouWindowHours() const { return m_windowHours; }
    // Whether a message of this kind waits for the minimum gap.
    bool gapApplies(Kind kind) const;

private:
    static std::size_t index(Quota q) { return static_cast<std::size_t>(q); }
    std::optional<Quota> quotaOf(Kind kind) const;
    QDateTime roundCloses(const QDateTime &start) const;
    qint64 person(const Entry &e) const;

    const Program &m_program;
    std::array<QList<CountedMessage>, kQuotaCount> m_counted;
    QList<Kind> m_kinds[3]; // kinds of the per-program quotas
    QList<Kind> m_gapExempt;
    QList<Kind> m_gapIgnored;
    int m_minGapDays = 14;
    int m_windowHours = 72;
    int m_roundGraceHours = 24;

    // The open thank-you round: when it closes and whom it thanked.
    QDateTime m_roundCloses;
    QSet<qint64> m_roundPeople;

    const Entry *m_gapPrevious = nullptr;
    bool m_answered = false;
};

} // namespace rapport::core
