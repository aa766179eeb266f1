#include "UiFixture.h"

#include "compose/TemplateLibrary.h"
#include "models/TemplateListModel.h"
#include "pages/TemplatesPage.h"
#include "widgets/TemplateEditor.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using rapport::test::UiFixture;
using rapport::ui::TemplateListModel;
using rapport::ui::TemplatesPage;
namespace core = rapport::core;

class TemplatesPageTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        page = std::make_unique<TemplatesPage>(session(), prompter);
        page->resize(1300, 800);
        page->show(); // a hidden page reads the season when it is shown
        body = child<QPlainTextEdit>("templateBody");
        save = child<QPushButton>("templateSave");
        problems = child<QListWidget>("templateProblems");
        ASSERT_NE(body, nullptr);
    }
    template <typename T> T *child(const char *name) const
    {
        return page->findChild<T *>(QLatin1String(name));
    }
    const core::Template *stored(const QString &name) const
    {
        return page->model()->templateAt(page->model()->indexOf(name));
    }
    QStringList problemTexts() const
    {
        QStringList out;
        for (int i = 0; i < problems->count(); ++i)
            out << problems->item(i)->text();
        return out;
    }

    std::unique_ptr<TemplatesPage> page;
    QPlainTextEdit *body = nullptr;
    QPushButton *save = nullptr;
    QListWidget *problems = nullptr;
};

TEST_F(TemplatesPageTest, ListModelPassesTheTesterAndMarksOrigins)
{
    TemplateListModel model(session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), session().templates().builtIns().size());
    const QModelIndex thanks =
        model.indexOf(QStringLiteral("thank-you"), TemplateListModel::OriginColumn);
    ASSERT_TRUE(thanks.isValid());
    EXPECT_EQ(thanks.data().toString(), QStringLiteral("Built-in"));
    EXPECT_EQ(model.templateAt(thanks)->name, QStringLiteral("thank-you"));

    core::Template own;
    own.name = QStringLiteral("my-own");
    own.title = QStringLiteral("Mine");
    own.body = QStringLiteral("Hello {{program.name}}");
    ASSERT_TRUE(session().templates().save(own).ok());
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_EQ(
        model.indexOf(QStringLiteral("my-own"), TemplateListModel::OriginColumn).data().toString(),
        QStringLiteral("Yours"));
}

TEST_F(TemplatesPageTest, UnknownPlaceholderIsShownWithItsLineAndBlocksSave)
{
    page->selectTemplate(QStringLiteral("thank-you"));
    ASSERT_EQ(page->editor()->loadedName(), QStringLiteral("thank-you"));
    EXPECT_FALSE(save->isEnabled()) << "nothing edited yet";

    body->setPlainText(QStringLiteral("{{contact.salutation}}\n\nFirst line.\nThank you, "));
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral("{{progam.name}}"));
    ASSERT_EQ(problems->count(), 1);
    EXPECT_TRUE(
        problemTexts().first().startsWith(QStringLiteral("body line 4: unknown placeholder")))
        << problemTexts().first().toStdString();
    EXPECT_FALSE(save->isEnabled());
    // The span is underlined in the text.
    const auto marks = body->extraSelections();
    ASSERT_EQ(marks.size(), 1);
    EXPECT_EQ(marks.first().cursor.selectedText(), QStringLiteral("{{progam.name}}"));

    // Fixing the typo enables Save.
    QTextCursor cursor = body->document()->find(QStringLiteral("progam"));
    cursor.insertText(QStringLiteral("program"));
    EXPECT_EQ(problems->count(), 0);
    EXPECT_TRUE(body->extraSelections().isEmpty());
    EXPECT_TRUE(save->isEnabled());
}

