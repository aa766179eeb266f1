#pragma once

#include <QStringList>

namespace rapport::ui::recentSeasons {

// File ▸ Open Recent: the season files last opened, newest first, kept in
// the settings.
constexpr int kMaximum = 10;

// The files that still exist; those gone are dropped from the settings.
QStringList list();
void add(const QString &path);
void clear();

} // namespace rapport::ui::recentSeasons
