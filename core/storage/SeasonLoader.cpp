#include "SeasonLoader.h"

#include "AcknowledgementRepository.h"
#include "CommunicationRepository.h"
#include "ContactRepository.h"
#include "Database.h"
#include "ProfileRepository.h"
#include "ProgramRepository.h"
#include "QuotaRepository.h"

#include <QSqlDatabase>

namespace rapport::core {

Result<SeasonSnapshot> loadSeason(Database &db, int defaultMatchYear)
{
    // One read transaction, so a writer in another process cannot make the
    // parts disagree.
    QSqlDatabase conn = db.connection();
    const bool ownTransaction = db.transactionDepth() == 0 && conn.transaction();
    SeasonSnapshot s;
    auto finish = [&](Error e) -> Result<SeasonSnapshot> {
        if (ownTransaction)
            conn.rollback();
        return e;
    };
    ProfileRepository profiles(db);
    auto profile = profiles.profile();
    if (!profile)
        return finish(profile.error());
    auto season = profiles.season(defaultMatchYear);
    if (!season)
        return finish(season.error());
    auto programs = ProgramRepository(db).all();
    if (!programs)
        return finish(programs.error());
    auto contacts = ContactRepository(db).all();
    if (!contacts)
        return finish(contacts.error());
    auto communications = CommunicationRepository(db).list();
    if (!communications)
        return finish(communications.error());
    auto quota = QuotaRepository(db).load();
    if (!quota)
        return finish(quota.error());
    auto acks = AcknowledgementRepository(db).all();
    if (!acks)
        return finish(acks.error());
    if (ownTransaction)
        conn.commit();
    s.profile = std::move(profile.value());
    s.season = std::move(season.value());
    s.programs = std::move(programs.value());
    s.contacts = std::move(contacts.value());
    s.communications = std::move(communications.value());
    s.quota = std::move(quota.value());
    s.acknowledgements = std::move(acks.value());
    return s;
}

} // namespace rapport::core
