#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFileDevice>
#include <QString>
#include <QStringList>

namespace rapport::test {

// What a file looks like from outside: its bytes, modification time and
// permissions, and the names beside it (so a stray -wal or -journal shows).
struct FileSnapshot
{
    bool exists = false;
    QByteArray sha256;
    qint64 size = 0;
    QDateTime modified;
    QFileDevice::Permissions permissions;
    QStringList siblings;

    static FileSnapshot of(const QString &path);
};

// Sets a file's modification time into the past, so that any write during a
// test moves it visibly without the test having to wait.
bool backdate(const QString &path);

// Human-readable differences, empty when the two are the same.
QString differences(const FileSnapshot &before, const FileSnapshot &after);

} // namespace rapport::test
