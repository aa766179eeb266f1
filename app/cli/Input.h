#pragma once

#include <QString>

namespace rapport::cli {

// The text of FILE, or of standard input for "-"; UTF-8. A missing or
// unreadable file is a CommandError naming it.
QString readTextInput(const QString &path);

// A password: one line of standard input when fromStdin, else typed on the
// terminal after prompt (on stderr) without echo. Without a terminal, or
// given nothing, it is a UsageError naming command.
QString readPassword(const QString &command, const QString &prompt, bool fromStdin);

} // namespace rapport::cli
