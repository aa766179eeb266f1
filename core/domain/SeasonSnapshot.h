#pragma once

#include "Communication.h"
#include "Contact.h"
#include "Finding.h"
#include "Profile.h"
#include "Program.h"
#include "QuotaPolicy.h"
#include "Season.h"

#include <QList>

namespace rapport::core {

// Everything the rules look at, read from storage in one go.
struct SeasonSnapshot
{
    ApplicantProfile profile;
    Season season;
    QList<Program> programs;
    QList<Contact> contacts;
    QList<Communication> communications; // sorted by time, then id
    QuotaPolicy quota;
    QList<Acknowledgement> acknowledgements;
    // The database's revision counter when this was read (every row
    // stamped later changed since), and the file's epoch, which a restore
    // renews.
    qint64 revision = 0;
    qint64 epoch = 0;
};

} // namespace rapport::core
