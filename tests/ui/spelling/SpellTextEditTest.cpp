#include "compose/ComposeFixture.h"

#include "dialogs/CommunicationDialog.h"
#include "dialogs/ComposeDialog.h"
#include "widgets/SpellHighlighter.h"
#include "widgets/SpellTextEdit.h"

#include "spelling/SpellChecker.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>

#include <memory>

using rapport::core::Direction;
using rapport::core::SpellChecker;
using rapport::test::ComposeFixture;
using rapport::ui::ComposeDialog;
using rapport::ui::SpellTextEdit;

namespace {

// Every stretch of the editor's text drawn with the misspelling underline.
QStringList underlined(const QPlainTextEdit &edit)
{
    QStringList out;
    for (QTextBlock block = edit.document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                out << block.text().mid(range.start, range.length);
        }
    }
    return out;
}

// The viewport point over the middle of the first occurrence of word.
QPoint pointOver(const QPlainTextEdit &edit, const QString &word)
{
    const int at = edit.toPlainText().indexOf(word);
    EXPECT_GE(at, 0) << word.toStdString();
    QTextCursor cursor(edit.document());
    cursor.setPosition(at + int(word.size()) / 2);
    return edit.cursorRect(cursor).center();
}

QAction *actionNamed(const QMenu &menu, const QString &name)
{
    for (QAction *action : menu.actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

QString userWordsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/user-words.txt");
}

} // namespace

class SpellTextEditTest : public ComposeFixture
{
protected:
    void SetUp() override
    {
        ComposeFixture::SetUp();
        ASSERT_TRUE(rapport::ui::sharedSpellChecker().isAvailable())
            << rapport::ui::sharedSpellChecker().errorMessage().toStdString();
        dialog = std::make_unique<ComposeDialog>(session(), prompter);
        body = child<SpellTextEdit>(*dialog, "body");
        ASSERT_NE(body, nullptr);
    }

    std::unique_ptr<ComposeDialog> dialog;
    SpellTextEdit *body = nullptr;
};

TEST_F(SpellTextEditTest, TypingAMisspeltWordInTheComposeBodyUnderlinesIt)
{
    QTest::keyClicks(body, "Thank you, I will recieve the otolaryngology schedule.");
    EXPECT_EQ(underlined(*body), QStringList{QStringLiteral("recieve")});
    const auto format = rapport::ui::SpellHighlighter::misspeltFormat();
    EXPECT_EQ(format.underlineColor(), QColor(0xd7, 0x26, 0x26));
}

TEST_F(SpellTextEditTest, LeavesPlaceholdersAddressesLinksAndNamesAlone)
{
    QTest::keyClicks(body, "Dear {{contact.salutaton}},");
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, "Write to amina.rahmn@example.org or see https://exmaple.org/recieve.");
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, "Dr. Lopez, the NRMP and ERAS, a PGY-1 spot. Amina Rahman, MBBS");
    ASSERT_EQ(body->blockCount(), 3);
    EXPECT_EQ(underlined(*body), QStringList());
}

TEST_F(SpellTextEditTest, NamesAddedToTheSeasonAreKnownInTheNextEditor)
{
    QTest::keyClicks(body, "Dr. Zanzibarova");
    EXPECT_EQ(underlined(*body), QStringList{QStringLiteral("Zanzibarova")});
    ASSERT_TRUE(rapport::core::ContactRepository(session().db())
                    .add(rapport::test::ContactBuilder(programId).name(
                        QStringLiteral("Ilse"), QStringLiteral("Zanzibarova")))
                    .ok());
    ASSERT_TRUE(session().reloadNow().ok());
    ComposeDialog next(session(), prompter);
    auto *nextBody = child<SpellTextEdit>(next, "body");
    QTest::keyClicks(nextBody, "Dr. Zanzibarova");
    EXPECT_EQ(underlined(*nextBody), QStringList());
}

