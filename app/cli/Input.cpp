#include "Input.h"

#include "Args.h"
#include "TerminalText.h"

#include <QFile>

#include <csignal>
#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace rapport::cli {

QString readTextInput(const QString &path)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            throw CommandError(QStringLiteral("cannot read standard input"));
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            throw CommandError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    QString text = QString::fromUtf8(bytes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

namespace {

termios g_savedTerminal{};

// Ctrl+C at the prompt must not leave the terminal without echo.
void restoreTerminalAndDie(int signal)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

QByteArray readLine()
{
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line += char(c);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

QString readPassword(const QString &command, const QString &prompt, bool fromStdin)
{
    QByteArray line;
    if (fromStdin) {
        line = readLine();
    } else {
        if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            throw UsageError(QStringLiteral("%1: no terminal to type the password on; give it "
                                            "on standard input with --password-stdin")
                                 .arg(command));
        termios silent = g_savedTerminal;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= ECHONL;
        const auto previous = ::signal(SIGINT, restoreTerminalAndDie);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        std::fprintf(stderr, "%s", withoutControls(prompt).toUtf8().constData());
        std::fflush(stderr);
        line = readLine();
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
        ::signal(SIGINT, previous);
    }
    if (line.isEmpty())
        throw UsageError(QStringLiteral("%1: no password was given").arg(command));
    return QString::fromUtf8(line);
}

} // namespace rapport::cli
