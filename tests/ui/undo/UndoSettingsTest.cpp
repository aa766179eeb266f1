// Undo and redo of settings, quotas and templates: values without a
// revision, written back whole, and asked about when changed elsewhere.

#include "UndoFixture.h"

#include "compose/TemplateLibrary.h"
#include "pages/SettingsPage.h"
#include "pages/TemplatesPage.h"
#include "storage/ProfileRepository.h"
#include "storage/QuotaRepository.h"
#include "widgets/QuotaSettings.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QUndoStack>

namespace rapport::test {
namespace {

class UndoSettingsTest : public UndoFixture
{
protected:
    template <typename T> T *child(QWidget *page, const char *name)
    {
        T *found = page->findChild<T *>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
    void setText(QWidget *page, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(page, name);
        ASSERT_NE(edit, nullptr);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    void click(QWidget *page, const char *name)
    {
        auto *button = child<QPushButton>(page, name);
        ASSERT_NE(button, nullptr);
        QTest::mouseClick(button, Qt::LeftButton);
        settle();
    }
};

TEST_F(UndoSettingsTest, AProfileSaveIsUndoneAndRedone)
{
    window->showPage(ui::MainWindow::SettingsIndex);
    auto *page = window->settingsPage();
    const QString before = dump();
    const QString name = core::ProfileRepository(session().db()).profile()->name;
    setText(page, "profileName", QStringLiteral("Someone Else"));
    click(page, "profileSave");
    const QString after = dump();
    ASSERT_NE(after, before);
    EXPECT_EQ(undoText(), QStringLiteral("Undo Edit Profile"));

    undo();
    EXPECT_EQ(dump(), before);
    EXPECT_EQ(child<QLineEdit>(page, "profileName")->text(), name);
    redo();
    EXPECT_EQ(dump(), after);
    EXPECT_EQ(child<QLineEdit>(page, "profileName")->text(), QStringLiteral("Someone Else"));
}

TEST_F(UndoSettingsTest, AProfileChangedElsewhereIsAskedAboutBeforeItIsReplaced)
{
    auto *page = window->settingsPage();
    setText(page, "profileName", QStringLiteral("Mine"));
    click(page, "profileSave");
    core::ApplicantProfile theirs = core::ProfileRepository(other()).profile().value();
    theirs.phone = QStringLiteral("+1 555 0100");
    ASSERT_TRUE(core::ProfileRepository(other()).saveProfile(theirs).ok());
    settle();
    const QString withTheirs = dump();

    prompter.goAheadAnswer = false;
    undo();
    ASSERT_EQ(prompter.questions.size(), 1);
    EXPECT_TRUE(prompter.questions.first().contains(QStringLiteral("Edit Profile")))
        << prompter.questions.first().toStdString();
    EXPECT_EQ(dump(), withTheirs);
    EXPECT_EQ(stack().index(), 1) << "still there to undo";

    prompter.goAheadAnswer = true;
    undo();
    EXPECT_EQ(stack().index(), 0);
    EXPECT_NE(core::ProfileRepository(session().db()).profile()->name, QStringLiteral("Mine"));
}

TEST_F(UndoSettingsTest, SeasonDatesAreUndoneAndRedone)
{
    auto *page = window->settingsPage();
    const QString before = dump();
    const core::Season season = session().snapshot().season;
    auto *deadline = child<QDateEdit>(page, "seasonRankListDeadline");
    deadline->setDate(season.matchDay.addDays(-30));
    click(page, "seasonSave");
    const QString after = dump();
    ASSERT_NE(after, before);
    EXPECT_EQ(undoText(), QStringLiteral("Undo Edit Season Dates"));
    undo();
    EXPECT_EQ(dump(), before);
    EXPECT_EQ(session().snapshot().season.rankListDeadline, season.rankListDeadline);
    EXPECT_EQ(deadline->date(), season.rankListDeadline);
    redo();
    EXPECT_EQ(dump(), after);
}

TEST_F(UndoSettingsTest, QuotaDefaultsAndOverridesAreUndoneAndRedone)
{
    auto *page = window->settingsPage();
    const QString before = dump();
    setText(page, "quota_pre_interview_maximum", QStringLiteral("5"));
    click(page, "quotaSave");
    const QString defaults = dump();
    ASSERT_NE(defaults, before);
    EXPECT_EQ(undoText(), QStringLiteral("Undo Edit Quota Defaults"));

    const core::Program program = session().snapshot().programs.at(1);
    page->quotas()->selectProgram(program.id);
    setText(page, "override_thank_you_maximum", QStringLiteral("3"));
    click(page, "overrideSave");
    const QString overridden = dump();
    EXPECT_EQ(undoText(), QStringLiteral("Undo Edit Quotas of %1").arg(program.name));
    EXPECT_EQ(session().snapshot().quota.effective(program.id, QStringLiteral("thank_you")).maximum,
              3);

    undo();
    EXPECT_EQ(dump(), defaults);
    EXPECT_FALSE(session()
                     .snapshot()
                     .quota.overrides.value(program.id)
                     .contains(QStringLiteral("thank_you")));
    undo();
    EXPECT_EQ(dump(), before);
    redo();
    redo();
    EXPECT_EQ(dump(), overridden);
}

TEST_F(UndoSettingsTest, TemplateEditsAreUndoneAndRedone)
{
    window->showPage(ui::MainWindow::TemplatesIndex);
    auto *page = window->templatesPage();
    const QString before = dump();
    const QString shipped = session().templates().get(QStringLiteral("thank-you"))->body;
    page->selectTemplate(QStringLiteral("thank-you"));
    auto *body = child<QPlainTextEdit>(page, "templateBody");
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" P.S. See you soon."));
    click(page, "templateSave");
    EXPECT_EQ(undoText(), QStringLiteral("Undo Edit Template thank-you"));
    const QString edited = session().templates().get(QStringLiteral("thank-you"))->body;
    ASSERT_NE(edited, shipped);

    undo();
    EXPECT_EQ(dump(), before);
    EXPECT_FALSE(session().templates().get(QStringLiteral("thank-you"))->modified);
    EXPECT_EQ(body->toPlainText(), shipped) << "the editor shows the template undone";
    redo();
    EXPECT_EQ(session().templates().get(QStringLiteral("thank-you"))->body, edited);

    // A template of the user's own, deleted and brought back.
    click(page, "templateNew");
    auto *name = child<QLineEdit>(page, "templateName");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("follow-up"));
    click(page, "templateSave");
    const core::Template made = session().templates().get(QStringLiteral("follow-up")).value();
    click(page, "templateDelete");
    EXPECT_EQ(undoText(), QStringLiteral("Undo Delete Template follow-up"));
    ASSERT_FALSE(session().templates().get(QStringLiteral("follow-up")).ok());
    undo();
    auto back = session().templates().get(QStringLiteral("follow-up"));
    ASSERT_TRUE(back.ok()) << back.errorMessage().toStdString();
    EXPECT_EQ(back->body, made.body);
    EXPECT_EQ(back->title, made.title);
    undo(); // the new template
    EXPECT_FALSE(session().templates().get(QStringLiteral("follow-up")).ok());
    undo(); // the edit of the built-in
    EXPECT_EQ(dump(), before);
}

} // namespace
} // namespace rapport::test
