#pragma once

#include "Result.h"

#include <QString>

#include <optional>

namespace rapport::net {

// Account passwords in the system keyring (Secret Service on Linux) under
// the service "Rapport". Never falls back to a plain-text file: without a
// keyring every call fails with a message saying so. Each call waits for the
// keyring in a local event loop, so it needs a QCoreApplication; the keyring
// may ask the user to unlock it meanwhile.
class Keyring final
{
public:
    static core::Status store(const QString &key, const QString &password);
    // No entry under the key is not an error: the value is then empty.
    static core::Result<std::optional<QString>> read(const QString &key);
    // Removing a missing entry succeeds.
    static core::Status remove(const QString &key);
};

} // namespace rapport::net
