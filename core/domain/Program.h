#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

namespace rapport::core {

struct Program
{
    qint64 id = 0;
    QString name;
    QString institution;
    QString specialty = QStringLiteral("Otolaryngology");
    QString city;
    QString state;
    QString nrmpCode;
    bool participatesInMatch = true;
    VisaSponsorship visa = VisaSponsorship::Unknown;
    Tristate matchedImgs = Tristate::Unknown;
    CommunicationPolicy policy = CommunicationPolicy::None;
    QString policyNote;
    ProgramStatus status = ProgramStatus::Considering;
    bool signalSent = false;
    bool homeProgram = false;
    QDate applicationDate;
    QDate interviewDate;
    QTime interviewTime;         // invalid = time not known
    int interviewOffsetSecs = 0; // UTC offset the interview time was entered in
    std::optional<int> preferenceRank;
    QString website;
    QString emailDomain; // e.g. "uhospital.edu", matches imported mail
    QString notes;
    std::optional<int> minGapDays; // per-program override of timing.min_gap
    // Stamped by the database on every insert and update (schema.md).
    qint64 revision = 0;

    // The interview as a moment: the stated time, or the end of the
    // interview day (17:00) when no time is known. Invalid without a date.
    QDateTime interviewAt() const;
    bool operator==(const Program &) const = default;
};

} // namespace rapport::core
