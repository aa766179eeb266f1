#pragma once

#include "Result.h"
#include "domain/Profile.h"
#include "domain/Season.h"

namespace rapport::core {

class Database;

// The applicant's profile and the season's dates: one row each.
class ProfileRepository final
{
public:
    explicit ProfileRepository(Database &db) : m_db(db) {}

    // An empty profile when none was saved yet.
    Result<ApplicantProfile> profile() const;
    Status saveProfile(const ApplicantProfile &profile);

    // The stored season, or the defaults for the coming Match when none
    // (estimates: datesConfirmed is false).
    Result<Season> season(int defaultMatchYear) const;
    Status saveSeason(const Season &season);
    Result<bool> hasSeason() const;

private:
    Database &m_db;
};

} // namespace rapport::core
