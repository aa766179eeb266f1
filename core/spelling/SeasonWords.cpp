#include "SeasonWords.h"

#include "WordScanner.h"

#include "domain/SeasonSnapshot.h"

namespace rapport::core::spelling {
namespace {

void addWords(const QString &text, QSet<QString> &out)
{
    for (const TextRange &range : words(text)) {
        const QString word = normalized(QStringView(text).sliced(range.start, range.length));
        out.insert(word.toLower());
        // "Smith-Jones" is checked part by part when written differently.
        for (const TextRange &part : hyphenParts(word))
            out.insert(word.sliced(part.start, part.length).toLower());
    }
}

} // namespace

QSet<QString> seasonWords(const SeasonSnapshot &season)
{
    QSet<QString> out;
    const ApplicantProfile &profile = season.profile;
    for (const QString *text : {&profile.name, &profile.medicalSchool, &profile.country,
                                &profile.homeProgramName, &profile.signature})
        addWords(*text, out);
    for (const Program &program : season.programs) {
        addWords(program.name, out);
        addWords(program.institution, out);
        addWords(program.city, out);
        addWords(program.state, out);
    }
    for (const Contact &contact : season.contacts) {
        addWords(contact.firstName, out);
        addWords(contact.lastName, out);
    }
    return out;
}

} // namespace rapport::core::spelling
