#pragma once

#include "Result.h"
#include "domain/SeasonSnapshot.h"
#include "rules/QuotaTally.h"
#include "rules/RuleEngine.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// A season scenario (tests/data/scenarios/*.json, described in the README
// there): a season written as data, with the allowances and findings the
// guide says it must produce. Only what a scenario states is compared.
namespace rapport::test::scenario {

// An expected moment: not stated, stated as null (none), or a moment.
struct Moment
{
    bool given = false;
    QDateTime at; // invalid: expected none
};

struct ExpectedFinding
{
    QString rule;
    core::Severity severity = core::Severity::Info;
    bool onGiven = false; // compare the communication the finding is about
    QString on;           // its label; empty: about no stored communication
    QString program;      // empty: not compared
    bool acknowledged = false;
    std::optional<QString> reason;
};

struct ExpectedQuota
{
    std::optional<int> used;
    std::optional<int> recommended;
    std::optional<int> maximum;
    std::optional<int> left;
    std::optional<QString> availability;
    Moment from;
    std::optional<QStringList> counted; // labels, in order
};

struct ExpectedNext
{
    std::optional<QString> type;
    bool quotaGiven = false;
    QString quota; // empty: none
    Moment at;
};

struct ExpectedProgram
{
    QString name;
    qint64 id = 0;
    QMap<core::Quota, ExpectedQuota> quotas;
    Moment thankYouDue;
    Moment gapUntil;
    std::optional<bool> interviewPassed;
    std::optional<bool> toldTopChoice;
    std::optional<bool> holdsTopChoice;
    std::optional<ExpectedNext> next;
};

struct Scenario
{
    QString file; // file name, for messages
    QString title;
    QString guide;
    QDateTime now;
    core::SeasonSnapshot snapshot;
    std::optional<core::Draft> draft;

    QHash<qint64, QString> labels;       // communication id -> label
    QHash<qint64, QString> programNames; // program id -> name

    // Rule families ("quota") or ids ("quota.thank_you") whose findings
    // must be exactly the expected ones; other findings need only include
    // the expected ones.
    QStringList exhaustiveFor;
    QList<ExpectedFinding> findings;
    bool draftFindingsGiven = false;
    QList<ExpectedFinding> draftFindings;
    QList<ExpectedProgram> programs;
    bool holderGiven = false;
    QString holder; // empty: nobody holds the top choice
    std::optional<QStringList> topChoiceOrder;
    std::optional<QStringList> thankYouReminders; // program names, in any order
};

// Parses one scenario; errors name the file and the field.
core::Result<Scenario> parseScenario(const QByteArray &json, const QString &fileName);
core::Result<Scenario> loadScenario(const QString &path);

// The scenario files in dir, sorted by name.
QStringList scenarioFiles(const QString &dir);

// A gtest-safe test name from a file name: "thank_you-round.json" -> "thank_you_round".
QString testNameOf(const QString &fileName);

} // namespace rapport::test::scenario
