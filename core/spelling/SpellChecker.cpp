#include "SpellChecker.h"

#include "storage/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <hunspell.hxx>

#include <algorithm>
#include <string>

namespace rapport::core {
namespace {

// Debian and Fedora put hunspell dictionaries in the first, older
// distributions in the myspell ones.
const QStringList kDictionaryFolders = {
    QStringLiteral("/usr/share/hunspell"),
    QStringLiteral("/usr/share/myspell"),
    QStringLiteral("/usr/share/myspell/dicts"),
    QStringLiteral("/usr/local/share/hunspell"),
};

constexpr qsizetype kMaxAbbreviation = 5;

bool hasDigit(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

bool isAllCaps(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(),
                                          [](QChar c) { return c.isLetter() && c.isUpper(); });
}

bool isSkipped(QStringView part)
{
    return part.size() < 2 || hasDigit(part);
}

} // namespace

SpellChecker::Paths SpellChecker::defaultPaths()
{
    QString folder = kDictionaryFolders.first();
    for (const QString &candidate : kDictionaryFolders) {
        if (QFile::exists(candidate + QStringLiteral("/en_US.dic"))) {
            folder = candidate;
            break;
        }
    }
    Paths paths;
    paths.affix = folder + QStringLiteral("/en_US.aff");
    paths.dictionary = folder + QStringLiteral("/en_US.dic");
    paths.extraDictionaries = {folder + QStringLiteral("/en_med_glut.dic")};
    paths.wordLists = {QStringLiteral(":/spelling/rapport-words.txt")};
    paths.userWords = appDataFolder() + QStringLiteral("/user-words.txt");
    return paths;
}

SpellChecker::SpellChecker(Paths paths) : m_paths(std::move(paths))
{
    for (const QString &path : {m_paths.affix, m_paths.dictionary}) {
        if (!QFileInfo(path).isReadable()) {
            m_error = QStringLiteral("Spelling is not checked: the dictionary %1 cannot be "
                                     "read. Install the hunspell-en-us package.")
                          .arg(QDir::toNativeSeparators(path));
            return;
        }
    }
    m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(m_paths.affix).constData(),
                                            QFile::encodeName(m_paths.dictionary).constData());
    m_utf8 = QString::fromStdString(m_hunspell->get_dict_encoding())
                 .compare(QStringLiteral("UTF-8"), Qt::CaseInsensitive) == 0;
    for (const QString &path : std::as_const(m_paths.extraDictionaries)) {
        if (QFileInfo(path).isReadable())
            m_hunspell->add_dic(QFile::encodeName(path).constData());
    }
    for (const QString &path : std::as_const(m_paths.wordLists))
        loadWordList(path, nullptr);
    if (!m_paths.userWords.isEmpty())
        loadWordList(m_paths.userWords, &m_userWords);
}

SpellChecker::~SpellChecker() = default;

bool SpellChecker::isAvailable() const
{
    return m_hunspell != nullptr;
}

QString SpellChecker::errorMessage() const
{
    return m_error;
}

bool SpellChecker::isCorrect(const QString &word)
{
    return isCorrectWord(spelling::normalized(word), {});
}

QList<spelling::TextRange> SpellChecker::misspellings(QStringView line,
                                                      const QSet<QString> &knownWords)
{
    QList<spelling::TextRange> out;
    if (!m_hunspell)
        return out;
    for (const spelling::TextRange &range : spelling::words(line)) {
        const QString word = spelling::normalized(line.sliced(range.start, range.length));
        if (isCorrectWord(word, knownWords))
            continue;
        // Only the wrong half of "well-knwon" is underlined.
        for (const spelling::TextRange &part : spelling::hyphenParts(word)) {
            const QString text = word.sliced(part.start, part.length);
            if (!isSkipped(text) && !isCorrectPart(text, knownWords))
                out.append({range.start + part.start, part.length});
        }
    }
    return out;
}

QStringList SpellChecker::suggestions(const QString &word, int max)
{
    if (!m_hunspell || word.isEmpty())
        return {};
    auto cached = m_suggestions.constFind(word);
    if (cached == m_suggestions.cend()) {
        QStringList found;
        for (const std::string &s : m_hunspell->suggest(toDictionary(word))) {
            QString suggestion = fromDictionary(s);
            // Keep the writer's apostrophe: "applicant’s" gets curly ones back.
            if (word.contains(u'\u2019'))
                suggestion.replace(u'\'', u'\u2019');
            if (!found.contains(suggestion))
                found.append(suggestion);
        }
        cached = m_suggestions.insert(word, found);
    }
    return cached->mid(0, std::max(0, max));
}

