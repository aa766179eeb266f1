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
    const SentenceClassifier::Training parameters;
    auto digest = ClassifierCorpus::digest(corpusDir, lexiconJson, parameters.toString());
    if (!digest)
        return failWith(digest.error().message);

    QTextStream err(stderr);
    for (const QString &c : corpus->conflicts())
        err << "note: listed as both raising a rule and clean (kept as raising): " << c << '\n';
    const auto model = SentenceClassifier::train(corpus->trainingText(), parameters);
    if (!model)
        return failWith(model.error().message);

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
    };
    if (!save(out.filePath(QStringLiteral("sentences.ftz")), *model) ||
        !save(out.filePath(QStringLiteral("model.json")),
              QJsonDocument(meta).toJson(QJsonDocument::Indented)))
        return failWith(QStringLiteral("%1: cannot write the model").arg(out.path()));
    QTextStream(stdout) << "trained on " << corpus->examples().size() << " distinct sentences ("
                        << model->size() / 1024 << " KiB model), corpus " << *digest << '\n';
    return 0;
}
