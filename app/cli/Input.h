#pragma once

#include <QString>

namespace rapport::cli {

// The text of FILE, or of standard input for "-"; UTF-8. A missing or
// unreadable file is a CommandError naming it.
QString readTextInput(const QString &path);

} // namespace rapport::cli
