#pragma once

#include "domain/Enums.h"

#include <QIcon>
#include <QString>

namespace rapport::ui {

// Icons follow the desktop theme; each has a bundled fallback
// (resources/icons/NAME.svg) for themes and platforms without it, drawn in
// the application palette's text colour, so it reads on a light palette
// and a dark one alike and follows a change of palette.
QIcon themeIcon(const QString &name);

QIcon channelIcon(core::Channel channel);
QIcon directionIcon(core::Direction direction);
QIcon severityIcon(core::Severity severity);

} // namespace rapport::ui
