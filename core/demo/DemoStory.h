#pragma once

#include "Result.h"
#include "domain/Contact.h"
#include "domain/Program.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>

namespace rapport::core {

class Database;
struct Season;

// One demo program's season, as DemoSeason plans it: its status at the end
// of the season, its interview date when it has one.
struct DemoPlan
{
    Program program;         // as planned for the whole season; id set once stored
    QList<Contact> contacts; // [0] coordinator, [1] program director, others faculty
    QString interest;
    int index = 0; // position among all demo programs
    int slot = 0;  // its part in the story: index modulo the forty places
};

// The program as it stands on today: before its invitation it is only
// applied to, before its interview the interview is scheduled, it is ranked
// once the rank list opens and the first program matches after Match Day.
Program demoProgramOn(const Season &season, const DemoPlan &plan, const QDate &today);

// Logs the plan's messages dated on or before today. The random draws are
// the same whatever today is, so one seed tells one story.
Status demoStory(Database &db, const Season &season, QRandomGenerator &rng, const DemoPlan &plan,
                 const QString &signature, const QDate &today, int &logged);

} // namespace rapport::core
