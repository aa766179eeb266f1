#pragma once

#include "spelling/WordScanner.h"

#include <QSet>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <optional>

namespace rapport::core {
class SpellChecker;
}

namespace rapport::ui {

class Session;

// The application's one spell checker: the dictionaries load once, not per
// editor or keystroke; on first use, or earlier from loadSpellCheckerSoon().
core::SpellChecker &sharedSpellChecker();
// Starts loading the dictionaries on another thread, so that an editor does
// not wait a tenth of a second for them. Once only. They take 10 MB, so
// they load when the first editor opens, not with the window.
void loadSpellCheckerSoon();

// The season's names for SpellHighlighter::setKnownWords(), worked out once
// per reload on the session's worker rather than per editor (a large season
// has tens of thousands of them).
QSet<QString> knownWordsOf(Session &session);

// Underlines misspelt words with a red wavy line. Placeholders, addresses
// and links are left alone (see core::spelling::words()).
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SpellHighlighter(QTextDocument *document, core::SpellChecker &checker);
    // With the shared checker: until it has loaded nothing is underlined,
    // then the whole text is checked and checkerReady() follows.
    explicit SpellHighlighter(QTextDocument *document);
    ~SpellHighlighter() override;
    Q_DISABLE_COPY_MOVE(SpellHighlighter)

    bool hasChecker() const { return m_checker != nullptr; }
    // Only once hasChecker().
    core::SpellChecker &checker() const { return *m_checker; }

    // Words (lower case) that are right in this text: the season's names.
    void setKnownWords(QSet<QString> words);

    // Off for text the user did not write, such as a program's message.
    void setChecking(bool on);
    bool isChecking() const { return m_checking; }

    // The misspelt word under a position in the block (a cursor right
    // after the last letter still counts), if any.
    std::optional<core::spelling::TextRange> misspellingAt(const QTextBlock &block,
                                                           int positionInBlock) const;

    static QTextCharFormat misspeltFormat();

    // Checks the whole text again. Unlike rehighlight(), the editor does
    // not report this as a text change (the compose dialog would take it
    // for the user's edit).
    void recheck();

    // Checks every open editor's text again, after a word was added to the
    // dictionary or ignored.
    static void rehighlightAll();

Q_SIGNALS:
    void checkerReady();

protected:
    void highlightBlock(const QString &text) override;

private:
    friend void loadSpellCheckerSoon();
    static void handOutSharedChecker();

    core::SpellChecker *m_checker = nullptr;
    QSet<QString> m_knownWords;
    bool m_checking = true;
};

} // namespace rapport::ui
