// Closing the window (or the season, for another) asks about every edit
// that would go with it: an open compose or entry window, edited Details,
// Templates and each Settings form; and the Settings forms keep what is
// typed in them when something else is saved or another item is chosen.

#include "UiFixture.h"

#include "MainWindow.h"
#include "dialogs/CommunicationDialog.h"
#include "dialogs/ComposeDialog.h"
#include "pages/ProgramDetailsTab.h"
#include "pages/ProgramsPage.h"
#include "pages/SettingsPage.h"
#include "rules/RuleData.h"
#include "storage/CommunicationRepository.h"
#include "storage/ProfileRepository.h"
#include "widgets/PhraseListEditor.h"
#include "widgets/QuotaSettings.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTabWidget>

namespace rapport::test {
namespace {

using ui::UnsavedChoice;

class CloseSeasonEditsTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        QFile::remove(core::RuleData::defaultUserFilePath());
        ASSERT_TRUE(session().reloadRules().ok());
        loadDemo();
        window = std::make_unique<ui::MainWindow>(session(), prompter);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override
    {
        window.reset();
        QFile::remove(core::RuleData::defaultUserFilePath());
        UiFixture::TearDown();
    }

    template <typename T> T *child(QObject *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
    void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    int drafts(qint64 programId)
    {
        int n = 0;
        for (const core::Communication &c : session().snapshot().communications)
            n += c.programId == programId && c.state == core::CommState::Draft;
        return n;
    }
    ui::SettingsPage *settings()
    {
        window->showPage(ui::MainWindow::SettingsIndex);
        return window->settingsPage();
    }

    std::unique_ptr<ui::MainWindow> window;
};

TEST_F(CloseSeasonEditsTest, AnOpenComposeWithTextIsAskedAboutAndCancelKeepsBothWindows)
{
    const qint64 programId = session().snapshot().programs.first().id;
    const int before = drafts(programId);
    QPointer<ui::ComposeDialog> compose = window->compose(programId, 0, QString(), 0);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(compose.data()));
    QTest::keyClicks(child<QPlainTextEdit>(compose.data(), "body"), QStringLiteral(" A line."));

    prompter.unsavedAnswer = UnsavedChoice::Cancel;
    EXPECT_FALSE(window->close());
    ASSERT_EQ(prompter.unsavedQuestions.size(), 1);
    EXPECT_TRUE(prompter.unsavedQuestions.first().contains(QStringLiteral("draft")))
        << prompter.unsavedQuestions.first().toStdString();
    EXPECT_TRUE(window->isVisible());
    ASSERT_TRUE(compose);
    EXPECT_TRUE(compose->isVisible());

    prompter.unsavedAnswer = UnsavedChoice::Save;
    EXPECT_TRUE(window->close());
    settle();
    EXPECT_EQ(drafts(programId), before + 1) << "Save draft kept the message";
    EXPECT_EQ(prompter.unsavedQuestions.size(), 2) << "the main window had nothing more to ask";
}

TEST_F(CloseSeasonEditsTest, ClosingTheWindowWithEditedDetailsAsksAndEachAnswerDoesWhatItSays)
{
    const core::Program program = session().snapshot().programs.first();
    window->showPage(ui::MainWindow::ProgramsIndex);
    ui::ProgramsPage *page = window->programsPage();
    page->selectProgram(program.id);
    page->tabs()->setCurrentIndex(ui::ProgramsPage::DetailsTab);
    type(child<QLineEdit>(page, "detailsInstitution"), QStringLiteral("Edited Health"));
    ASSERT_TRUE(page->detailsTab()->isDirty());

    prompter.unsavedAnswer = UnsavedChoice::Cancel;
    EXPECT_FALSE(window->close());
    ASSERT_EQ(prompter.unsavedQuestions.size(), 1);
    EXPECT_TRUE(prompter.unsavedQuestions.first().contains(QStringLiteral("Programs")))
        << prompter.unsavedQuestions.first().toStdString();
    EXPECT_TRUE(window->isVisible());
    EXPECT_TRUE(page->detailsTab()->isDirty()) << "Cancel keeps what was typed";

    prompter.unsavedAnswer = UnsavedChoice::Save;
    EXPECT_TRUE(window->close());
    settle();
    EXPECT_EQ(session().program(program.id)->institution, QStringLiteral("Edited Health"));
}

TEST_F(CloseSeasonEditsTest, AnEditedEntryWindowDiscardedKeepsTheStoredEntry)
{
    const core::Communication c = session().snapshot().communications.first();
    window->openCommunication(c.id);
    auto *entry = window->findChild<ui::CommunicationDialog *>();
    ASSERT_NE(entry, nullptr);
    type(child<QLineEdit>(entry, "subject"), QStringLiteral("Never saved"));

    prompter.unsavedAnswer = UnsavedChoice::Discard;
    EXPECT_TRUE(window->close());
    EXPECT_EQ(prompter.unsavedQuestions.size(), 1);
    EXPECT_EQ(core::CommunicationRepository(session().db()).get(c.id)->subject, c.subject);
}

TEST_F(CloseSeasonEditsTest, AnUneditedComposeClosesWithoutAQuestion)
{
    QPointer<ui::ComposeDialog> compose =
        window->compose(session().snapshot().programs.first().id, 0, QString(), 0);
    EXPECT_TRUE(window->close());
    EXPECT_TRUE(prompter.unsavedQuestions.isEmpty());
    EXPECT_TRUE(!compose || !compose->isVisible());
}

TEST_F(CloseSeasonEditsTest, AnEditedProfileIsAskedAboutAndSaved)
{
    ui::SettingsPage *page = settings();
    type(child<QLineEdit>(page, "profileName"), QStringLiteral("Amara Okafor-Reyes"));
    ASSERT_TRUE(page->hasUnsavedEdits());

    prompter.unsavedAnswer = UnsavedChoice::Cancel;
    EXPECT_FALSE(window->close());
    ASSERT_EQ(prompter.unsavedQuestions.size(), 1);
    EXPECT_TRUE(prompter.unsavedQuestions.first().contains(QStringLiteral("Settings")))
        << prompter.unsavedQuestions.first().toStdString();

    prompter.unsavedAnswer = UnsavedChoice::Save;
    EXPECT_TRUE(window->close());
    auto stored = core::ProfileRepository(session().db()).profile();
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->name, QStringLiteral("Amara Okafor-Reyes"));
}

