#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace rapport::core {

// Where a sentence lies in the text the user wrote: the subject line or the
// body, and its span there in UTF-16 code units.
enum class TextField
{
    Subject,
    Body
};

struct SentenceSpan
{
    TextField field = TextField::Body;
    qsizetype start = 0;
    qsizetype length = 0;
};

// Cuts mail text into sentences while keeping each sentence's place in the
// original, so that a finding can point at the words that raised it.
//
// A sentence ends at ".", "!" or "?" followed by a space (not after an
// abbreviation such as "Dr." or "St." or a single initial), at a blank line,
// and at a line break when the line is complete: it ends in punctuation, it
// is short (a greeting, a signature line), or the next line starts a list
// item. Hard-wrapped paragraphs stay whole. "1. Stanford 2. Iowa" on one
// line is split at each item.
class Sentences final
{
public:
    // abbreviations: lower-case words that a period does not end ("dr").
    static QList<SentenceSpan> split(QStringView text, TextField field,
                                     const QStringList &abbreviations);
};

} // namespace rapport::core
