#include "FileSnapshot.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

namespace rapport::test {

FileSnapshot FileSnapshot::of(const QString &path)
{
    FileSnapshot s;
    const QFileInfo info(path);
    s.siblings = info.absoluteDir().entryList(
        QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    QFile file(path);
    if (!info.exists() || !file.open(QIODevice::ReadOnly))
        return s;
    s.exists = true;
    s.sha256 = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    s.size = info.size();
    s.modified = info.lastModified();
    s.permissions = info.permissions();
    return s;
}

bool backdate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const QDateTime past(QDate(2020, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    return file.setFileTime(past, QFileDevice::FileModificationTime) &&
           file.setFileTime(past, QFileDevice::FileAccessTime);
}

QString differences(const FileSnapshot &before, const FileSnapshot &after)
{
    QStringList out;
    if (before.exists != after.exists)
        out << QStringLiteral("exists %1 -> %2").arg(before.exists).arg(after.exists);
    if (before.sha256 != after.sha256 || before.size != after.size)
        out << QStringLiteral("contents changed (%1 -> %2 bytes)").arg(before.size).arg(after.size);
    if (before.modified != after.modified)
        out << QStringLiteral("modified %1 -> %2")
                   .arg(before.modified.toString(Qt::ISODateWithMs),
                        after.modified.toString(Qt::ISODateWithMs));
    if (before.permissions != after.permissions)
        out << QStringLiteral("permissions %1 -> %2")
                   .arg(before.permissions.toInt(), 0, 16)
                   .arg(after.permissions.toInt(), 0, 16);
    if (before.siblings != after.siblings)
        out << QStringLiteral("folder [%1] -> [%2]")
                   .arg(before.siblings.join(QLatin1Char(' ')),
                        after.siblings.join(QLatin1Char(' ')));
    return out.join(QStringLiteral("; "));
}

} // namespace rapport::test