TEST_F(TemplatesPageTest, SavingABuiltInMarksItEditedAndResetRestoresIt)
{
    page->selectTemplate(QStringLiteral("thank-you"));
    const QString shipped = body->toPlainText();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("P.S. {{program.city}} was lovely."));
    QTest::mouseClick(save, Qt::LeftButton);
    settle();
    ASSERT_TRUE(prompter.errors.isEmpty()) << prompter.errors.join(QLatin1Char('\n')).toStdString();
    ASSERT_NE(stored(QStringLiteral("thank-you")), nullptr);
    EXPECT_TRUE(stored(QStringLiteral("thank-you"))->modified);
    EXPECT_EQ(page->model()
                  ->indexOf(QStringLiteral("thank-you"), TemplateListModel::OriginColumn)
                  .data()
                  .toString(),
              QStringLiteral("Built-in, edited"));
    EXPECT_TRUE(session()
                    .templates()
                    .get(QStringLiteral("thank-you"))
                    ->body.endsWith(QStringLiteral("was lovely.")));
    EXPECT_FALSE(save->isEnabled());

    auto *reset = child<QPushButton>("templateReset");
    ASSERT_TRUE(reset->isEnabled());
    prompter.deleteAnswer = false;
    QTest::mouseClick(reset, Qt::LeftButton);
    settle();
    EXPECT_TRUE(stored(QStringLiteral("thank-you"))->modified) << "the user said no";
    prompter.deleteAnswer = true;
    QTest::mouseClick(reset, Qt::LeftButton);
    settle();
    EXPECT_EQ(prompter.deletions.size(), 2);
    EXPECT_FALSE(stored(QStringLiteral("thank-you"))->modified);
    EXPECT_EQ(body->toPlainText(), shipped);
    EXPECT_FALSE(reset->isEnabled());
}

TEST_F(TemplatesPageTest, NewTemplateIsSavedAsYoursAndCanBeDeleted)
{
    QTest::mouseClick(child<QPushButton>("templateNew"), Qt::LeftButton);
    settle();
    auto *name = child<QLineEdit>("templateName");
    EXPECT_FALSE(name->isReadOnly());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("thank-you"));
    EXPECT_FALSE(save->isEnabled()) << "the name is taken by a built-in";
    name->clear();
    QTest::keyClicks(name, QStringLiteral("follow-up"));
    EXPECT_TRUE(save->isEnabled()) << problemTexts().join(QLatin1Char('\n')).toStdString();
    QTest::mouseClick(save, Qt::LeftButton);
    settle();
    ASSERT_NE(stored(QStringLiteral("follow-up")), nullptr);
    EXPECT_FALSE(stored(QStringLiteral("follow-up"))->builtIn);

    auto *remove = child<QPushButton>("templateDelete");
    ASSERT_TRUE(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    settle();
    EXPECT_EQ(stored(QStringLiteral("follow-up")), nullptr);
    EXPECT_FALSE(session().templates().get(QStringLiteral("follow-up")).ok());
}

TEST_F(TemplatesPageTest, BuiltInNamesAreReadOnlyAndVocabularyInsertsAtTheCursor)
{
    page->selectTemplate(QStringLiteral("thank-you"));
    EXPECT_TRUE(child<QLineEdit>("templateName")->isReadOnly());
    body->setPlainText(QStringLiteral("Dear , thanks"));
    QTextCursor cursor = body->textCursor();
    cursor.setPosition(5);
    body->setTextCursor(cursor);
    body->setFocus();
    page->editor()->insertPlaceholder(QStringLiteral("contact.full_name"));
    EXPECT_EQ(body->toPlainText(), QStringLiteral("Dear {{contact.full_name}}, thanks"));

    auto *vocabulary = child<QListWidget>("templateVocabulary");
    ASSERT_GT(vocabulary->count(), 10);
    QListWidgetItem *item =
        vocabulary->findItems(QStringLiteral("program.name"), Qt::MatchExactly).value(0);
    ASSERT_NE(item, nullptr);
    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    vocabulary->scrollToItem(item);
    const QPoint at = vocabulary->visualItemRect(item).center();
    // An item view double-click needs the press on the same item first.
    QTest::mouseClick(vocabulary->viewport(), Qt::LeftButton, {}, at);
    settle();
    QTest::mouseDClick(vocabulary->viewport(), Qt::LeftButton, {}, at);
    EXPECT_TRUE(body->toPlainText().contains(QStringLiteral("{{program.name}}")))
        << body->toPlainText().toStdString();
}

TEST_F(TemplatesPageTest, AHiddenPageShowsTheTemplateAsSavedElsewhereWhenShownAgain)
{
    page->selectTemplate(QStringLiteral("thank-you"));
    page->hide();
    // Saved from another window of the season while this page is away.
    core::Template edited = *session().templates().get(QStringLiteral("thank-you"));
    edited.body += QStringLiteral("\n\nP.S. Written elsewhere.");
    ASSERT_TRUE(session().templates().save(edited).ok());
    ASSERT_TRUE(session().reloadNow().ok());

    page->show();
    EXPECT_EQ(page->editor()->loadedName(), QStringLiteral("thank-you"));
    EXPECT_TRUE(body->toPlainText().endsWith(QStringLiteral("P.S. Written elsewhere.")))
        << body->toPlainText().toStdString();
    EXPECT_TRUE(child<QPushButton>("templateReset")->isEnabled()) << "it is edited now";
}
