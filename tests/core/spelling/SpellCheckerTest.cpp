#include "spelling/SpellChecker.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using rapport::core::SpellChecker;

namespace {

// Loading the dictionaries takes a few hundred milliseconds: the tests that
// only read share one checker, with a user word list of its own.
class SpellCheckerTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        s_checker = std::make_unique<SpellChecker>(pathsIn(*s_dir));
    }
    static void TearDownTestSuite()
    {
        s_checker.reset();
        s_dir.reset();
    }

    static SpellChecker::Paths pathsIn(const QTemporaryDir &dir)
    {
        SpellChecker::Paths paths = SpellChecker::defaultPaths();
        paths.userWords = dir.filePath(QStringLiteral("user-words.txt"));
        return paths;
    }

    static std::vector<std::string> misspelt(const QString &line, const QSet<QString> &known = {})
    {
        std::vector<std::string> out;
        for (const auto &range : s_checker->misspellings(line, known))
            out.push_back(line.sliced(range.start, range.length).toStdString());
        return out;
    }

    SpellChecker &checker() { return *s_checker; }

    static inline std::unique_ptr<QTemporaryDir> s_dir;
    static inline std::unique_ptr<SpellChecker> s_checker;
};

using Words = std::vector<std::string>;

} // namespace

TEST_F(SpellCheckerTest, LoadsTheSystemDictionary)
{
    ASSERT_TRUE(checker().isAvailable()) << checker().errorMessage().toStdString();
    EXPECT_TRUE(checker().errorMessage().isEmpty());
    EXPECT_TRUE(checker().isCorrect(QStringLiteral("receive")));
    EXPECT_FALSE(checker().isCorrect(QStringLiteral("recieve")));
}

TEST_F(SpellCheckerTest, AcceptsTheSpecialtyAndTheMatch)
{
    for (const char *word : {"otolaryngology",
                             "Otolaryngology",
                             "otolaryngologic",
                             "rhinosinusitis",
                             "laryngology",
                             "neurotology",
                             "tympanoplasty",
                             "septoplasty",
                             "sialendoscopy",
                             "NRMP",
                             "PGY",
                             "ERAS",
                             "ECFMG",
                             "USMLE",
                             "AAO-HNSF",
                             "MBBS",
                             "MD",
                             "DO",
                             "OPDO",
                             "subinternship"})
        EXPECT_TRUE(checker().isCorrect(QString::fromUtf8(word))) << word;
}

TEST_F(SpellCheckerTest, TheWordListAloneCoversTheSpecialtyWithoutTheMedicalDictionary)
{
    QTemporaryDir dir;
    SpellChecker::Paths paths = pathsIn(dir);
    paths.extraDictionaries.clear();
    SpellChecker plain(paths);
    ASSERT_TRUE(plain.isAvailable());
    for (const char *word : {"otolaryngology", "rhinosinusitis", "laryngology", "thyroidectomy",
                             "parotidectomy", "NRMP", "PGY", "ERAS"})
        EXPECT_TRUE(plain.isCorrect(QString::fromUtf8(word))) << word;
}

TEST_F(SpellCheckerTest, RejectsMisspellingsAndSuggestsTheWord)
{
    EXPECT_FALSE(checker().isCorrect(QStringLiteral("otolaryngolgy")));
    EXPECT_TRUE(checker()
                    .suggestions(QStringLiteral("otolaryngolgy"))
                    .contains(QStringLiteral("otolaryngology")));
    const QStringList receive = checker().suggestions(QStringLiteral("recieve"));
    ASSERT_FALSE(receive.isEmpty());
    EXPECT_EQ(receive.first(), QStringLiteral("receive"));
    EXPECT_LE(checker().suggestions(QStringLiteral("recieve"), 1).size(), 1);
    EXPECT_TRUE(checker().suggestions(QStringLiteral("recieve"), 0).isEmpty());
}

TEST_F(SpellCheckerTest, HandlesApostrophes)
{
    for (const char *word :
         {"applicant's", "don't", "Don't", "applicant\u2019s", "NRMP's", "program's"})
        EXPECT_TRUE(checker().isCorrect(QString::fromUtf8(word))) << word;
    EXPECT_FALSE(checker().isCorrect(QStringLiteral("applicnat's")));
    EXPECT_FALSE(checker().isCorrect(QStringLiteral("dont's")));
    // The writer's curly apostrophe comes back in the suggestions.
    EXPECT_TRUE(checker()
                    .suggestions(QStringLiteral("applicnat\u2019s"))
                    .contains(QStringLiteral("applicant\u2019s")));
}

TEST_F(SpellCheckerTest, ChecksEachPartOfAHyphenatedWord)
{
    for (const char *word : {"well-known", "pre-interview", "post-interview", "non-US", "co-author",
                             "PGY-1", "J-1", "H-1B", "e-mail"})
        EXPECT_TRUE(checker().isCorrect(QString::fromUtf8(word))) << word;
    EXPECT_FALSE(checker().isCorrect(QStringLiteral("well-knwon")));
    EXPECT_EQ(misspelt(QStringLiteral("a well-knwon fact")), Words{"knwon"});
    EXPECT_EQ(misspelt(QStringLiteral("a wel-knwon fact")), (Words{"wel", "knwon"}));
}

