#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <string>
#include <vector>

namespace rapport::core {

// The words behind the wording rules' frames, read from JSON
// (:/rules/lexicon.json): named concepts such as "ask", "rank" or "me",
// each a list of words and multi-word phrases with their inflections and
// common misspellings, plus the token rewrites ("dont" -> "do not") and the
// abbreviations a period does not end.
//
// A concept's entry is a word ("ranking"), a phrase ("rank order list"), or
// a word ending in "*" that matches any word it starts ("recommend*").
class Lexicon final
{
public:
    static Result<Lexicon> builtIn();
    static Result<Lexicon> fromJson(const QByteArray &json, const QString &source);

    int conceptCount() const { return static_cast<int>(m_names.size()); }
    int conceptId(const QString &name) const { return m_ids.value(name, -1); }
    const QString &conceptName(int id) const { return m_names[static_cast<std::size_t>(id)]; }
    const QStringList &abbreviations() const { return m_abbreviations; }
    const QStringList &nameStopwords() const { return m_nameStopwords; }

    // The words of a normalised sentence as the concepts see them:
    // rewrites applied, possessive "'s" dropped.
    QStringList tokens(QStringView normalized) const;

    // Capitalised words of a sentence as written that are likely names of
    // places or programs ("Northwestern", "Mark's" -> "mark"), lower-cased:
    // not the sentence's first word (unless it follows a list marker), not
    // one of "name_stopwords" (months, "Match", "NRMP", "Dr").
    QStringList properNames(QStringView sentence) const;

    // What the classifier reads of a sentence: its tokens, with proper names
    // as "xname" so that a model trained on some programs' names judges
    // sentences about any program alike.
    std::string classifierText(QStringView sentence) const;
    // The same from tokens() and properNames() already worked out.
    static std::string classifierText(QStringList tokens, const QStringList &names);

    // Where each concept occurs in tokens: for concept id c, the
    // [first, last] token indices of each occurrence.
    struct Span
    {
        int first = 0;
        int last = 0;
    };
    using Hits = std::vector<std::vector<Span>>;
    Hits find(const QStringList &tokens) const;
    // Adds an occurrence found outside the word lists (a proper name).
    static void add(Hits &hits, int conceptId, Span span);

private:
    struct Entry
    {
        int conceptId = 0;
        QStringList rest; // the phrase's words after the first
    };
    std::vector<QString> m_names;
    QHash<QString, int> m_ids;
    QHash<QString, std::vector<Entry>> m_byFirstWord;
    std::vector<std::pair<QString, int>> m_prefixes; // "recommend" -> concept
    QHash<QString, QStringList> m_rewrites;
    QStringList m_abbreviations;
    QStringList m_nameStopwords;
};

} // namespace rapport::core
