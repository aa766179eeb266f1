#pragma once

#include <QSet>
#include <QString>

namespace rapport::core {
struct SeasonSnapshot;
}

namespace rapport::core::spelling {

// The words of the season's names, lower case: programs, institutions,
// cities, contacts and the applicant. A letter to "Dr. Okonkwo at Baylor"
// should not be underlined for its names.
QSet<QString> seasonWords(const SeasonSnapshot &season);

} // namespace rapport::core::spelling
