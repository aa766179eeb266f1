#pragma once

#include "SeasonScenario.h"

#include "rules/Allowance.h"
#include "rules/RuleEngine.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace rapport::test::scenario {

// What the engine said about a scenario's season.
struct Outcome
{
    QList<core::Finding> season;
    std::optional<QList<core::Finding>> draft;
    const core::Allowances *allowances = nullptr;
    QList<core::Reminder> reminders;
};

// Each difference between the scenario's "expect" and the outcome, one
// readable line each ("Lakeside / thank_you.used: expected 1, actual 2");
// empty when everything stated matches.
QStringList compare(const Scenario &s, const Outcome &o);

// The outcome in full (findings and the stated programs' allowances), to
// print beside the differences.
QString describe(const Scenario &s, const Outcome &o);

} // namespace rapport::test::scenario
