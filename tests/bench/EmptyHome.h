#pragma once

#include <QTemporaryDir>

namespace rapport::bench {

// Points settings and app data at an empty folder, so that whatever the
// benchmark starts opens as on a first start and leaves the user's alone.
inline void useEmptyHome(const QTemporaryDir &home)
{
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", home.path().toUtf8());
}

} // namespace rapport::bench
