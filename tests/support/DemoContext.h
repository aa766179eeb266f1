#pragma once

#include "compose/RenderContext.h"
#include "domain/Enums.h"

#include <QHash>
#include <QString>

namespace rapport::test {

// A realistic applicant (an IMG applying to otolaryngology), program,
// program director and season, with every free field that any built-in
// template uses filled in, so each built-in renders with nothing left over.
// Today is two days after the interview.
core::RenderContext demoContext();

// The same, moved to the phase in which a message of this kind is written:
// before the interview (no interview date yet) for the pre-interview kinds,
// the day after it for a thank-you, weeks after it for the later kinds.
core::RenderContext demoContext(core::Kind kind);

// The free fields of demoContext(), by name without "field.".
QHash<QString, QString> demoFields();

} // namespace rapport::test
