#pragma once

#include "domain/Finding.h"
#include "domain/SeasonSnapshot.h"
#include "rules/PhraseMatcher.h"
#include "rules/RuleData.h"
#include "rules/SeasonIndex.h"

#include <QDateTime>
#include <QList>

#include <vector>

namespace rapport::core {

// What every rule may read: the data, the compiled phrases, the season and
// its indices, and the clock's now.
struct RuleContext
{
    const RuleData &data;
    const PhraseMatcher &matcher;
    const SeasonIndex &index;
    const SeasonSnapshot &snapshot;
    QDateTime now;
};

// One entry under check, with its program and the sent history before it.
// A stored entry and a draft of the same message look alike here, which is
// what keeps checkDraft() and checkSeason() in agreement.
struct Subject
{
    const Entry &entry;
    const ProgramInfo &program;
    const Contact *contact = nullptr;
    std::vector<const Entry *> history;
    qint64 excludeId = 0; // the stored entry a draft replaces

    const QString &programName() const { return program.program->name; }
};

// A finding about the subject; communicationIds start with the entry (none
// for a draft) followed by the related entries.
Finding makeFinding(const RuleContext &ctx, const Subject &s, const QString &rule,
                    const QString &level, const QString &message,
                    const QList<qint64> &related = {});

// A wording finding: the subject's sentence that raised the rule, with its
// place in the message and the layer that recognised it.
Finding makeWordingFinding(const RuleContext &ctx, const Subject &s, const WordingHit &hit,
                           const QString &message);

// A finding about a whole program or the season (no entry).
Finding makeFinding(const RuleContext &ctx, std::optional<qint64> programId, const QString &rule,
                    const QString &level, const QString &message);

// The quota limit after QuotaPolicy (overrides, then stored defaults), then
// the rule data.
int quotaLimit(const RuleContext &ctx, qint64 programId, const QString &rule, const QString &key);

// Where a moment falls against the program's interview: -1 before, +1 after,
// 0 on the interview day when its time is not known (the day is then too
// coarse to say); nullopt when no interview date is set.
std::optional<int> interviewPhase(const Program &program, const QDateTime &at);

// Whole days between two moments, for messages ("6 days").
QString daysBetween(const QDateTime &from, const QDateTime &to);

} // namespace rapport::core
