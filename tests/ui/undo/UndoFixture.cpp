#include "UndoFixture.h"

#include "support/SqlProbe.h"

#include "undo/UndoActions.h"

#include <QAction>
#include <QUndoStack>

namespace rapport::test {

void UndoFixture::SetUp()
{
    UiFixture::SetUp();
    loadDemo();
    window = std::make_unique<ui::MainWindow>(session(), prompter);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
}

void UndoFixture::undo()
{
    QAction *action = window->undoActions()->undoAction();
    ASSERT_TRUE(action->isEnabled());
    action->trigger();
    settle();
}

void UndoFixture::redo()
{
    QAction *action = window->undoActions()->redoAction();
    ASSERT_TRUE(action->isEnabled());
    action->trigger();
    settle();
}

QString UndoFixture::undoText() const
{
    return window->undoActions()->undoAction()->text().remove(QLatin1Char('&'));
}

QString UndoFixture::redoText() const
{
    return window->undoActions()->redoAction()->text().remove(QLatin1Char('&'));
}

QString seasonDump(core::Database &db)
{
    // Every write stamps these, so a row put back differs only in them.
    return rowsDump(db, {QStringLiteral("revision"), QStringLiteral("updated_utc")});
}

core::Database &UndoFixture::other()
{
    if (!m_other) {
        auto db = core::Database::open(session().db().path());
        EXPECT_TRUE(db.ok()) << db.errorMessage().toStdString();
        m_other = std::move(db.value());
    }
    return *m_other;
}

} // namespace rapport::test
