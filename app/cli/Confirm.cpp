#include "Confirm.h"

#include "Args.h"
#include "TerminalText.h"

#include <cstdio>

#include <unistd.h>

namespace rapport::cli {

void confirm(const Args &args, const QString &question, const QString &refused)
{
    if (args.flag(QStringLiteral("yes")))
        return;
    if (!isatty(STDIN_FILENO))
        throw UsageError(QStringLiteral("%1: no terminal to confirm on; %2, add --yes")
                             .arg(args.command(), refused));
    std::fprintf(stderr, "%s [y/N] ", withoutControls(question).toUtf8().constData());
    std::fflush(stderr);
    char answer[64] = {};
    const bool yes = std::fgets(answer, sizeof answer, stdin) &&
                     QString::fromUtf8(answer).trimmed().toLower().startsWith(QLatin1Char('y'));
    if (!yes)
        throw CommandError(
            QStringLiteral("%1: not confirmed; nothing was changed").arg(args.command()));
}

QString counted(qsizetype n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

} // namespace rapport::cli
