#include "UndoActions.h"

#include "Edit.h"
#include "Icons.h"

#include <QAction>
#include <QUndoStack>
#include <QWidget>

namespace rapport::ui {

UndoActions::UndoActions(QUndoStack &stack, QWidget *window)
    : QObject(window), m_stack(stack), m_window(window),
      m_undo(new QAction(themeIcon(QStringLiteral("edit-undo")), tr("&Undo"), window)),
      m_redo(new QAction(themeIcon(QStringLiteral("edit-redo")), tr("&Redo"), window))
{
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcut(QKeySequence::Redo);
    const auto update = [this] {
        m_undo->setEnabled(m_stack.canUndo());
        m_redo->setEnabled(m_stack.canRedo());
        m_undo->setText(m_stack.canUndo() ? tr("&Undo %1").arg(m_stack.undoText()) : tr("&Undo"));
        m_redo->setText(m_stack.canRedo() ? tr("&Redo %1").arg(m_stack.redoText()) : tr("&Redo"));
    };
    connect(&m_stack, &QUndoStack::indexChanged, this, update);
    connect(&m_stack, &QUndoStack::cleanChanged, this, update);
    update();
    connect(m_undo, &QAction::triggered, this, &UndoActions::undo);
    connect(m_redo, &QAction::triggered, this, &UndoActions::redo);
}

void UndoActions::undo()
{
    if (!m_stack.canUndo())
        return;
    auto *edit =
        dynamic_cast<Edit *>(const_cast<QUndoCommand *>(m_stack.command(m_stack.index() - 1)));
    if (!edit || edit->perform(Edit::Way::Back, m_window))
        m_stack.undo();
}

void UndoActions::redo()
{
    if (!m_stack.canRedo())
        return;
    auto *edit = dynamic_cast<Edit *>(const_cast<QUndoCommand *>(m_stack.command(m_stack.index())));
    if (!edit || edit->perform(Edit::Way::Again, m_window))
        m_stack.redo();
}

} // namespace rapport::ui
