#pragma once

#include "Result.h"
#include "WordScanner.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>

class Hunspell;

namespace rapport::core {

// English spelling through hunspell: the system's en_US dictionary, the
// medical one when installed, Rapport's own word list (otolaryngology and
// the Match) and the user's words. Loading takes a tenth of a
// second or more, so one instance serves the whole application.
class SpellChecker final
{
public:
    struct Paths
    {
        QString affix;                 // en_US.aff
        QString dictionary;            // en_US.dic
        QStringList extraDictionaries; // added when present (en_med_glut.dic)
        QStringList wordLists;         // one word a line, '#' comments
        QString userWords;             // read, and appended to by addToUserDictionary()
    };

    // The system dictionaries, the built-in list and user-words.txt in the
    // application's data folder.
    static Paths defaultPaths();

    explicit SpellChecker(Paths paths = defaultPaths());
    ~SpellChecker();
    Q_DISABLE_COPY_MOVE(SpellChecker)

    // False when the dictionary could not be loaded; errorMessage() says
    // why and what to install. An unavailable checker accepts every word.
    bool isAvailable() const;
    QString errorMessage() const;

    // One word, as words() finds them. Hyphenated words are right when
    // the dictionary has them whole or every part is right; all-caps
    // abbreviations of up to five letters ("UCSF", "OHSU") and their
    // plurals ("PDs") are accepted.
    bool isCorrect(const QString &word);

    // The misspelt words of one line. For a hyphenated word only the wrong
    // parts are returned. knownWords (lower case) are accepted too: the
    // names of the season's programs and people.
    QList<spelling::TextRange> misspellings(QStringView line, const QSet<QString> &knownWords = {});

    // Best first; remembered, as hunspell takes a noticeable moment.
    QStringList suggestions(const QString &word, int max = 6);

    // Accepted from now on and in every later session: appended to the
    // user's word list. An error says why the file could not be written;
    // the word is accepted for this session all the same.
    Status addToUserDictionary(const QString &word);

    // Accepted until the application quits.
    void ignoreForSession(const QString &word);

private:
    bool isCorrectWord(const QString &word, const QSet<QString> &knownWords);
    bool isCorrectPart(const QString &part, const QSet<QString> &knownWords);
    bool spell(const QString &word);
    void addWord(const QString &word);
    void loadWordList(const QString &path, QSet<QString> *into);
    std::string toDictionary(const QString &word) const;
    QString fromDictionary(const std::string &word) const;

    Paths m_paths;
    std::unique_ptr<Hunspell> m_hunspell;
    bool m_utf8 = true;
    QString m_error;
    QSet<QString> m_userWords;
    QHash<QString, QStringList> m_suggestions;
};

} // namespace rapport::core
