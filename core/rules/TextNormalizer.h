#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace rapport::core {

// Brings free text to one spelling so that phrase rules can match meaning
// rather than typography: lower case, ASCII quotes and dashes, contractions
// spelled out, "#1" / "No. 1" / "number one" / "1st" as "first", hyphens
// between words as spaces, and every run of whitespace (line breaks too) as
// one space. Phrase regexes in the rule data are written against this form.
class TextNormalizer final
{
public:
    static QString normalize(QStringView text);

    // The words of normalised text: runs of letters, digits and apostrophes.
    static QStringList words(QStringView normalized);
};

} // namespace rapport::core
