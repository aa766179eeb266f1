#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace rapport::core {

struct Communication
{
    qint64 id = 0;
    qint64 programId = 0;
    std::optional<qint64> contactId;
    QDateTime at; // carries the offset it was entered in
    Direction direction = Direction::Outgoing;
    Channel channel = Channel::Email;
    Kind kind = Kind::Other;
    // Beside the other small fields: at 100x the season's list is 5 MB.
    CommState state = CommState::Sent;
    Source source = Source::Typed;
    bool kindGuessed = false;
    QString subject;
    QString body;
    QString templateName;
    QString messageId;
    // Stamped by the database on every insert and update (schema.md).
    qint64 revision = 0;

    bool operator==(const Communication &) const = default;
};

} // namespace rapport::core
