#include "Lexicon.h"

#include "rules/TextNormalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::core {

Result<Lexicon> Lexicon::builtIn()
{
    static const Result<Lexicon> cached = []() -> Result<Lexicon> {
        const QString path = QStringLiteral(":/rules/lexicon.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: built-in lexicon is missing").arg(path));
        return fromJson(file.readAll(), path);
    }();
    return cached;
}

Result<Lexicon> Lexicon::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(QStringLiteral("%1: not valid JSON at offset %2: %3")
                        .arg(source)
                        .arg(error.offset)
                        .arg(error.errorString()));
    }
    const QJsonObject root = doc.object();
    Lexicon lx;
    const QJsonObject rewrites = root.value(QStringLiteral("rewrites")).toObject();
    for (auto it = rewrites.begin(); it != rewrites.end(); ++it) {
        if (!it.value().isString())
            return fail(QStringLiteral("%1: rewrites.%2 must be a string").arg(source, it.key()));
        lx.m_rewrites.insert(it.key(), it.value().toString().split(QLatin1Char(' ')));
    }
    for (const QJsonValue v : root.value(QStringLiteral("abbreviations")).toArray())
        lx.m_abbreviations << v.toString();
    for (const QJsonValue v : root.value(QStringLiteral("name_stopwords")).toArray())
        lx.m_nameStopwords << v.toString();

    const QJsonObject concepts = root.value(QStringLiteral("concepts")).toObject();
    if (concepts.isEmpty())
        return fail(QStringLiteral("%1: \"concepts\" must be a non-empty object").arg(source));
    for (auto it = concepts.begin(); it != concepts.end(); ++it) {
        const int id = static_cast<int>(lx.m_names.size());
        lx.m_names.push_back(it.key());
        lx.m_ids.insert(it.key(), id);
        if (!it.value().isArray())
            return fail(QStringLiteral("%1: concepts.%2 must be a list of words and phrases")
                            .arg(source, it.key()));
        const QJsonArray list = it.value().toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString entry = list.at(i).toString().trimmed();
            const QString at = QStringLiteral("%1: concepts.%2[%3]").arg(source, it.key()).arg(i);
            if (entry.isEmpty())
                return fail(QStringLiteral("%1 must be a non-empty string").arg(at));
            if (entry.endsWith(QLatin1Char('*'))) {
                const QString stem = entry.chopped(1).toLower();
                if (stem.size() < 3 || stem.contains(QLatin1Char(' ')))
                    return fail(
                        QStringLiteral("%1: a prefix needs one word of 3 letters or more").arg(at));
                lx.m_prefixes.emplace_back(stem, id);
                continue;
            }
            // Entries go through the same rewrites as text, so "dont" in a
            // list still matches.
            const QStringList w = lx.tokens(TextNormalizer::normalize(entry));
            if (w.isEmpty())
                return fail(QStringLiteral("%1 has no words").arg(at));
            lx.m_byFirstWord[w.first()].push_back(Entry{id, w.mid(1)});
        }
    }
    return lx;
}

QStringList Lexicon::tokens(QStringView normalized) const
{
    QStringList out;
    for (QString w : TextNormalizer::words(normalized)) {
        if (w.endsWith(QLatin1String("'s")))
            w.chop(2);
        else if (w.endsWith(QLatin1Char('\'')))
            w.chop(1);
        const auto it = m_rewrites.constFind(w);
        if (it != m_rewrites.constEnd())
            out << *it;
        else if (!w.isEmpty())
            out << w;
    }
    return out;
}