TEST_F(SpellCheckerTest, AcceptsShortAbbreviationsButChecksLongCapitals)
{
    for (const char *word : {"UCSF", "OHSU", "UPMC", "PDs", "IMGs", "PGYs", "OTOLARYNGOLOGY"})
        EXPECT_TRUE(checker().isCorrect(QString::fromUtf8(word))) << word;
    EXPECT_FALSE(checker().isCorrect(QStringLiteral("RECIEVE")));
}

TEST_F(SpellCheckerTest, SkipsNumbersAndWordsWithDigits)
{
    for (const char *word : {"2026", "PGY1", "2nd", "x"})
        EXPECT_TRUE(checker().isCorrect(QString::fromUtf8(word))) << word;
}

TEST_F(SpellCheckerTest, FindsTheMisspeltWordsOfALineButNotPlaceholdersOrAddresses)
{
    EXPECT_EQ(misspelt(QStringLiteral("Dear {{contact.salutaton}}, I recieve mail at "
                                      "amina.rahmn@example.org and https://exmaple.org/recieve.")),
              Words{"recieve"});
    EXPECT_EQ(misspelt(QStringLiteral("I am greatful for teh interview.")),
              (Words{"greatful", "teh"}));
    EXPECT_EQ(misspelt(QStringLiteral("Thank you for the interview at UCSF.")), Words{});
}

TEST_F(SpellCheckerTest, AcceptsKnownWordsGivenInLowerCase)
{
    const QString line = QStringLiteral("Dear Dr. Okonkwo, and Okonkwo's team");
    EXPECT_EQ(misspelt(line), (Words{"Okonkwo", "Okonkwo's"}));
    EXPECT_EQ(misspelt(line, {QStringLiteral("okonkwo")}), Words{});
}

TEST(SpellCheckerUserWords, AddedWordsPersistInTheAppDataFolder)
{
    QTemporaryDir data;
    const QByteArray oldXdg = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", data.path().toUtf8());
    const SpellChecker::Paths paths = SpellChecker::defaultPaths();
    EXPECT_TRUE(paths.userWords.startsWith(data.path())) << paths.userWords.toStdString();
    EXPECT_TRUE(paths.userWords.endsWith(QStringLiteral("/user-words.txt")));
    {
        SpellChecker first(paths);
        EXPECT_FALSE(first.isCorrect(QStringLiteral("Okonkwo")));
        ASSERT_TRUE(first.addToUserDictionary(QStringLiteral("Okonkwo")).ok());
        EXPECT_TRUE(first.isCorrect(QStringLiteral("Okonkwo")));
        EXPECT_TRUE(first.isCorrect(QStringLiteral("Okonkwo's")));
        // Adding again does not write the word twice.
        ASSERT_TRUE(first.addToUserDictionary(QStringLiteral("Okonkwo")).ok());
    }
    SpellChecker second(SpellChecker::defaultPaths());
    EXPECT_TRUE(second.isCorrect(QStringLiteral("Okonkwo")));
    QFile file(paths.userWords);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("Okonkwo\n"));
    if (oldXdg.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", oldXdg);
}

TEST(SpellCheckerUserWords, IgnoredWordsLastOnlyForTheSession)
{
    QTemporaryDir dir;
    SpellChecker::Paths paths = SpellChecker::defaultPaths();
    paths.userWords = dir.filePath(QStringLiteral("user-words.txt"));
    {
        SpellChecker first(paths);
        first.ignoreForSession(QStringLiteral("Adeyemi"));
        EXPECT_TRUE(first.isCorrect(QStringLiteral("Adeyemi")));
    }
    SpellChecker second(paths);
    EXPECT_FALSE(second.isCorrect(QStringLiteral("Adeyemi")));
    EXPECT_FALSE(QFile::exists(paths.userWords));
}

TEST(SpellCheckerUserWords, AnUnwritableListIsAnErrorButTheWordIsAccepted)
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    SpellChecker::Paths paths = SpellChecker::defaultPaths();
    paths.userWords = dir.filePath(QStringLiteral("not-a-folder/user-words.txt"));
    SpellChecker checker(paths);
    const auto added = checker.addToUserDictionary(QStringLiteral("Adeyemi"));
    ASSERT_FALSE(added.ok());
    EXPECT_TRUE(added.errorMessage().contains(QStringLiteral("Adeyemi")))
        << added.errorMessage().toStdString();
    EXPECT_TRUE(checker.isCorrect(QStringLiteral("Adeyemi")));
    EXPECT_FALSE(checker.addToUserDictionary(QStringLiteral("two words")).ok());
}

TEST(SpellCheckerMissing, AMissingDictionaryLeavesTheCheckerUnavailableAndSaysWhy)
{
    QTemporaryDir dir;
    SpellChecker::Paths paths = SpellChecker::defaultPaths();
    paths.dictionary = dir.filePath(QStringLiteral("en_US.dic"));
    paths.userWords = dir.filePath(QStringLiteral("user-words.txt"));
    SpellChecker checker(paths);
    EXPECT_FALSE(checker.isAvailable());
    EXPECT_TRUE(checker.errorMessage().contains(QDir::toNativeSeparators(paths.dictionary)))
        << checker.errorMessage().toStdString();
    EXPECT_TRUE(checker.errorMessage().contains(QStringLiteral("hunspell-en-us")));
    // Nothing is underlined rather than everything.
    EXPECT_TRUE(checker.isCorrect(QStringLiteral("recieve")));
    EXPECT_TRUE(checker.misspellings(u"I recieve").isEmpty());
    EXPECT_TRUE(checker.suggestions(QStringLiteral("recieve")).isEmpty());
}
