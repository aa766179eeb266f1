#pragma once

#include "Result.h"
#include "domain/Finding.h"

#include <QList>

namespace rapport::core {

class Database;

// Findings the user chose to go past, stored with their communication.
class AcknowledgementRepository final
{
public:
    explicit AcknowledgementRepository(Database &db) : m_db(db) {}

    // Records (or refreshes) the acknowledgement of finding for communicationId.
    Result<qint64> add(qint64 communicationId, const Finding &finding, const QDateTime &at,
                       const QString &reason);
    // Takes one back, as undoing the save that made it does.
    Status remove(qint64 id);
    Result<QList<Acknowledgement>> forCommunication(qint64 communicationId) const;
    Result<QList<Acknowledgement>> all() const;

private:
    Result<QList<Acknowledgement>> list(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace rapport::core
