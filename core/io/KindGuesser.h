#pragma once

#include "domain/Enums.h"

#include <QDateTime>
#include <QString>

namespace rapport::core {

struct Program;

// What kind of message an imported email probably is, from its words and
// from when it was sent relative to the program's interview. Only a guess:
// imported entries are stored with kindGuessed set so the user can correct
// it, and the rules treat the kind as given.
class KindGuesser final
{
public:
    static Kind guess(Direction direction, const QString &subject, const QString &body,
                      const QDateTime &at, const Program *program);

    // After the interview: at or past its moment, or (without a date) a
    // program already marked interviewed, ranked or matched.
    static bool afterInterview(const QDateTime &at, const Program *program);
};

} // namespace rapport::core
