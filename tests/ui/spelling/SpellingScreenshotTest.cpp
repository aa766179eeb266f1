#include "Screenshot.h"
#include "UiFixture.h"

#include "dialogs/ComposeDialog.h"
#include "widgets/SpellTextEdit.h"

#include "domain/SeasonSnapshot.h"

#include <QLineEdit>
#include <QMenu>
#include <QTest>

#include <memory>

using rapport::test::UiFixture;
using rapport::ui::ComposeDialog;
using rapport::ui::SpellTextEdit;

class SpellingScreenshotTest : public UiFixture
{};

TEST_F(SpellingScreenshotTest, ComposeWithAMisspeltWordAndItsMenu)
{
    loadDemo();
    const auto &programs = session().snapshot().programs;
    ASSERT_FALSE(programs.isEmpty());

    ComposeDialog dialog(session(), prompter);
    dialog.setProgram(programs.first().id);
    dialog.setTemplate(QStringLiteral("thank-you"));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *body = dialog.findChild<SpellTextEdit *>(QStringLiteral("body"));
    ASSERT_NE(body, nullptr);
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, "I was greatful to see the sialendoscopy cases and the "
                           "well-knwon otolaryngolgy teaching at rounds.");
    rapport::test::expectScreenshot(dialog, QStringLiteral("spelling-compose.png"));

    const int at = body->toPlainText().indexOf(QStringLiteral("otolaryngolgy"));
    QTextCursor cursor(body->document());
    cursor.setPosition(at + 3);
    const QPoint point = body->cursorRect(cursor).center();
    std::unique_ptr<QMenu> menu(body->createSpellingMenu(point));
    menu->popup(body->viewport()->mapToGlobal(point));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(menu.get()));
    rapport::test::expectScreenshot(*menu, QStringLiteral("spelling-menu.png"));
    menu->close();
}
