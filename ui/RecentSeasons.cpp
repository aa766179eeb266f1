#include "RecentSeasons.h"

#include "storage/AppSettings.h"

#include <QFileInfo>
#include <QSettings>

namespace rapport::ui::recentSeasons {
namespace {

const QString kKey = QStringLiteral("recentSeasons");

} // namespace

QStringList list()
{
    QSettings settings;
    const QStringList stored = settings.value(kKey).toStringList();
    QStringList present;
    for (const QString &path : stored) {
        if (QFileInfo(path).isFile())
            present << path;
    }
    if (present != stored)
        settings.setValue(kKey, present);
    return present;
}

void add(const QString &path)
{
    const QString canonical = core::canonicalSeasonPath(path);
    QStringList paths = QSettings().value(kKey).toStringList();
    paths.removeAll(canonical);
    paths.prepend(canonical);
    QSettings().setValue(kKey, paths.mid(0, kMaximum));
}

void clear()
{
    QSettings().remove(kKey);
}

} // namespace rapport::ui::recentSeasons
