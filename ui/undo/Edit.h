#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

class QWidget;

namespace rapport::ui {

class Prompter;
class Session;

// One user action on the season, as the undo stack keeps it: done already
// when pushed, then undone and done again through the repositories. Where
// another writer changed the same rows meanwhile, their change is merged or
// asked about, never overwritten silently.
class Edit : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Edit)

public:
    enum class Way
    {
        Back,  // as before the action
        Again, // as the action left it
    };

    Edit(Session &session, Prompter &prompter, const QString &text);
    Q_DISABLE_COPY_MOVE(Edit)

    // Writes it now, asking parent's user where needed, and reloads; the
    // stack's next undo() or redo() then only moves. False when nothing was
    // written: the stack must stay where it is.
    bool perform(Way way, QWidget *parent);

    // Writes without reloading: for an edit made of others (an import).
    bool applyPart(Way way, QWidget *parent) { return apply(way, parent); }

    // Without perform() first (a stack driven directly), they write
    // themselves; an edit that cannot be written is dropped from the stack.
    void undo() final;
    void redo() final;

protected:
    // False when nothing was written: an error was shown, or the user chose
    // to keep what another writer stored.
    virtual bool apply(Way way, QWidget *parent) = 0;

    // Where what is stored now is not what way starts from, another writer
    // changed it since: true when the user says to replace their change.
    bool replaceOthersChange(Way way, QWidget *parent) const;

    Session &session() const { return m_session; }
    Prompter &prompter() const { return m_prompter; }

private:
    bool write(Way way, QWidget *parent);

    Session &m_session;
    Prompter &m_prompter;
    bool m_performed = true; // pushed after the action was done
};

} // namespace rapport::ui