QStringList Lexicon::properNames(QStringView sentence) const
{
    QStringList out;
    qsizetype i = 0;
    const qsizetype n = sentence.size();
    while (i < n && !sentence[i].isLetterOrNumber())
        ++i;
    bool first = true;
    // After "1." or "#2" the first word is the item itself.
    if (i < n && sentence[i].isDigit()) {
        const bool hash = i > 0 && sentence[i - 1] == QLatin1Char('#');
        while (i < n && sentence[i].isDigit())
            ++i;
        if (hash || (i < n && (sentence[i] == QLatin1Char('.') || sentence[i] == QLatin1Char(')'))))
            first = false;
    } else if (i > 0 &&
               (sentence[i - 1] == QLatin1Char('-') || sentence[i - 1] == QLatin1Char('*') ||
                sentence[i - 1] == QLatin1Char('#') || sentence[i - 1] == u'\u2022' ||
                sentence[i - 1].isSpace())) {
        const QStringView lead = sentence.left(i).trimmed();
        first = lead.isEmpty();
    }
    // A signature line: four words at most and no end mark.
    const bool signatureLike =
        sentence.count(QLatin1Char(' ')) < 4 && !sentence.contains(QLatin1Char('.')) &&
        !sentence.contains(QLatin1Char('!')) && !sentence.contains(QLatin1Char('?'));
    while (i < n) {
        if (!sentence[i].isLetter()) {
            ++i;
            continue;
        }
        qsizetype e = i;
        while (e < n && (sentence[e].isLetter() || sentence[e] == QLatin1Char('\'') ||
                         sentence[e] == u'\u2019'))
            ++e;
        const bool upper = sentence[i].isUpper();
        // "Mercy Wanjiru" opening a signature line: a capitalised pair is a
        // name even at the start.
        bool pair = false;
        if (upper && first && signatureLike) {
            qsizetype k = e;
            while (k < n && sentence[k] == QLatin1Char(' '))
                ++k;
            pair =
                k > e && k < n && sentence[k].isUpper() && k + 1 < n && sentence[k + 1].isLower();
        }
        if (upper && (!first || pair)) {
            QString w = sentence.mid(i, e - i).toString().toLower();
            w.replace(u'\u2019', QLatin1Char('\''));
            if (w.endsWith(QLatin1String("'s")))
                w.chop(2);
            while (w.endsWith(QLatin1Char('\'')))
                w.chop(1);
            if (w.size() >= 2 && !m_nameStopwords.contains(w) && !out.contains(w))
                out << w;
        }
        first = false;
        i = e;
    }
    return out;
}

std::string Lexicon::classifierText(QStringView sentence) const
{
    return classifierText(tokens(TextNormalizer::normalize(sentence)), properNames(sentence));
}

std::string Lexicon::classifierText(QStringList t, const QStringList &names)
{
    if (!names.isEmpty()) {
        for (QString &w : t) {
            if (names.contains(w))
                w = QStringLiteral("xname");
        }
    }
    return t.join(QLatin1Char(' ')).toStdString();
}

Lexicon::Hits Lexicon::find(const QStringList &tokens) const
{
    Hits hits(m_names.size());
    const int n = static_cast<int>(tokens.size());
    for (int i = 0; i < n; ++i) {
        const QString &w = tokens.at(i);
        const auto it = m_byFirstWord.constFind(w);
        if (it != m_byFirstWord.constEnd()) {
            for (const Entry &e : *it) {
                const int len = static_cast<int>(e.rest.size());
                if (i + len > n - 1)
                    continue;
                bool ok = true;
                for (int k = 0; k < len && ok; ++k)
                    ok = tokens.at(i + 1 + k) == e.rest.at(k);
                if (ok)
                    add(hits, e.conceptId, Span{i, i + len});
            }
        }
        for (const auto &[stem, conceptIndex] : m_prefixes) {
            if (w.startsWith(stem))
                add(hits, conceptIndex, Span{i, i});
        }
    }
    return hits;
}

void Lexicon::add(Hits &hits, int conceptId, Span span)
{
    auto &list = hits[static_cast<std::size_t>(conceptId)];
    for (const Span &s : list) {
        if (s.first == span.first && s.last == span.last)
            return;
    }
    list.push_back(span);
}

} // namespace rapport::core
