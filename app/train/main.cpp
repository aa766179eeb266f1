// rapport-train-classifier: trains the wording rules' sentence classifier
// from resources/classifier/corpus and writes sentences.ftz with its
// model.json. scripts/train-classifier runs it; the same corpus always gives
// the same model, which a test checks against the shipped one.

#include "rules/ClassifierCorpus.h"
#include "rules/Lexicon.h"
#include "rules/SentenceClassifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace rapport::core;

namespace {

int failWith(const QString &message)
{
    QTextStream(stderr) << "rapport-train-classifier: " << message << '\n';
    return 1;
}

bool save(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    // --training-text FILE: write the derived training set and stop (for
    // trying fastText's own tools on it).
    if (args.size() == 4 && args.at(1) == QLatin1String("--training-text")) {
        auto lexicon = Lexicon::builtIn();
        if (!lexicon)
            return failWith(lexicon.error().message);
        auto corpus = ClassifierCorpus::load(args.at(2), *lexicon);
        if (!corpus)
            return failWith(corpus.error().message);
        return save(args.at(3), corpus->trainingText()) ? 0 : failWith(args.at(3));
    }
    if (args.size() != 3 || args.at(1).startsWith(QLatin1Char('-'))) {
        QTextStream(stderr) << "usage: rapport-train-classifier CORPUS_DIR OUTPUT_DIR\n"
                               "  writes OUTPUT_DIR/sentences.ftz and OUTPUT_DIR/model.json\n";
        return 2;
    }
    const QString corpusDir = args.at(1);
    const QDir out(args.at(2));
    if (!out.exists())
        return failWith(QStringLiteral("%1: no such folder").arg(out.path()));

    QFile lexiconFile(QStringLiteral(":/rules/lexicon.json"));
    if (!lexiconFile.open(QIODevice::ReadOnly))
        return failWith(QStringLiteral("the built-in lexicon is missing"));
    const QByteArray lexiconJson = lexiconFile.readAll();
    auto lexicon = Lexicon::fromJson(lexiconJson, lexiconFile.fileName());
    if (!lexicon)
        return failWith(lexicon.error().message);

    auto corpus = ClassifierCorpus::load(corpusDir, *lexicon);
    if (!corpus)
        return failWith(corpus.error().message);
    SentenceClassifier::Training parameters;
    // For experiments only: RAPPORT_TRAIN_PARAMS="dim=50 epoch=20" (the
    // shipped model uses the defaults, which the model test checks).
    for (const QString &kv :
         qEnvironmentVariable("RAPPORT_TRAIN_PARAMS").split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString k = kv.section(QLatin1Char('='), 0, 0);
        const double v = kv.section(QLatin1Char('='), 1).toDouble();
        if (k == QLatin1String("dim"))
            parameters.dim = int(v);
        else if (k == QLatin1String("epoch"))
            parameters.epoch = int(v);
        else if (k == QLatin1String("lr"))
            parameters.lr = v;
        else if (k == QLatin1String("wordNgrams"))
            parameters.wordNgrams = int(v);
        else if (k == QLatin1String("minn"))
            parameters.minn = int(v);
        else if (k == QLatin1String("maxn"))
            parameters.maxn = int(v);
        else if (k == QLatin1String("bucket"))
            parameters.bucket = int(v);
        else if (k == QLatin1String("quantize"))
            parameters.quantize = v != 0;
        else if (k == QLatin1String("dsub"))
            parameters.dsub = int(v);
        else if (k == QLatin1String("qnorm"))
            parameters.qnorm = v != 0;
        else
            return failWith(QStringLiteral("unknown training parameter %1").arg(k));
    }
    auto digest = ClassifierCorpus::digest(corpusDir, lexiconJson, parameters.toString());
    if (!digest)
        return failWith(digest.error().message);

    QTextStream err(stderr);
    for (const QString &c : corpus->conflicts())
        err << "note: listed as both raising a rule and clean (kept as raising): " << c << '\n';
    const auto model = SentenceClassifier::train(corpus->trainingText(), parameters);
    if (!model)
        return failWith(model.error().message);

    // Thresholds from 5-fold cross-validation: every example scored by a
    // model that did not see it. For each label, the lowest threshold at
    // which at most 1 in 200 clean sentences scores above it.
    constexpr int kFolds = 5;
    const auto &examples = corpus->examples();
    std::vector<std::vector<float>> outOfFold(examples.size());
    QStringList labels;
    for (int f = 0; f < kFolds; ++f) {
        std::vector<std::size_t> train;
        for (std::size_t i = 0; i < examples.size(); ++i) {
            if (ClassifierCorpus::fold(examples[i], kFolds) != f)
                train.push_back(i);
        }
        const auto foldModel = SentenceClassifier::train(corpus->trainingText(train), parameters);
        if (!foldModel)
            return failWith(foldModel.error().message);
        auto c = SentenceClassifier::fromBytes(*foldModel, QStringLiteral("fold"));
        if (!c)
            return failWith(c.error().message);
        // Each fold's model orders its labels its own way: keep one order.
        if (labels.isEmpty())
            labels = c->labels();
        for (std::size_t i = 0; i < examples.size(); ++i) {
            if (ClassifierCorpus::fold(examples[i], kFolds) != f)
                continue;
            const std::vector<float> s = c->scores(examples[i].text);
            outOfFold[i].assign(static_cast<std::size_t>(labels.size()), 0.0F);
            for (int l = 0; l < labels.size(); ++l) {
                const int k = c->labelIndex(labels.at(l));
                if (k >= 0)
                    outOfFold[i][static_cast<std::size_t>(l)] = s[static_cast<std::size_t>(k)];
            }
        }
    }
    QJsonObject thresholds;
    for (int l = 0; l < labels.size(); ++l) {
        const QString &label = labels.at(l);
        if (label == QLatin1String("none"))
            continue;
        std::vector<float> clean;
        std::vector<float> positive;
        for (std::size_t i = 0; i < examples.size(); ++i) {
            const float s = outOfFold[i].empty() ? 0.0F : outOfFold[i][static_cast<std::size_t>(l)];
            if (examples[i].labels.isEmpty())
                clean.push_back(s);
            else if (examples[i].labels.contains(label))
                positive.push_back(s);
        }
        std::sort(clean.begin(), clean.end(), std::greater<>());
        const std::size_t allowed = clean.size() / 200;
        float t = clean.empty() ? 0.5F : clean[std::min(allowed, clean.size() - 1)] + 1e-4F;
        t = std::max(t, 0.2F);
        const auto caught =
            std::count_if(positive.begin(), positive.end(), [t](float s) { return s >= t; });
        thresholds.insert(
            label,
            QJsonObject{
                {QStringLiteral("threshold"), std::round(t * 1000) / 1000},
                {QStringLiteral("recall"),
                 positive.empty() ? 0.0 : std::round(1000.0 * caught / positive.size()) / 1000}});
        QTextStream(stdout) << QStringLiteral("%1 threshold %2, cross-validated recall %3\n")
                                   .arg(label, -24)
                                   .arg(t, 0, 'f', 3)
                                   .arg(positive.empty() ? 0.0 : double(caught) / positive.size(),
                                        0, 'f', 3);
    }

    QJsonObject counts;
    for (auto it = corpus->counts().begin(); it != corpus->counts().end(); ++it) {
        counts.insert(it.key(), QJsonObject{{QStringLiteral("written"), it->written},
                                            {QStringLiteral("examples"), it->examples}});
    }
    const QJsonObject meta{
        {QStringLiteral("corpus_sha256"), QString::fromLatin1(*digest)},
        {QStringLiteral("training"), parameters.toString()},
        {QStringLiteral("distinct_texts"), static_cast<qint64>(corpus->examples().size())},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("cross_validated_thresholds"), thresholds},
    };
    if (!save(out.filePath(QStringLiteral("sentences.ftz")), *model) ||
        !save(out.filePath(QStringLiteral("model.json")),
              QJsonDocument(meta).toJson(QJsonDocument::Indented)))
        return failWith(QStringLiteral("%1: cannot write the model").arg(out.path()));
    QTextStream(stdout) << "trained on " << corpus->examples().size() << " distinct sentences ("
                        << model->size() / 1024 << " KiB model), corpus " << *digest << '\n';
    return 0;
}
