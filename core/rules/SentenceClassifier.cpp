#include "SentenceClassifier.h"

#include <QFile>
#include <QResource>
#include <QTemporaryDir>

#include <fasttext/fasttext.h>

#include <cmath>
#include <cstring>
#include <sstream>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace rapport::core {
namespace {

// A model built in is read once, into the classifier: the pages of the
// executable that hold it (4.4 MB) need not stay resident after that.
// They are clean, so the kernel reads them again should anything ask.
void letResourcePagesGo(const QString &name)
{
#ifdef Q_OS_LINUX
    const QResource resource(name);
    if (!resource.isValid() || resource.compressionAlgorithm() != QResource::NoCompression)
        return;
    const auto page = static_cast<quintptr>(sysconf(_SC_PAGESIZE));
    const auto from = reinterpret_cast<quintptr>(resource.data());
    const quintptr begin = (from + page - 1) & ~(page - 1);
    const quintptr end = (from + static_cast<quintptr>(resource.size())) & ~(page - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_DONTNEED);
#else
    Q_UNUSED(name)
#endif
}

} // namespace

struct SentenceClassifier::Impl
{
    fasttext::FastText model;
    QStringList labels;
    std::vector<int> byModelIndex; // fastText's label index -> labels() index
};

SentenceClassifier::SentenceClassifier() = default;
SentenceClassifier::~SentenceClassifier() = default;
SentenceClassifier::SentenceClassifier(SentenceClassifier &&) noexcept = default;
SentenceClassifier &SentenceClassifier::operator=(SentenceClassifier &&) noexcept = default;

std::shared_ptr<const SentenceClassifier> SentenceClassifier::builtIn()
{
    static const std::shared_ptr<const SentenceClassifier> cached = [] {
        QFile file(QStringLiteral(":/classifier/sentences.ftz"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("Rapport: the built-in sentence classifier is missing; "
                     "wording rules use their patterns only");
            return std::make_shared<const SentenceClassifier>();
        }
        auto loaded = fromBytes(file.readAll(), file.fileName());
        letResourcePagesGo(file.fileName());
        if (!loaded) {
            qWarning("Rapport: %s", qPrintable(loaded.error().message));
            return std::make_shared<const SentenceClassifier>();
        }
        return std::make_shared<const SentenceClassifier>(std::move(loaded.value()));
    }();
    return cached;
}

Result<SentenceClassifier> SentenceClassifier::fromBytes(const QByteArray &model,
                                                         const QString &source)
{
    SentenceClassifier c;
    c.d = std::make_unique<Impl>();
    // fastText's own file check is private: a model starts with its magic
    // number and format version, which loadModel(istream) expects read.
    constexpr qint32 kMagic = 793712314;
    constexpr qint32 kVersion = 12;
    qint32 header[2] = {0, 0};
    if (model.size() > 8)
        std::memcpy(header, model.constData(), sizeof header);
    if (header[0] != kMagic || header[1] != kVersion)
        return fail(
            QStringLiteral("%1: not a fastText model of format %2").arg(source).arg(kVersion));
    try {
        std::istringstream in(
            std::string(model.constData() + 8, static_cast<std::size_t>(model.size() - 8)));
        c.d->model.loadModel(in);
    } catch (const std::exception &e) {
        return fail(QStringLiteral("%1: not a usable fastText model: %2")
                        .arg(source, QString::fromLocal8Bit(e.what())));
    }
    const auto dict = c.d->model.getDictionary();
    const int n = dict->nlabels();
    c.d->byModelIndex.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        QString label = QString::fromStdString(dict->getLabel(i));
        label.remove(0, label.startsWith(QLatin1String("__label__")) ? 9 : 0);
        c.d->byModelIndex[static_cast<std::size_t>(i)] = static_cast<int>(c.d->labels.size());
        c.m_labelIndex.insert(label, static_cast<int>(c.d->labels.size()));
        c.d->labels << label;
    }
    return c;
}

bool SentenceClassifier::isLoaded() const
{
    return d != nullptr;
}

QStringList SentenceClassifier::labels() const
{
    return d ? d->labels : QStringList();
}

QString SentenceClassifier::Training::toString() const
{
    return QStringLiteral("fasttext-0.9.2 supervised loss=ova dim=%1 epoch=%2 lr=%3 wordNgrams=%4 "
                          "minn=%5 maxn=%6 bucket=%7 minCount=%8 quantize=%9 seed=%10 thread=1")
        .arg(dim)
        .arg(epoch)
        .arg(lr)
        .arg(wordNgrams)
        .arg(minn)
        .arg(maxn)
        .arg(bucket)
        .arg(minCount)
        .arg(quantize ? 1 : 0)
        .arg(seed)
        .append(quantize ? QStringLiteral(" dsub=%1 qnorm=%2").arg(dsub).arg(qnorm ? 1 : 0)
                         : QString());
}

Result<QByteArray> SentenceClassifier::train(const QByteArray &trainingText,
                                             const Training &parameters)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString()));
    const QString input = dir.filePath(QStringLiteral("train.txt"));
    {
        QFile f(input);
        if (!f.open(QIODevice::WriteOnly) || f.write(trainingText) != trainingText.size())
            return fail(QStringLiteral("%1: cannot write the training set").arg(input));
    }
    const QString output = dir.filePath(QStringLiteral("model"));
    fasttext::Args args;
    args.input = input.toStdString();
    args.output = output.toStdString();
    args.model = fasttext::model_name::sup;
    args.loss = fasttext::loss_name::ova;
    args.dim = parameters.dim;
    args.epoch = parameters.epoch;
    args.lr = parameters.lr;
    args.wordNgrams = parameters.wordNgrams;
    args.minn = parameters.minn;
    args.maxn = parameters.maxn;
    args.bucket = parameters.bucket;
    args.minCount = parameters.minCount;
    args.thread = 1;
    args.seed = parameters.seed;
    args.verbose = 0;
    try {
        fasttext::FastText ft;
        ft.train(args);
        if (parameters.quantize) {
            fasttext::Args q = args;
            q.qnorm = parameters.qnorm;
            q.cutoff = 0;
            q.retrain = false;
            q.dsub = parameters.dsub;
            ft.quantize(q);
        }
        ft.saveModel(output.toStdString() + ".bin");
    } catch (const std::exception &e) {
        return fail(
            QStringLiteral("fastText training failed: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    QFile f(output + QStringLiteral(".bin"));
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: the trained model was not written").arg(f.fileName()));
    return f.readAll();
}

std::vector<float> SentenceClassifier::scores(const std::string &text) const
{
    if (!d)
        return {};
    std::vector<float> out(static_cast<std::size_t>(d->labels.size()), 0.0F);
    std::vector<int32_t> words;
    std::vector<int32_t> labels;
    std::istringstream in(text + "\n");
    d->model.getDictionary()->getLine(in, words, labels);
    if (words.empty())
        return out;
    fasttext::Predictions predictions;
    d->model.predict(-1, words, predictions, 0.0F);
    for (const auto &[logProbability, label] : predictions) {
        const auto k = static_cast<std::size_t>(label);
        if (k < d->byModelIndex.size())
            out[static_cast<std::size_t>(d->byModelIndex[k])] = std::exp(logProbability);
    }
    return out;
}

} // namespace rapport::core
