#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

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

    // The same words in one string, separated by single spaces (what
    // words().join(' ') gives), with where each starts: what the rules keep
    // of every stored body, without a string per word.
    struct WordList
    {
        QString joined;
        std::vector<qsizetype> starts;

        qsizetype size() const { return static_cast<qsizetype>(starts.size()); }
        QStringView at(qsizetype i) const
        {
            const auto k = static_cast<std::size_t>(i);
            const qsizetype end = k + 1 < starts.size() ? starts[k + 1] - 1 : joined.size();
            return QStringView(joined).mid(starts[k], end - starts[k]);
        }
    };
    static WordList wordList(QStringView normalized);
};

} // namespace rapport::core
