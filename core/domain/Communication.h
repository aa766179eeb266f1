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
    bool kindGuessed = false;
    QString subject;
    QString body;
    CommState state = CommState::Sent;
    QString templateName;
    Source source = Source::Typed;
    QString messageId;
    // Stamped by the database on every insert and update (schema.md).
    qint64 revision = 0;

    bool operator==(const Communication &) const = default;
};

} // namespace rapport::core
