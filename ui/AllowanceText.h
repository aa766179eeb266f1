#pragma once

#include "rules/Allowance.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rapport::ui {

class DateTimeText;

// Words and colours for a program's allowance, shared by the Programs list
// and the program header so both say the same thing the same way. It only
// reads the allowance: nothing here counts or knows a limit.
class AllowanceText final
{
    Q_DECLARE_TR_FUNCTIONS(AllowanceText)

public:
    static QString usage(const core::KindAllowance &k); // "1/2": used/maximum

    // Dates as the window shows them, in the season's zone.
    static QString shortDate(const QDateTime &at, const DateTimeText &when);     // "Jan 22"
    static QString shortDateTime(const QDateTime &at, const DateTimeText &when); // "Jan 9, 5:00 PM"
    static QString longDateTime(const QDateTime &at,
                                const DateTimeText &when); // "Fri Jan 9, 2027, 5:00 PM"
    // "Fri 5:00 PM" within the coming six days, else as shortDateTime().
    static QString soonDateTime(const QDateTime &at, const QDateTime &now,
                                const DateTimeText &when);

    // The Next column: "Thank-you due · Fri 5:00 PM", "Update allowed",
    // "Next update · Jan 22", "Nothing more".
    static QString nextLabel(const core::ProgramAllowance &a, const QDateTime &now,
                             const DateTimeText &when);
    // Sorts due first (soonest first), then allowed, waiting (soonest
    // first), closed last.
    static qint64 nextSortKey(const core::NextStep &n);

    // The header chip's few words after the numbers: "sent Jan 8", "from
    // Jan 22", "none left", "1 left", "due Jan 9", "closed".
    static QString chipNote(const core::KindAllowance &k, const core::ProgramAllowance &a,
                            const DateTimeText &when);
    // Used/recommended/maximum and the availability with its reason, one
    // line each, for tooltips.
    static QStringList details(const core::KindAllowance &k, const core::ProgramAllowance &a,
                               const DateTimeText &when);
    // "Thank-you due in 41 h, by Fri Jan 9, 5:00 PM"; empty when none is due.
    static QString countdown(const core::ProgramAllowance &a, const QDateTime &now,
                             const DateTimeText &when);

    // Past the maximum: more than allowed was sent.
    static bool over(const core::KindAllowance &k) { return k.used > k.maximum; }
    // Past the maximum because of this program: for the top choice, this
    // program was told after another.
    static bool overHere(const core::KindAllowance &k, const core::ProgramAllowance &a);
    static QColor availabilityColor(core::Availability a);
    static QColor dueColor();
    // Quiet text: halfway between the palette's text and its background.
    static QColor mutedColor();
    static QColor overColor();
};

} // namespace rapport::ui
