#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace rapport::fuzz {
namespace {

void discardMessage(QtMsgType, const QMessageLogContext &, const QString &) {}

QTemporaryDir &inputDir()
{
    static QTemporaryDir dir;
    return dir;
}

} // namespace

void initialize(int *argc, char ***argv)
{
    // Never destroyed: at exit Qt's own statics may already be gone.
    static QCoreApplication *app = nullptr;
    if (!app)
        app = new QCoreApplication(*argc, *argv);
    qInstallMessageHandler(discardMessage);
}

QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

QString writeInput(const QByteArray &data, const QString &name)
{
    const QString path = inputDir().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        failInvariant("cannot write the input file");
    return path;
}

void failInvariant(const char *what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

} // namespace rapport::fuzz
