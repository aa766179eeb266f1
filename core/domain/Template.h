#pragma once

#include "Enums.h"

#include <QString>

namespace rapport::core {

struct Template
{
    qint64 id = 0; // 0 for a built-in that was never edited
    QString name;  // unique, e.g. "thank-you"
    QString title; // human-readable
    Kind kind = Kind::Other;
    QString subject;
    QString body;
    bool builtIn = false;
    bool modified = false; // a built-in the user has edited
};

} // namespace rapport::core
