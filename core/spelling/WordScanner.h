#pragma once

#include <QList>
#include <QStringView>

namespace rapport::core::spelling {

// A stretch of a line, in UTF-16 code units like QString offsets.
struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    bool operator==(const TextRange &) const = default;
};

// The words of one line worth spell-checking. A word is a run of letters
// that may hold apostrophes ("applicant's", "don't") and hyphens
// ("well-known") between letters. Left out: {{placeholders}}, which the
// template fills in; email and web addresses; words with a digit ("PGY-1"
// keeps "PGY", drops "1"); single letters (initials, "a", "I").
QList<TextRange> words(QStringView line);

// The parts of a hyphenated word, relative to the word; one range covering
// all of it when there is no hyphen.
QList<TextRange> hyphenParts(QStringView word);

// Typographic apostrophes as straight ones, so "applicant’s" is looked up
// like "applicant's".
QString normalized(QStringView word);

} // namespace rapport::core::spelling
