#pragma once

#include "rules/Allowance.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QTextStream>

namespace rapport::core {
class RuleEngine;
struct Communication;
struct SeasonSnapshot;
} // namespace rapport::core

namespace rapport::cli {

// How `program show` and `stats` print a program's allowance. Both read
// core::Allowances and nothing else, so they cannot disagree.

// An ISO 8601 moment with its UTC offset, or null when invalid.
QJsonValue momentToJson(const QDateTime &at);

// {"used", "recommended", "maximum", "left", "counted", "availability",
// "next_allowed", "reason"}
QJsonObject kindToJson(const core::KindAllowance &k);
// {"type", "quota", "at", "label", "text"}
QJsonObject nextToJson(const core::NextStep &n);
// Every quota by its canonical name, top_choice with "told" and "holder",
// then "thank_you_due", "gap_until" and "next".
QJsonObject allowanceToJson(const core::ProgramAllowance &a, const core::Allowances &all);

// How a program was told it is the top choice, for text: "a letter of
// intent (entry 7)" when the message's kind is a top-choice letter, else
// "a sentence in a post interview update (entry 9)".
QString toldBy(const core::RuleEngine &engine, qint64 communicationId);
QString programName(const core::RuleEngine &engine, qint64 programId);
const core::Communication *findCommunication(const core::SeasonSnapshot &s, qint64 id);
// "2027-01-22 14:00" in the moment's own offset.
QString momentText(const QDateTime &at);

// The readable block `program show` prints under the program's facts.
void printAllowanceText(QTextStream &out, const core::ProgramAllowance &a,
                        const core::RuleEngine &engine);

} // namespace rapport::cli
