#pragma once

#include <QString>

namespace rapport::cli {

class Args;

// Whether a destructive command may go ahead: --yes says so; otherwise the
// question is asked on the terminal (stderr, answered on stdin). Without a
// terminal and without --yes the command is refused with what it would
// have done, so that a script never deletes by accident nor waits for an
// answer. A "no" is a CommandError.
void confirm(const Args &args, const QString &question, const QString &refused);

// "1 log entry", "3 log entries".
QString counted(qsizetype n, const QString &one, const QString &many);

} // namespace rapport::cli
