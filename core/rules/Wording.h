#pragma once

#include "domain/Enums.h"
#include "domain/Finding.h"
#include "rules/Lexicon.h"
#include "rules/SentenceClassifier.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace rapport::core {

class PhraseMatcher;
class RuleData;

// One wording rule raised by one sentence.
struct WordingHit
{
    QString rule;     // e.g. "content.rank_inquiry"
    int sentence = 0; // index into WordingAnalysis::sentences
    enum class Source
    {
        Phrase,
        Frame,
        Classifier,
        Layout
    } source = Source::Phrase;
    float score = 1.0F; // the classifier's score; 1 for the patterns
    // "pattern" or "classifier", as JSON output and tooltips name it.
    QString detectedBy() const;
};

// What each sentence of a message does, as far as the wording rules can
// tell: where the sentences are and which rules they raise.
struct WordingAnalysis
{
    struct Sentence
    {
        TextSpan span;
        QString text; // as written
    };
    QList<Sentence> sentences;
    QList<WordingHit> hits; // every sentence raising each rule, in sentence order

    // The first sentence raising the rule, or nullptr.
    const WordingHit *hit(const QString &rule) const;
    // Only the sentences that raise a rule, with their hits in the same
    // order: what findings quote. nullptr when no sentence raises one.
    std::shared_ptr<const WordingAnalysis> raisingOnly() const;
};

// The wording rules' two layers over sentences. Patterns: the rule data's
// "phrases" regexes and its "frames" (an act, a topic and a target from the
// lexicon, in any order and with words in between). Where both stay quiet,
// the classifier's score against the rule's "classifier_threshold". A rule's
// "exceptions" (negation, hedges) silence every layer for that sentence.
class WordingChecker final
{
public:
    WordingChecker(const RuleData &data, const PhraseMatcher &matcher, Lexicon lexicon,
                   std::shared_ptr<const SentenceClassifier> classifier);
    ~WordingChecker();
    Q_DISABLE_COPY_MOVE(WordingChecker)

    // The wording rules read for a direction.
    static const QStringList &rules(Direction direction);

    // What sentences raised, kept while a season is prepared: its
    // mail-merged messages repeat most sentences. For one thread at a time.
    class Memo;

    // body: the body as stored, with quoted earlier messages blanked out
    // (same length), so that spans point into the stored body. Without a
    // memo, the checker's own small one serves (a draft typed key by key).
    std::shared_ptr<const WordingAnalysis> analyse(const QString &subject, const QString &body,
                                                   Direction direction, Memo *memo = nullptr) const;

    // Frames that name a concept the lexicon lacks: "rule: concept".
    QStringList unresolved() const { return m_unresolved; }

    const Lexicon &lexicon() const { return m_lexicon; }
    const SentenceClassifier *classifier() const { return m_classifier.get(); }

    // For tuning the lexicon: the concepts found in a sentence and the rules
    // it raises, with their layers, one per line.
    QString explain(const QString &sentence, Direction direction) const;

    // The classifier's score of a sentence for a rule, 0 where the sentence
    // has none of the rule's anchors: what its threshold is compared with.
    float classifierScore(const QString &sentence, const QString &rule) const;

    // One sentence, for the evaluation and tests: which rules it raises.
    QList<WordingHit> sentenceHits(const QString &sentence, Direction direction) const;

private:
    struct Frame
    {
        std::vector<std::vector<int>> all; // each slot: alternative concept ids
        std::vector<int> none;
        std::vector<int> unnegated;
        bool question = false;
        int within = 0;
    };
    struct Rule
    {
        QString id;
        std::vector<Frame> frames;
        int label = -1; // classifier label index
        float threshold = 1.0F;
        std::vector<std::vector<int>> anchors; // each slot: one of these concepts occurs
        std::vector<int> vetoes;               // none of these may occur
    };
    struct Prepared;

    Prepared prepare(QStringView sentence, Memo *memo) const;
    bool anchored(const Rule &rule, const Prepared &p) const;
    bool frameMatches(const Frame &f, const Prepared &p) const;
    std::optional<WordingHit::Source> judge(const Rule &rule, const Prepared &p,
                                            float *score) const;
    std::vector<float> scoresFor(const std::string &prepared, Memo *memo) const;
    void checkListLayout(const WordingAnalysis &a, QList<WordingHit> &hits) const;

    const RuleData &m_data;
    const PhraseMatcher &m_matcher;
    Lexicon m_lexicon;
    std::shared_ptr<const SentenceClassifier> m_classifier;
    std::vector<Rule> m_outgoing;
    std::vector<Rule> m_incoming;
    QStringList m_unresolved;
    int m_negation = -1;
    int m_questionOpener = -1;
    int m_named = -1;
    int m_rankTalk = -1;
    int m_achievement = -1;
    int m_institution = -1;
    QStringList m_nameStopwords;

    // What each rule made of a sentence.
    struct Verdict
    {
        int rule = 0; // index into the direction's rules
        WordingHit::Source source = WordingHit::Source::Phrase;
        float score = 1.0F;
    };
    // Without a memo, the checker's own serves.
    QList<Verdict> verdicts(QStringView sentence, Direction direction, Memo *memo) const;

public:
    class Memo final
    {
    public:
        Memo() = default;
        Q_DISABLE_COPY_MOVE(Memo)

    private:
        friend class WordingChecker;
        qsizetype size() const;
        void clear();
        // The sentences the verdicts' keys point into.
        QList<QString> m_texts;
        QHash<QStringView, QList<Verdict>> m_verdicts[2]; // by direction: outgoing, incoming
        QHash<QByteArray, std::vector<float>> m_scores;   // by classifier text
    };

private:
    // A keystroke changes one sentence of a draft: the others are known.
    Memo &ownMemo() const; // with m_memoLock held
    mutable QMutex m_memoLock;
    mutable Memo m_memo;
};

} // namespace rapport::core