Status SpellChecker::addToUserDictionary(const QString &word)
{
    const QString clean = spelling::normalized(word.trimmed());
    if (clean.isEmpty() ||
        std::any_of(clean.begin(), clean.end(), [](QChar c) { return c.isSpace(); })) {
        return fail(QStringLiteral("\"%1\" cannot be added to the dictionary: "
                                   "add one word at a time.")
                        .arg(word));
    }
    addWord(clean);
    if (m_userWords.contains(clean))
        return {};
    if (m_paths.userWords.isEmpty())
        return fail(QStringLiteral("There is no user dictionary to add \"%1\" to.").arg(clean));
    const QFileInfo info(m_paths.userWords);
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(QStringLiteral("\"%1\" is accepted until Rapport quits, but the folder %2 "
                                   "cannot be created to keep it.")
                        .arg(clean, QDir::toNativeSeparators(info.absolutePath())));
    }
    QFile file(m_paths.userWords);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) ||
        file.write((clean + u'\n').toUtf8()) < 0 || !file.flush()) {
        return fail(
            QStringLiteral("\"%1\" is accepted until Rapport quits, but %2 cannot be "
                           "written to keep it: %3")
                .arg(clean, QDir::toNativeSeparators(m_paths.userWords), file.errorString()));
    }
    m_userWords.insert(clean);
    return {};
}

void SpellChecker::ignoreForSession(const QString &word)
{
    const QString clean = spelling::normalized(word.trimmed());
    if (!clean.isEmpty())
        addWord(clean);
}

bool SpellChecker::isCorrectWord(const QString &word, const QSet<QString> &knownWords)
{
    if (!m_hunspell || !word.contains(u'-'))
        return isCorrectPart(word, knownWords);
    // Whole first: the dictionary has "well-known", the word list "AAO-HNSF".
    if (isCorrectPart(word, knownWords))
        return true;
    for (const spelling::TextRange &part : spelling::hyphenParts(word)) {
        const QString text = word.sliced(part.start, part.length);
        if (!isSkipped(text) && !isCorrectPart(text, knownWords))
            return false;
    }
    return true;
}

bool SpellChecker::isCorrectPart(const QString &part, const QSet<QString> &knownWords)
{
    if (!m_hunspell || isSkipped(part))
        return true;
    if (spell(part))
        return true;
    if (!knownWords.isEmpty() && knownWords.contains(part.toLower()))
        return true;
    // Program and hospital abbreviations are endless (UCSF, OHSU, UPMC);
    // longer all-caps words are checked, so "RECIEVE" is still caught.
    if (isAllCaps(part) && part.size() <= kMaxAbbreviation)
        return true;
    // Plurals of abbreviations: "PDs", "IMGs".
    if (part.endsWith(u's') && isAllCaps(QStringView(part).chopped(1)))
        return isCorrectPart(part.chopped(1), knownWords);
    // Possessives of words hunspell was given without affixes: "NRMP's".
    if (part.endsWith(QStringLiteral("'s"), Qt::CaseInsensitive) && part.size() > 3)
        return isCorrectPart(part.chopped(2), knownWords);
    return false;
}

bool SpellChecker::spell(const QString &word)
{
    return m_hunspell->spell(toDictionary(word));
}

void SpellChecker::addWord(const QString &word)
{
    if (m_hunspell)
        m_hunspell->add(toDictionary(word));
}

void SpellChecker::loadWordList(const QString &path, QSet<QString> *into)
{
    QFile file(path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qWarning("Spelling: cannot read the word list %s: %s", qPrintable(path),
                 qPrintable(file.errorString()));
        return;
    }
    QTextStream in(&file);
    QString line;
    while (in.readLineInto(&line)) {
        const QString word = spelling::normalized(line.section(u'#', 0, 0).trimmed());
        if (word.isEmpty())
            continue;
        addWord(word);
        if (into)
            into->insert(word);
    }
}

std::string SpellChecker::toDictionary(const QString &word) const
{
    return m_utf8 ? word.toStdString() : word.toLatin1().toStdString();
}

QString SpellChecker::fromDictionary(const std::string &word) const
{
    return m_utf8 ? QString::fromStdString(word)
                  : QString::fromLatin1(word.data(), qsizetype(word.size()));
}

} // namespace rapport::core
