#pragma once

#include "Result.h"
#include "rules/Lexicon.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace rapport::core {

// The labelled sentences the classifier learns from
// (resources/classifier/corpus): "<label>.txt" and "<label>.<part>.txt" hold
// sentences that raise that rule, "*.neg.txt" and "clean_*.txt" sentences
// that raise none.
// Lines starting with "#" are comments. {program}, {person}, {city},
// {weekday} and {date} are filled from slots.json.
//
// The training set is derived from it deterministically: slots filled a few
// ways, a share of lines with a typo or in lower case, every line as the
// classifier reads it (Lexicon::classifierText), labels merged per text.
class ClassifierCorpus final
{
public:
    struct Example
    {
        std::string text;
        QStringList labels; // empty: raises no rule
        QString origin;     // "file:line" it was first derived from
    };
    struct Counts
    {
        int written = 0;  // lines in the files
        int examples = 0; // after filling slots and augmenting
    };

    static Result<ClassifierCorpus> load(const QString &dir, const Lexicon &lexicon);

    const std::vector<Example> &examples() const { return m_examples; }
    // Per label (and "none"): lines written and examples derived.
    const QMap<QString, Counts> &counts() const { return m_counts; }
    // Texts listed both as raising a rule and as raising none.
    const QStringList &conflicts() const { return m_conflicts; }

    // SHA-256 over every corpus file, the lexicon's rewrites and name stop
    // words (which change what the classifier reads) and the training
    // parameters: the model's model.json records it, and a test compares.
    static Result<QByteArray> digest(const QString &dir, const QByteArray &lexiconJson,
                                     const QString &parameters);

    // fastText's training format: "__label__x __label__y text" per line,
    // "__label__none text" for clean ones, in a fixed shuffled order.
    QByteArray trainingText() const;
    // The same for a subset of examples (indices into examples()).
    QByteArray trainingText(const std::vector<std::size_t> &subset) const;

    // Which of k folds an example belongs to, fixed by the line it came
    // from: a line's typo and slot variants stay in one fold, so
    // cross-validation never scores a sentence whose twin it trained on.
    static int fold(const Example &e, int k);

private:
    std::vector<Example> m_examples;
    QMap<QString, Counts> m_counts;
    QStringList m_conflicts;
};

} // namespace rapport::core
