#include "Input.h"

#include "Args.h"

#include <QFile>

#include <cstdio>

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

} // namespace rapport::cli
