// The shipped sentence classifier is the one its corpus trains: changing a
// corpus file, the lexicon's rewrites or the training parameters without
// running scripts/train-classifier fails here, naming the fix.
#include "rules/ClassifierCorpus.h"
#include "rules/Lexicon.h"
#include "rules/PhraseMatcher.h"
#include "rules/RuleData.h"
#include "rules/SentenceClassifier.h"
#include "rules/Wording.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::test {
namespace {

using core::ClassifierCorpus;
using core::SentenceClassifier;

const QString kCorpus = QStringLiteral(RAPPORT_TEST_DATA_DIR "/../../resources/classifier/corpus");

QByteArray resource(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString() << " is not built in";
    return f.readAll();
}

TEST(ClassifierModelTest, ShippedModelWasTrainedFromTheCorpus)
{
    const QJsonObject meta =
        QJsonDocument::fromJson(resource(QStringLiteral(":/classifier/model.json"))).object();
    const auto digest =
        ClassifierCorpus::digest(kCorpus, resource(QStringLiteral(":/rules/lexicon.json")),
                                 SentenceClassifier::Training().toString());
    ASSERT_TRUE(digest.ok()) << digest.errorMessage().toStdString();
    EXPECT_EQ(meta.value(QStringLiteral("corpus_sha256")).toString().toLatin1(), *digest)
        << "resources/classifier/sentences.ftz was trained from another corpus, lexicon or "
           "training setting: run ./scripts/train-classifier and commit the model";
    EXPECT_EQ(meta.value(QStringLiteral("training")).toString(),
              SentenceClassifier::Training().toString());
}

TEST(ClassifierModelTest, TheBuiltInModelReadsTheSameAfterItsPagesWereLetGo)
{
    const QString path = QStringLiteral(":/classifier/sentences.ftz");
    QFile file(RAPPORT_TEST_DATA_DIR "/../../resources/classifier/sentences.ftz");
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray shipped = file.readAll();
    ASSERT_FALSE(SentenceClassifier::builtIn()->labels().isEmpty());
    EXPECT_TRUE(resource(path) == shipped);
    auto again = SentenceClassifier::fromBytes(resource(path), path);
    ASSERT_TRUE(again.ok()) << again.errorMessage().toStdString();
    EXPECT_EQ(again->labels(), SentenceClassifier::builtIn()->labels());
}

TEST(ClassifierModelTest, RetrainingGivesTheShippedModelByteForByte)
{
    auto lexicon = core::Lexicon::builtIn();
    ASSERT_TRUE(lexicon.ok());
    auto corpus = ClassifierCorpus::load(kCorpus, *lexicon);
    ASSERT_TRUE(corpus.ok()) << corpus.errorMessage().toStdString();
    const auto model = SentenceClassifier::train(corpus->trainingText(), {});
    ASSERT_TRUE(model.ok()) << model.errorMessage().toStdString();
    const QByteArray shipped = resource(QStringLiteral(":/classifier/sentences.ftz"));
    EXPECT_EQ(model->size(), shipped.size());
    EXPECT_TRUE(*model == shipped)
        << "training is not reproducible, or the shipped model is stale: "
           "run ./scripts/train-classifier";
}

TEST(ClassifierModelTest, CorpusHasThousandsOfSentencesPerRuleAndNoContradictions)
{
    auto lexicon = core::Lexicon::builtIn();
    ASSERT_TRUE(lexicon.ok());
    auto corpus = ClassifierCorpus::load(kCorpus, *lexicon);
    ASSERT_TRUE(corpus.ok()) << corpus.errorMessage().toStdString();
    auto data = core::RuleData::builtIn();
    ASSERT_TRUE(data.ok());
    const auto classifier = SentenceClassifier::builtIn();
    ASSERT_TRUE(classifier->isLoaded());
    for (const QString &rule : data->ruleIds()) {
        const QString label = data->text(rule, QStringLiteral("classifier_label"));
        if (label.isEmpty())
            continue;
        EXPECT_GE(classifier->labelIndex(label), 0)
            << rule.toStdString() << ": model lacks " << label.toStdString();
        EXPECT_GE(corpus->counts().value(label).written, 500) << label.toStdString();
        EXPECT_GE(corpus->counts().value(label).examples, 600) << label.toStdString();
    }
    EXPECT_GE(corpus->counts().value(QStringLiteral("none")).written, 5000);
    EXPECT_TRUE(corpus->conflicts().isEmpty())
        << "listed both as raising a rule and as clean: "
        << corpus->conflicts().join(QStringLiteral(" | ")).toStdString();
}

TEST(ClassifierModelTest, EveryFrameAndAnchorNamesAKnownConcept)
{
    auto data = core::RuleData::builtIn();
    auto lexicon = core::Lexicon::builtIn();
    ASSERT_TRUE(data.ok());
    ASSERT_TRUE(lexicon.ok()) << lexicon.errorMessage().toStdString();
    const core::PhraseMatcher matcher(*data);
    const core::WordingChecker checker(*data, matcher, *lexicon, SentenceClassifier::builtIn());
    EXPECT_TRUE(checker.unresolved().isEmpty())
        << checker.unresolved().join(QStringLiteral(", ")).toStdString();
}

TEST(ClassifierModelTest, AModelFileThatIsNotFastTextIsRefusedWithItsName)
{
    const auto bad = SentenceClassifier::fromBytes(QByteArray("not a model at all"),
                                                   QStringLiteral("broken.ftz"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.errorMessage().contains(QStringLiteral("broken.ftz")));
}

} // namespace
} // namespace rapport::test
