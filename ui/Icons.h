#pragma once

#include "domain/Enums.h"

#include <QIcon>
#include <QString>

namespace rapport::ui {

// Icons follow the desktop theme; each has a bundled fallback
// (resources/icons/NAME.svg) for themes and platforms without it.
QIcon themeIcon(const QString &name);

QIcon channelIcon(core::Channel channel);
QIcon directionIcon(core::Direction direction);
QIcon severityIcon(core::Severity severity);

} // namespace rapport::ui
