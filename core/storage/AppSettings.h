#pragma once

#include <QString>

namespace rapport::core {

// Rapport's names for QSettings and the standard folders. Both programs
// call it before anything reads a setting or a path.
void setApplicationIdentity(const QString &applicationName = QStringLiteral("rapport"));

// Where the default season, the user's rule file and word list live. It is
// the folder used before the organization was named (AppDataLocation would
// now add "Rapport/"), so naming it moved no season.
QString appDataFolder();

// Settings written before the organization was named sit under "Unknown
// Organization": moved once into Rapport's own file, the window's layout
// into the default season's group. Keys already set are kept.
void moveLegacySettings();

// A season file as one name, whichever path reached it (symbolic links,
// "..", relative): its canonical path, or before it exists the canonical
// path of its folder and its name.
QString canonicalSeasonPath(const QString &path);
// The QSettings group of everything kept per season file (layout, filters):
// "seasons/" and a hash of the canonical path.
QString seasonSettingsGroup(const QString &path);

} // namespace rapport::core
