#pragma once

#include "domain/Finding.h"

#include <QStringList>

namespace rapport::test {

// Each finding as one line (rule, program, entries, sentence, message), so
// two checks of a season compare as lists and a difference reads plainly.
inline QStringList findingLines(const QList<core::Finding> &findings)
{
    QStringList out;
    for (const core::Finding &f : findings) {
        QStringList ids;
        for (const qint64 id : f.communicationIds)
            ids << QString::number(id);
        out << QStringLiteral("%1|%2|%3|%4|%5")
                   .arg(f.rule, f.programId ? QString::number(*f.programId) : QString(),
                        ids.join(QLatin1Char(',')), f.sentence(), f.message());
    }
    return out;
}

} // namespace rapport::test
