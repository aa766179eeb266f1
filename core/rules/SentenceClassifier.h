#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <vector>

namespace rapport::core {

// The statistical second opinion: a fastText model that scores one
// sentence for each wording rule it was trained on (one-vs-all, so the
// scores are independent probabilities). Trained by rapport-train-classifier
// from resources/classifier/corpus; fastText stays inside the .cpp.
class SentenceClassifier final
{
public:
    SentenceClassifier();
    ~SentenceClassifier();
    SentenceClassifier(SentenceClassifier &&) noexcept;
    SentenceClassifier &operator=(SentenceClassifier &&) noexcept;

    // The model shipped in :/classifier/sentences.ftz; shared by every engine.
    static std::shared_ptr<const SentenceClassifier> builtIn();
    static Result<SentenceClassifier> fromBytes(const QByteArray &model, const QString &source);

    bool isLoaded() const;
    // The labels the model knows, without fastText's "__label__" prefix.
    QStringList labels() const;
    int labelIndex(const QString &label) const { return m_labelIndex.value(label, -1); }

    // One score in [0, 1] per label (labels() order) for a sentence as
    // Lexicon::classifierText() gives it; empty if no model.
    std::vector<float> scores(const std::string &text) const;

    // How the shipped model is trained. One thread and a fixed seed make
    // training reproducible: the same corpus gives the same bytes.
    struct Training
    {
        int dim = 32;
        int epoch = 10;
        double lr = 0.5;
        int wordNgrams = 2;
        int minn = 3;
        int maxn = 5;
        int bucket = 20000;
        int minCount = 1;
        // Product quantisation shrinks the model (4.4 MB to 0.9 with dsub 2
        // and norms, 1.3 with dsub 1 without) but, at this size, scores
        // greetings and bland sentences as rule-breaking ("We appreciate
        // your interest." as requiring a reply): not used.
        bool quantize = false;
        int dsub = 2;
        bool qnorm = true;
        int seed = 7;

        QString toString() const;
    };
    // Trains on fastText's format ("__label__x text" per line) and returns
    // the model file's bytes.
    static Result<QByteArray> train(const QByteArray &trainingText, const Training &parameters);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    QHash<QString, int> m_labelIndex;
};

} // namespace rapport::core
