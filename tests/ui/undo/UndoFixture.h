#pragma once

#include "UiFixture.h"
#include "support/QtPrinters.h"

#include "MainWindow.h"

#include "storage/Database.h"

#include <memory>

class QUndoStack;

namespace rapport::test {

// Every row of every table but the full-text index, without what a write
// stamps (revision, updated_utc): equal dumps are the same season.
QString seasonDump(core::Database &db);

// The demo season in a shown window, undone and redone through its Edit
// menu; another connection to the file stands for another writer.
class UndoFixture : public UiFixture
{
protected:
    void SetUp() override;

    QUndoStack &stack() { return session().undoStack(); }
    // Triggers the Edit menu's action and waits for the reload.
    void undo();
    void redo();
    // The menu item's words, without the mnemonic.
    QString undoText() const;
    QString redoText() const;

    QString dump() { return seasonDump(session().db()); }

    // A second connection to the season's file: rapport-cli, or another
    // window.
    core::Database &other();

    std::unique_ptr<ui::MainWindow> window;

private:
    std::unique_ptr<core::Database> m_other;
};

} // namespace rapport::test
