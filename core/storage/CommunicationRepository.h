#pragma once

#include "Result.h"
#include "RowMerge.h"
#include "domain/Communication.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QVariantList>

#include <optional>
#include <vector>

namespace rapport::core {

class Database;

struct CommunicationFilter
{
    std::optional<qint64> programId;
    // Inclusive, by the date in the offset the entry was made in (a 20:30
    // -08:00 message belongs to that day, not to the next UTC day).
    QDate from; // invalid = open
    QDate to;
    std::optional<Direction> direction;
    std::optional<Kind> kind;
    QString text; // full-text search over subject and body (prefix match per word)
};

class CommunicationRepository final
{
public:
    explicit CommunicationRepository(Database &db) : m_db(db) {}

    Result<qint64> add(const Communication &communication);
    // For imports: one statement prepared once, one transaction (a savepoint
    // inside the caller's), all entries or none. Programs and contacts are
    // taken as the caller resolved them, checked by the foreign keys and by
    // the insert itself, and explained only when one is refused. An entry
    // whose Message-ID is stored already, or earlier in entries, is skipped
    // (nullopt). On an error *failedAt, when given, is the entry's index.
    Result<QList<std::optional<qint64>>> addAll(const QList<Communication> &entries,
                                                qsizetype *failedAt = nullptr);
    // Given expectedRevision, writes only while the row is still at that
    // revision, and says so when another writer changed it meanwhile.
    Status update(const Communication &communication,
                  std::optional<qint64> expectedRevision = std::nullopt);
    // The fields an edit of an entry merges onto the row as stored now
    // (mergeEdit()), when another writer changed it meanwhile.
    static const QList<RowField<Communication>> &fields();
    Status remove(qint64 id);
    Result<Communication> get(qint64 id) const;
    // Sorted by time, then id.
    Result<QList<Communication>> list(const CommunicationFilter &filter = {}) const;
    // For reading again only what changed: the rows stamped after revision
    // or belonging to one of programs, and every id in list()'s order.
    Result<QList<Communication>> changedSince(qint64 revision,
                                              const QList<qint64> &programs = {}) const;
    Result<QList<qint64>> ids() const;
    // Each communication's body by id, or only those of the given ids.
    Result<QHash<qint64, QString>> bodies(const QList<qint64> &ids = {}) const;
    // The start of the body of each of a program's communications, by id.
    Result<QHash<qint64, QString>> openings(qint64 programId, int length) const;
    Result<std::optional<qint64>> findByMessageId(const QString &messageId) const;
    // The stored entries among messageIds, Message-ID -> id, in one query.
    Result<QHash<QString, qint64>> idsByMessageId(const QStringList &messageIds) const;
    // The ids whose subject or body matches text as list() searches it, in
    // ascending order, read from the full-text index alone (no row is
    // loaded). Text without a word matches nothing.
    Result<std::vector<qint64>> matchingIds(const QString &text) const;

    // Turns typed text into a safe FTS5 query: each word quoted, prefix-matched.
    static QString ftsQuery(const QString &text);

private:
    Status checkReferences(const Communication &c) const;
    Result<QList<Communication>> read(const QString &sqlText, const QVariantList &values) const;

    Database &m_db;
};

} // namespace rapport::core