TEST_F(SpellTextEditTest, TheContextMenuOffersSuggestionsFirstAndReplacesInOneUndoStep)
{
    QTest::keyClicks(body, "I will recieve it.");
    std::unique_ptr<QMenu> menu(body->createSpellingMenu(pointOver(*body, "recieve")));
    const QList<QAction *> actions = menu->actions();
    ASSERT_GE(actions.size(), 4);
    EXPECT_EQ(actions.first()->objectName(), QStringLiteral("spellingSuggestion"));
    EXPECT_EQ(actions.first()->text(), QStringLiteral("receive"));
    EXPECT_NE(actionNamed(*menu, QStringLiteral("spellingAdd")), nullptr);
    EXPECT_NE(actionNamed(*menu, QStringLiteral("spellingIgnore")), nullptr);
    // The usual editing actions are still there, below.
    EXPECT_TRUE(std::any_of(actions.cbegin(), actions.cend(), [](const QAction *a) {
        return a->objectName() == QStringLiteral("edit-undo");
    }));

    actions.first()->trigger();
    EXPECT_EQ(body->toPlainText(), QStringLiteral("I will receive it."));
    EXPECT_EQ(underlined(*body), QStringList());
    body->undo();
    EXPECT_EQ(body->toPlainText(), QStringLiteral("I will recieve it."));
}

TEST_F(SpellTextEditTest, ACorrectWordGetsTheStandardMenuOnly)
{
    QTest::keyClicks(body, "I will receive it.");
    std::unique_ptr<QMenu> menu(body->createSpellingMenu(pointOver(*body, "receive")));
    EXPECT_EQ(actionNamed(*menu, QStringLiteral("spellingAdd")), nullptr);
    EXPECT_EQ(menu->actions().first()->objectName(), QStringLiteral("edit-undo"));
}

TEST_F(SpellTextEditTest, OnlyTheWrongPartOfAHyphenatedWordIsOffered)
{
    QTest::keyClicks(body, "a well-knwon fact");
    EXPECT_EQ(underlined(*body), QStringList{QStringLiteral("knwon")});
    std::unique_ptr<QMenu> menu(body->createSpellingMenu(pointOver(*body, "knwon")));
    QAction *add = actionNamed(*menu, QStringLiteral("spellingAdd"));
    ASSERT_NE(add, nullptr);
    EXPECT_TRUE(add->text().contains(QStringLiteral("\u201cknwon\u201d")));
}

TEST_F(SpellTextEditTest, AddingToTheDictionaryRemovesTheUnderlineEverywhereAndIsKept)
{
    rapport::ui::CommunicationDialog entry(session(), prompter, 0, nullptr, programId);
    auto *entryBody = child<SpellTextEdit>(entry, "body");
    ASSERT_NE(entryBody, nullptr);
    child<QComboBox>(entry, "direction")
        ->setCurrentIndex(
            child<QComboBox>(entry, "direction")->findData(static_cast<int>(Direction::Outgoing)));
    QTest::keyClicks(entryBody, "Met Dr. Quenzlerby today.");
    QTest::keyClicks(body, "Dear Dr. Quenzlerby,");
    ASSERT_EQ(underlined(*body), QStringList{QStringLiteral("Quenzlerby")});
    ASSERT_EQ(underlined(*entryBody), QStringList{QStringLiteral("Quenzlerby")});

    std::unique_ptr<QMenu> menu(body->createSpellingMenu(pointOver(*body, "Quenzlerby")));
    QAction *add = actionNamed(*menu, QStringLiteral("spellingAdd"));
    ASSERT_NE(add, nullptr);
    EXPECT_EQ(add->text(), QString::fromUtf8("Add \u201cQuenzlerby\u201d to Dictionary"));
    add->trigger();

    EXPECT_EQ(underlined(*body), QStringList());
    EXPECT_EQ(underlined(*entryBody), QStringList());
    EXPECT_TRUE(prompter.errors.isEmpty()) << prompter.errors.join('\n').toStdString();
    QFile words(userWordsFile());
    ASSERT_TRUE(words.open(QIODevice::ReadOnly)) << userWordsFile().toStdString();
    EXPECT_TRUE(words.readAll().split('\n').contains("Quenzlerby"));
    SpellChecker::Paths paths = SpellChecker::defaultPaths();
    EXPECT_TRUE(SpellChecker(paths).isCorrect(QStringLiteral("Quenzlerby")));
}

TEST_F(SpellTextEditTest, IgnoringAWordLastsForTheSessionOnly)
{
    QTest::keyClicks(body, "Dear Dr. Vorthagen,");
    ASSERT_EQ(underlined(*body), QStringList{QStringLiteral("Vorthagen")});
    std::unique_ptr<QMenu> menu(body->createSpellingMenu(pointOver(*body, "Vorthagen")));
    QAction *ignore = actionNamed(*menu, QStringLiteral("spellingIgnore"));
    ASSERT_NE(ignore, nullptr);
    ignore->trigger();
    EXPECT_EQ(underlined(*body), QStringList());
    QFile words(userWordsFile());
    if (words.open(QIODevice::ReadOnly)) {
        EXPECT_FALSE(words.readAll().contains("Vorthagen"));
    }
}

