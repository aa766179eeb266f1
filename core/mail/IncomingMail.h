#pragma once

#include "domain/Enums.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace rapport::core {

// One message as it arrived, before it is read: its bytes and where they
// came from. IMAP fills account, folder and UIDs; a local store its id and
// the file's path; a dropped file only the path.
struct IncomingMail
{
    QByteArray raw;
    MailOrigin origin = MailOrigin::File;
    std::optional<qint64> accountId;
    QString folder;
    std::optional<qint64> uidValidity;
    std::optional<qint64> uid;
    std::optional<qint64> storeId;
    QString path;
};

} // namespace rapport::core
