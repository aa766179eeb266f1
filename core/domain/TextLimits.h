#pragma once

#include "Result.h"

#include <QString>

// The longest text each field may hold, in characters (UTF-16 code units),
// and what control characters it may contain. docs/import-export.md lists
// them for users; change both together.
namespace rapport::core::limits {

inline constexpr qsizetype kProgramName = 300;
inline constexpr qsizetype kInstitution = 300;
inline constexpr qsizetype kSpecialty = 100;
inline constexpr qsizetype kCity = 100;
inline constexpr qsizetype kState = 100;
inline constexpr qsizetype kNrmpCode = 20;
inline constexpr qsizetype kWebsite = 2000;
inline constexpr qsizetype kEmailDomain = 253;
inline constexpr qsizetype kPolicyNote = 10000;
inline constexpr qsizetype kNotes = 100000; // program and contact notes

inline constexpr qsizetype kPersonName = 200; // a contact's first or last name
inline constexpr qsizetype kEmail = 254;      // RFC 5321's path limit
inline constexpr qsizetype kPhone = 50;

inline constexpr qsizetype kSubject = 998; // RFC 5322's line limit
inline constexpr qsizetype kBody = 200000;
inline constexpr qsizetype kMessageId = 998;
inline constexpr qsizetype kTemplateName = 64;
inline constexpr qsizetype kTemplateTitle = 200;
inline constexpr qsizetype kTemplateBody = 20000;

inline constexpr qsizetype kProfileText = 300; // profile name, school, visa status, ...
inline constexpr qsizetype kSignature = 2000;
inline constexpr qsizetype kOtherEmails = 20;
inline constexpr qsizetype kSeasonName = 100;

// Imports: a CSV cell holds the longest field (notes); a season has far
// fewer programs than this many rows.
inline constexpr qsizetype kCsvField = kNotes;
inline constexpr qsizetype kCsvRows = 100000;
inline constexpr qint64 kCsvFileBytes = 64LL * 1024 * 1024;
// Mail servers refuse larger messages, attachments included.
inline constexpr qint64 kMailMessageBytes = 50LL * 1024 * 1024;

} // namespace rapport::core::limits

namespace rapport::core {

enum class TextShape
{
    Line,     // one line: a name, a subject
    Multiline // notes, bodies: tab and line breaks are part of the text
};

// Whether c is a control character no field may hold: C0 other than tab,
// line feed and carriage return, DEL, and C1. NUL is one of them.
bool isForbiddenControl(QChar c);

// Text from a file another program wrote: terminal escape sequences (CSI,
// OSC, DCS and the rest, ESC or C1 introduced) are removed whole, so no
// "]0;title" is left behind, then any other forbidden control character;
// in a Line, tabs and line breaks become spaces.
QString cleanText(const QString &text, TextShape shape);

// The first problem with a field's text: too long, or a forbidden control
// character. what names the field, e.g. "program name".
Status checkText(const QString &text, const char *what, qsizetype maxLength);

} // namespace rapport::core
