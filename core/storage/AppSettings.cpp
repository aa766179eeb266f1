#include "AppSettings.h"

#include "Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace rapport::core {

void setApplicationIdentity(const QString &applicationName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("rapport.org"));
    QCoreApplication::setApplicationName(applicationName);
}

QString appDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QLatin1Char('/') + QCoreApplication::applicationName();
}

void moveLegacySettings()
{
    QSettings old(QSettings::NativeFormat, QSettings::UserScope,
                  QStringLiteral("Unknown Organization"), QCoreApplication::applicationName());
    if (!QFileInfo::exists(old.fileName()))
        return;
    QSettings settings;
    const QString season = seasonSettingsGroup(Database::defaultPath()) + QLatin1Char('/');
    for (const QString &key : old.allKeys()) {
        const bool layout =
            key.startsWith(QLatin1String("window/")) || key.startsWith(QLatin1String("pages/"));
        const QString target = layout ? season + key : key;
        if (!settings.contains(target))
            settings.setValue(target, old.value(key));
    }
    settings.sync();
    if (settings.status() == QSettings::NoError)
        QFile::remove(old.fileName());
}

QString canonicalSeasonPath(const QString &path)
{
    const QFileInfo info(path);
    if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty())
        return canonical;
    // Not made yet: named as it will be once it is, through its folder's
    // canonical path.
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

QString seasonSettingsGroup(const QString &path)
{
    const QByteArray hash =
        QCryptographicHash::hash(canonicalSeasonPath(path).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("seasons/") + QString::fromLatin1(hash.toHex().left(16));
}

} // namespace rapport::core
