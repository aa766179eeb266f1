#include "ClassifierCorpus.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace rapport::core {
namespace {

// A fixed, platform-independent mix (splitmix64) for every "random" choice,
// so the training set is the same on every machine.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 seedOf(const QString &s)
{
    const QByteArray h = QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha1);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | static_cast<uchar>(h.at(i));
    return v;
}

// A typo a hurried writer makes: two neighbouring letters swapped, a
// letter dropped or doubled, in one word of five letters or more.
QString withTypo(const QString &line, quint64 r)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{5,}"));
    std::vector<std::pair<qsizetype, qsizetype>> words;
    auto it = word.globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        words.emplace_back(m.capturedStart(), m.capturedLength());
    }
    if (words.empty())
        return {};
    const auto [start, len] = words[static_cast<std::size_t>(r % words.size())];
    const qsizetype at =
        start + 1 + static_cast<qsizetype>((r >> 8) % static_cast<quint64>(len - 2));
    QString out = line;
    switch ((r >> 16) % 3) {
    case 0: std::swap(out[at], out[at + 1]); break;
    case 1: out.remove(at, 1); break;
    default: out.insert(at, out.at(at));
    }
    return out;
}

QStringList slotValues(const QJsonObject &slots, const QString &name)
{
    QStringList out;
    for (const QJsonValue v : slots.value(name).toArray())
        out << v.toString();
    return out;
}

} // namespace

Result<ClassifierCorpus> ClassifierCorpus::load(const QString &dir, const Lexicon &lexicon)
{
    QDir d(dir);
    if (!d.exists())
        return fail(QStringLiteral("%1: no such corpus folder").arg(dir));
    QJsonObject slots;
    {
        QFile f(d.filePath(QStringLiteral("slots.json")));
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: cannot read slots.json").arg(dir));
        slots = QJsonDocument::fromJson(f.readAll()).object();
    }
    static const QRegularExpression slotRe(QStringLiteral("\\{([a-z]+)\\}"));

    ClassifierCorpus c;
    std::map<std::string, QStringList> labelsByText; // ordered: deterministic
    std::map<std::string, bool> clean;
    std::map<std::string, QString> origins;
    const QStringList files = d.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        // "rank_inquiry.txt" and "rank_inquiry.more.txt" raise rank_inquiry;
        // "*.neg.txt" and "clean_*.txt" raise nothing.
        const bool negative =
            name.startsWith(QLatin1String("clean_")) || name.endsWith(QLatin1String(".neg.txt"));
        const QString label = negative ? QString() : name.section(QLatin1Char('.'), 0, 0);
        const QString countKey = negative ? QStringLiteral("none") : label;
        QFile f(d.filePath(name));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return fail(QStringLiteral("%1: cannot read").arg(f.fileName()));
        int lineNo = 0;
        while (!f.atEnd()) {
            ++lineNo;
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            ++c.m_counts[countKey].written;
            // Slots filled up to three ways; lines without slots once.
            QStringList filled;
            const quint64 seed = seedOf(name + line);
            const bool hasSlot = line.contains(slotRe);
            for (int k = 0; k < (hasSlot ? 3 : 1); ++k) {
                QString out;
                qsizetype from = 0;
                int n = 0;
                auto it = slotRe.globalMatch(line);
                while (it.hasNext()) {
                    const auto m = it.next();
                    const QStringList values = slotValues(slots, m.captured(1));
                    if (values.isEmpty()) {
                        return fail(QStringLiteral("%1:%2: unknown slot {%3}")
                                        .arg(f.fileName())
                                        .arg(lineNo)
                                        .arg(m.captured(1)));
                    }
                    out += QStringView(line).mid(from, m.capturedStart() - from);
                    out += values.at(
                        static_cast<qsizetype>(mix(seed + static_cast<quint64>(k * 31 + n)) %
                                               static_cast<quint64>(values.size())));
                    from = m.capturedEnd();
                    ++n;
                }
                out += QStringView(line).mid(from);
                filled << out;
            }
            QStringList variants = filled;
            const quint64 r = mix(seed ^ 0x5bd1e995ULL);
            if (r % 10 < 3) {
                const QString typo = withTypo(filled.first(), mix(r));
                if (!typo.isEmpty())
                    variants << typo;
            }
            if ((r >> 20) % 10 < 2)
                variants << filled.first().toLower();
            for (const QString &v : variants) {
                const std::string text = lexicon.classifierText(v);
                if (text.empty())
                    continue;
                ++c.m_counts[countKey].examples;
                origins.try_emplace(text, name + QLatin1Char(':') + QString::number(lineNo));
                if (negative) {
                    clean[text] = true;
                    labelsByText.try_emplace(text);
                } else {
                    QStringList &labels = labelsByText[text];
                    if (!labels.contains(label))
                        labels << label;
                }
            }
        }
    }
    for (auto &[text, labels] : labelsByText) {
        if (!labels.isEmpty() && clean.count(text))
            c.m_conflicts << QString::fromStdString(text);
        labels.sort();
        c.m_examples.push_back(Example{text, labels, origins[text]});
    }
    return c;
}

Result<QByteArray> ClassifierCorpus::digest(const QString &dir, const QByteArray &lexiconJson,
                                            const QString &parameters)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    QDir d(dir);
    const QStringList files =
        d.entryList({QStringLiteral("*.txt"), QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return fail(QStringLiteral("%1: no corpus files").arg(dir));
    for (const QString &name : files) {
        QFile f(d.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: cannot read").arg(f.fileName()));
        h.addData(name.toUtf8());
        h.addData(QByteArrayView("\0", 1));
        // Line endings as Git may check them out on any machine.
        h.addData(f.readAll().replace("\r\n", "\n"));
        h.addData(QByteArrayView("\0", 1));
    }
    const QJsonObject lx = QJsonDocument::fromJson(lexiconJson).object();
    QJsonObject reads;
    reads.insert(QStringLiteral("rewrites"), lx.value(QStringLiteral("rewrites")));
    reads.insert(QStringLiteral("name_stopwords"), lx.value(QStringLiteral("name_stopwords")));
    h.addData(QJsonDocument(reads).toJson(QJsonDocument::Compact));
    h.addData(parameters.toUtf8());
    return h.result().toHex();
}

int ClassifierCorpus::fold(const Example &e, int k)
{
    return static_cast<int>(mix(seedOf(e.origin) ^ 0x2545f491ULL) %
                            static_cast<quint64>(k));
}

QByteArray ClassifierCorpus::trainingText() const
{
    std::vector<std::size_t> all(m_examples.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    return trainingText(all);
}

QByteArray ClassifierCorpus::trainingText(const std::vector<std::size_t> &subset) const
{
    std::vector<std::pair<quint64, const Example *>> order;
    order.reserve(subset.size());
    for (const std::size_t i : subset) {
        const Example &e = m_examples[i];
        order.emplace_back(mix(seedOf(QString::fromStdString(e.text))), &e);
    }
    std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second->text < b.second->text;
    });
    QByteArray out;
    for (const auto &[key, e] : order) {
        if (e->labels.isEmpty()) {
            out += "__label__none ";
        } else {
            for (const QString &l : e->labels)
                out += "__label__" + l.toUtf8() + ' ';
        }
        out += QByteArray::fromStdString(e->text);
        out += '\n';
    }
    return out;
}

} // namespace rapport::core