TEST_F(CloseSeasonEditsTest, AFormThatRefusesToSaveKeepsTheWindowOpenOnIt)
{
    ui::SettingsPage *page = settings();
    type(child<QLineEdit>(page, "profileEmail"), QStringLiteral("not an address"));
    page->tabs()->setCurrentIndex(2);
    const QString stored = core::ProfileRepository(session().db()).profile()->email;

    prompter.unsavedAnswer = UnsavedChoice::Save;
    EXPECT_FALSE(window->close());
    EXPECT_TRUE(window->isVisible());
    EXPECT_EQ(window->currentPage(), ui::MainWindow::SettingsIndex);
    EXPECT_EQ(page->tabs()->currentIndex(), 0) << "the profile, with its reason, is in front";
    EXPECT_EQ(core::ProfileRepository(session().db()).profile()->email, stored);

    prompter.unsavedAnswer = UnsavedChoice::Discard;
    EXPECT_TRUE(window->close());
}

TEST_F(CloseSeasonEditsTest, TypedLimitsSurviveASaveElsewhere)
{
    ui::SettingsPage *page = settings();
    page->tabs()->setCurrentIndex(2);
    type(child<QLineEdit>(page, "quota_thank_you_maximum"), QStringLiteral("1"));
    ASSERT_TRUE(page->quotas()->isDirty());

    ASSERT_TRUE(session().reload().ok()); // as any save in another window does
    settle();
    EXPECT_EQ(child<QLineEdit>(page, "quota_thank_you_maximum")->text(), QStringLiteral("1"));
}

TEST_F(CloseSeasonEditsTest, ChoosingAnotherProgramWithTypedLimitsAsksAndSavesTheFirstOnes)
{
    ui::SettingsPage *page = settings();
    page->tabs()->setCurrentIndex(2);
    const qint64 first = session().snapshot().programs.at(0).id;
    const qint64 second = session().snapshot().programs.at(1).id;
    page->quotas()->selectProgram(first);
    type(child<QLineEdit>(page, "override_pre_interview_maximum"), QStringLiteral("7"));
    auto *program = child<QComboBox>(page, "quotaProgram");

    prompter.unsavedAnswer = UnsavedChoice::Cancel;
    program->setCurrentIndex(program->findData(second));
    ASSERT_EQ(prompter.unsavedQuestions.size(), 1);
    EXPECT_EQ(program->currentData().toLongLong(), first);
    EXPECT_EQ(child<QLineEdit>(page, "override_pre_interview_maximum")->text(),
              QStringLiteral("7"));

    prompter.unsavedAnswer = UnsavedChoice::Save;
    program->setCurrentIndex(program->findData(second));
    settle();
    EXPECT_EQ(program->currentData().toLongLong(), second);
    const core::QuotaPolicy &quota = session().snapshot().quota;
    EXPECT_EQ(quota.effective(first, QStringLiteral("pre_interview")).maximum, 7)
        << "saved for the program they were typed for";
    EXPECT_FALSE(quota.overrides.value(second).contains(QStringLiteral("pre_interview")));
}

TEST_F(CloseSeasonEditsTest, ChoosingAnotherRuleWithEditedPhrasesAsks)
{
    ui::SettingsPage *page = settings();
    page->tabs()->setCurrentIndex(3);
    ui::PhraseListEditor *editor = page->phrases();
    const QStringList rules = editor->ruleIds();
    ASSERT_GE(rules.size(), 2);
    editor->selectRule(rules.at(0));
    auto *text = child<QPlainTextEdit>(editor, "phraseText");
    text->moveCursor(QTextCursor::End);
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("something new"));
    ASSERT_TRUE(editor->isDirty());

    prompter.unsavedAnswer = UnsavedChoice::Cancel;
    editor->selectRule(rules.at(1));
    ASSERT_EQ(prompter.unsavedQuestions.size(), 1);
    EXPECT_EQ(editor->currentRule(), rules.at(0));
    EXPECT_TRUE(text->toPlainText().endsWith(QStringLiteral("something new")));

    prompter.unsavedAnswer = UnsavedChoice::Discard;
    editor->selectRule(rules.at(1));
    EXPECT_EQ(editor->currentRule(), rules.at(1));
    EXPECT_FALSE(editor->isDirty());
    EXPECT_FALSE(text->toPlainText().contains(QStringLiteral("something new")));
}

} // namespace
} // namespace rapport::test
