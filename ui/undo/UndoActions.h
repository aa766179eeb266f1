#pragma once

#include <QObject>

class QAction;
class QUndoStack;
class QWidget;

namespace rapport::ui {

// The Edit menu's Undo and Redo for a season's stack: named after the
// command ("Undo Edit Policy Note"), disabled with nothing to undo. A
// focused text field takes Ctrl+Z for its own typing first.
class UndoActions final : public QObject
{
    Q_OBJECT

public:
    UndoActions(QUndoStack &stack, QWidget *window);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    // As the actions do: the stack moves only when the edit was written.
    void undo();
    void redo();

private:
    QUndoStack &m_stack;
    QWidget *m_window;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace rapport::ui