TEST_F(SpellTextEditTest, TheComposeDialogKeepsTrackingEditsWithTheHighlighterOn)
{
    // Highlighting changes formats, not text: the dialog must not think the
    // user edited a template it just filled in.
    dialog->setProgram(programId);
    dialog->setTemplate(QStringLiteral("pre-interview-interest"));
    EXPECT_FALSE(child<QWidget>(*dialog, "refillBar")->isVisibleTo(dialog.get()));
    QSignalSpy changed(body, &QPlainTextEdit::textChanged);
    body->highlighter()->recheck();
    body->setKnownWords({QStringLiteral("lakeside")});
    rapport::ui::SpellHighlighter::rehighlightAll();
    EXPECT_EQ(changed.count(), 0);
    EXPECT_FALSE(child<QWidget>(*dialog, "refillBar")->isVisibleTo(dialog.get()));
}

TEST_F(SpellTextEditTest, WithoutADictionaryNothingIsUnderlinedAndTheTooltipSaysWhy)
{
    QTemporaryDir dir;
    SpellChecker::Paths paths = SpellChecker::defaultPaths();
    paths.affix = dir.filePath(QStringLiteral("en_US.aff"));
    paths.userWords = dir.filePath(QStringLiteral("user-words.txt"));
    SpellChecker missing(paths);
    SpellTextEdit edit(missing);
    QTest::keyClicks(&edit, "I will recieve it.");
    EXPECT_EQ(underlined(edit), QStringList());
    EXPECT_TRUE(edit.toolTip().contains(QStringLiteral("hunspell-en-us")))
        << edit.toolTip().toStdString();
    std::unique_ptr<QMenu> menu(edit.createSpellingMenu(pointOver(edit, "recieve")));
    EXPECT_EQ(actionNamed(*menu, QStringLiteral("spellingAdd")), nullptr);
}

TEST_F(SpellTextEditTest, TheEntryEditorChecksOnlyWhatTheUserSent)
{
    rapport::ui::CommunicationDialog entry(session(), prompter, 0, nullptr, programId);
    auto *direction = child<QComboBox>(entry, "direction");
    auto *entryBody = child<SpellTextEdit>(entry, "body");
    ASSERT_NE(entryBody, nullptr);
    direction->setCurrentIndex(direction->findData(static_cast<int>(Direction::Outgoing)));
    QTest::keyClicks(entryBody, "We will recieve you.");
    EXPECT_EQ(underlined(*entryBody), QStringList{QStringLiteral("recieve")});
    direction->setCurrentIndex(direction->findData(static_cast<int>(Direction::Incoming)));
    EXPECT_EQ(underlined(*entryBody), QStringList());
    direction->setCurrentIndex(direction->findData(static_cast<int>(Direction::Outgoing)));
    EXPECT_EQ(underlined(*entryBody), QStringList{QStringLiteral("recieve")});
}

TEST_F(SpellTextEditTest, TheCheckerLoadedAheadIsTheOneEveryEditorUses)
{
    rapport::ui::loadSpellCheckerSoon();
    rapport::core::SpellChecker &shared = rapport::ui::sharedSpellChecker();
    rapport::ui::loadSpellCheckerSoon();
    EXPECT_EQ(&rapport::ui::sharedSpellChecker(), &shared) << "loaded once";
    EXPECT_EQ(&body->highlighter()->checker(), &shared);
    SpellTextEdit another;
    EXPECT_EQ(&another.highlighter()->checker(), &shared);
    EXPECT_FALSE(shared.isCorrect(QStringLiteral("recieve")));
}

TEST(SpellTextEditLoading, AnEditorOpenedBeforeTheDictionariesLoadUnderlinesOnceTheyHave)
{
    SpellTextEdit edit;
    QTest::keyClicks(&edit, "We will recieve you.");
    ASSERT_TRUE(QTest::qWaitFor([&] { return edit.highlighter()->hasChecker(); }, 10000));
    ASSERT_TRUE(edit.highlighter()->checker().isAvailable());
    EXPECT_EQ(underlined(edit), QStringList{QStringLiteral("recieve")});
}
