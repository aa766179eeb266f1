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
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

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

// All rows, or only those readChanged() reads again merged into previous's
// rows.
template <typename T, typename Repository, typename ReadChanged, typename ReadAll>
Result<QList<T>> rows(const Repository &repository, const QList<T> *previous,
                      ReadChanged readChanged, ReadAll readAll)
{
    if (previous) {
        auto ids = repository.ids();
        if (!ids)
            return ids.error();
        auto changed = readChanged(repository);
        if (!changed)
            return changed.error();
        if (auto out = merged(*previous, ids.value(), std::move(changed.value())))
            return std::move(*out);
    }
    return readAll(repository);
}

// The programs whose own row or whose contacts differ from previous's:
// their names are in how the rules read each of their messages.
QList<qint64> programsChanged(const SeasonSnapshot &previous, const QList<Program> &programs,
                              const QList<Contact> &contacts)
{
    QSet<qint64> changed;
    QHash<qint64, qint64> programRevision;
    programRevision.reserve(previous.programs.size());
    for (const Program &p : previous.programs)
        programRevision.insert(p.id, p.revision);
    for (const Program &p : programs) {
        if (programRevision.value(p.id, -1) != p.revision)
            changed.insert(p.id);
    }
    QHash<qint64, const Contact *> before;
    before.reserve(previous.contacts.size());
    for (const Contact &c : previous.contacts)
        before.insert(c.id, &c);
    for (const Contact &c : contacts) {
        const Contact *old = before.take(c.id);
        if (!old || old->revision != c.revision) {
            changed.insert(c.programId);
            if (old)
                changed.insert(old->programId);
        }
    }
    for (const Contact *gone : std::as_const(before))
        changed.insert(gone->programId);
    QList<qint64> out(changed.cbegin(), changed.cend());
    std::sort(out.begin(), out.end());
    return out;
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
    auto programs = rows(
        ProgramRepository(db), previous ? &previous->programs : nullptr,
        [since](const ProgramRepository &r) { return r.changedSince(since); },
        [](const ProgramRepository &r) { return r.all(); });
    if (!programs)
        return finish(programs.error());
    auto contacts = rows(
        ContactRepository(db), previous ? &previous->contacts : nullptr,
        [since](const ContactRepository &r) { return r.changedSince(since); },
        [](const ContactRepository &r) { return r.all(); });
    if (!contacts)
        return finish(contacts.error());
    // A message taken over keeps previous's body, which a prepared season
    // may have let go; the messages of a program whose names changed are
    // analysed again, so they are read whole.
    const QList<qint64> renamed =
        previous ? programsChanged(*previous, programs.value(), contacts.value()) : QList<qint64>();
    auto communications = rows(
        CommunicationRepository(db), previous ? &previous->communications : nullptr,
        [since, &renamed](const CommunicationRepository &r) {
            return r.changedSince(since, renamed);
        },
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

Status readBodies(Database &db, SeasonSnapshot &snapshot)
{
    auto bodies = CommunicationRepository(db).bodies();
    if (!bodies)
        return bodies.error();
    for (Communication &c : snapshot.communications)
        c.body = bodies->value(c.id);
    return {};
}

} // namespace rapport::core
