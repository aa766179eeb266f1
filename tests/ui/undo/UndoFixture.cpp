#include "UndoFixture.h"

#include "undo/UndoActions.h"

#include <QAction>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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
    QSqlQuery tables(db.connection());
    if (!tables.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE "
            "VIRTUAL%' AND name NOT LIKE 'communications_fts%' AND name NOT LIKE 'sqlite_%' "
            "AND name <> 'revision' ORDER BY name"))) {
        ADD_FAILURE() << tables.lastError().text().toStdString();
        return {};
    }
    QStringList out;
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        out << QStringLiteral("== %1").arg(name);
        QSqlQuery rows(db.connection());
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(name))) {
            ADD_FAILURE() << name.toStdString() << ": " << rows.lastError().text().toStdString();
            continue;
        }
        while (rows.next()) {
            QStringList cells;
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                const QString field = record.fieldName(i);
                if (field == QLatin1String("revision") || field == QLatin1String("updated_utc"))
                    continue;
                const QVariant v = rows.value(i);
                cells << (v.isNull() ? QStringLiteral("NULL") : v.toString());
            }
            out << cells.join(QLatin1Char('|'));
        }
    }
    return out.join(QLatin1Char('\n'));
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
