#pragma once

#include "domain/Enums.h"
#include "domain/Finding.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::core {
class Allowances;
struct SeasonSnapshot;
} // namespace rapport::core

namespace rapport::ui {

// Everything the dashboard shows, computed in one pass over the snapshot,
// the season's findings and the programs' allowances. Plain data, so it can
// be tested without widgets and rebuilt once per Session::changed().
struct DashboardSummary
{
    struct ThankYouDue
    {
        qint64 programId = 0;
        QString programName;
        QDateTime interviewAt;
        QDateTime due;
        qint64 secondsLeft = 0; // negative = overdue
        int windowHours = 0;    // the thank-you window, interview to due
    };

    struct ProgramFindings
    {
        qint64 programId = 0; // 0 = season-wide findings (signals, top choice)
        QString programName;
        int violations = 0;
        int warnings = 0;
        // The open findings, worst first, as places in the season's list:
        // their messages are made when a row is shown.
        QList<core::Finding> seasonFindings;
        QList<qsizetype> open;

        QStringList messages() const;
    };

    // A warning or violation the user went past knowingly when logging the
    // message: it stays visible, as acknowledged.
    struct Acknowledged
    {
        qint64 programId = 0; // 0 = season-wide
        qint64 communicationId = 0;
        QString programName;
        QString rule;
        core::Severity severity = core::Severity::Warning;
        QString message;
        QDateTime acknowledgedAt;
        QString reason; // empty when none was given
    };

    struct FlaggedMessage
    {
        qint64 communicationId = 0;
        qint64 programId = 0;
        qint64 contactId = 0;
        QString programName;
        QString contactName;
        QString subject;
        QDateTime at;
        core::Severity worst = core::Severity::Info;
        QStringList messages;
    };

    struct TopChoice
    {
        qint64 programId = 0;
        qint64 communicationId = 0;
        QString programName;
        QDateTime at;
        bool letterOfIntent = false; // else a top-choice sentence in another message
        bool overLimit = false;      // told after the season's top choice was given
    };

    struct StatusCount
    {
        core::ProgramStatus status = core::ProgramStatus::Considering;
        int count = 0;
    };

    struct WeekCount
    {
        QDate weekStart; // a Monday
        int outgoing = 0;
        int incoming = 0;

        bool operator==(const WeekCount &) const = default;
    };

    struct Milestone
    {
        enum class Type
        {
            RankListDeadline,
            MatchDay,
            Interview
        };
        Type type = Type::RankListDeadline;
        QDate date;
        qint64 daysLeft = 0;
        qint64 programId = 0; // interviews only
        QString programName;
        bool estimated = false; // a season date the applicant has not confirmed
    };

    QList<ThankYouDue> thankYous;    // soonest due first
    QList<ProgramFindings> findings; // the applicant's own, worst first (not flagged ones)
    QList<FlaggedMessage> flagged;   // worst first, then newest
    QList<TopChoice> topChoices;     // programs told, in the order they were first told
    QList<StatusCount> statuses;     // every status, canonical order
    QList<WeekCount> weeks;          // consecutive weeks covering the range
    QList<Milestone> comingUp;       // by date
    int programCount = 0;
    int messagesInRange = 0; // what the weekly series sums to
    QString applicantName;
    QString seasonName;
    QDate today;
    // Gone past knowingly, newest acknowledgement first.
    QList<Acknowledged> acknowledged;

    // How many upcoming interviews "Coming up" lists at most.
    static constexpr int kUpcomingInterviews = 3;

    static DashboardSummary build(const core::SeasonSnapshot &snapshot,
                                  const QList<core::Finding> &findings,
                                  const core::Allowances &allowances, const QDateTime &now);

    int openViolations() const;
    int openWarnings() const;
    int acknowledgedCount(core::Severity severity) const;
    // Programs told they are the top choice beyond the season's limit.
    int topChoicesOverLimit() const;

    // The Monday on or before date.
    static QDate weekOf(const QDate &date);
};

} // namespace rapport::ui
