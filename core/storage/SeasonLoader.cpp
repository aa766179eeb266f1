#include "SeasonLoader.h"

#include "AcknowledgementRepository.h"
#include "CommunicationRepository.h"
#include "ContactRepository.h"
#include "Database.h"
#include "ProfileRepository.h"
#include "ProgramRepository.h"
#include "QuotaRepository.h"

#include "SqlUtil.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace rapport::core {
namespace {

struct Revision
{
    qint64 value = 0;
    qint64 epoch = 0;
};

Result<Revision> readRevision(Database &db)
{
    QSqlQuery q(db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("SELECT value, epoch FROM revision")); !s)
        return s.error();
    if (auto s = sql::exec(q, QStringLiteral("read the revision")); !s)
        return s.error();
    if (!q.next())
        return fail(QStringLiteral("the revision table is empty"));
    return Revision{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

// The rows in the order of ids: the changed ones as read again, the others
// taken over from previous. Empty when previous lacks an unchanged row,
// which only a snapshot of another file can.
template <typename T>
std::optional<QList<T>> merged(const QList<T> &previous, const QList<qint64> &ids, QList<T> changed)
{
    QHash<qint64, qsizetype> fresh;
    fresh.reserve(changed.size());
    for (qsizetype i = 0; i < changed.size(); ++i)
        fresh.insert(changed.at(i).id, i);
    QHash<qint64, qsizetype> before;
    before.reserve(previous.size());
    for (qsizetype i = 0; i < previous.size(); ++i)
        before.insert(previous.at(i).id, i);
    QList<T> out;
    out.reserve(ids.size());
    for (const qint64 id : ids) {
        if (const auto it = fresh.constFind(id); it != fresh.constEnd())
            out << std::move(changed[*it]);
        else if (const auto old = before.constFind(id); old != before.constEnd())
            out << previous.at(*old);
        else
            return std::nullopt;
    }
    return out;
}

// All rows, or only those stamped after previous's revision merged into
// previous's rows.
template <typename T, typename Repository, typename ReadAll>
Result<QList<T>> rows(const Repository &repository, const QList<T> *previous, qint64 since,
                      ReadAll readAll)
{
    if (previous) {
        auto ids = repository.ids();
        if (!ids)
            return ids.error();
        auto changed = repository.changedSince(since);
        if (!changed)
            return changed.error();
        if (auto out = merged(*previous, ids.value(), std::move(changed.value())))
            return std::move(*out);
    }
    return readAll(repository);
}

} // namespace

Result<SeasonSnapshot> loadSeason(Database &db, int defaultMatchYear,
                                  const SeasonSnapshot *previous)
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
    auto revision = readRevision(db);
    if (!revision)
        return finish(revision.error());
    // Another epoch is another file, or this one restored; a counter that
    // went back cannot be either. Nothing of previous can be trusted then.
    if (previous && (revision->epoch != previous->epoch || revision->value < previous->revision))
        previous = nullptr;
    const qint64 since = previous ? previous->revision : 0;
    ProfileRepository profiles(db);
    auto profile = profiles.profile();
    if (!profile)
        return finish(profile.error());
    auto season = profiles.season(defaultMatchYear);
    if (!season)
        return finish(season.error());
    auto programs = rows(ProgramRepository(db), previous ? &previous->programs : nullptr, since,
                         [](const ProgramRepository &r) { return r.all(); });
    if (!programs)
        return finish(programs.error());
    auto contacts = rows(ContactRepository(db), previous ? &previous->contacts : nullptr, since,
                         [](const ContactRepository &r) { return r.all(); });
    if (!contacts)
        return finish(contacts.error());
    auto communications =
        rows(CommunicationRepository(db), previous ? &previous->communications : nullptr, since,
             [](const CommunicationRepository &r) { return r.list(); });
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
    s.revision = revision->value;
    s.epoch = revision->epoch;
    return s;
}

} // namespace rapport::core
