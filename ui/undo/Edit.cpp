#include "Edit.h"

#include "Prompter.h"
#include "Session.h"

#include "storage/Transaction.h"

#include <utility>

namespace rapport::ui {

Edit::Edit(Session &session, Prompter &prompter, const QString &text)
    : m_session(session), m_prompter(prompter)
{
    setText(text);
}

bool Edit::perform(Way way, QWidget *parent)
{
    m_performed = write(way, parent);
    return m_performed;
}

bool Edit::write(Way way, QWidget *parent)
{
    // All or nothing: an edit of many rows never stops half way.
    core::Transaction tx(m_session.db());
    if (auto s = tx.begin(); !s) {
        m_prompter.showError(parent, s.errorMessage());
        return false;
    }
    if (!apply(way, parent))
        return false;
    if (auto s = tx.commit(); !s) {
        m_prompter.showError(parent, s.errorMessage());
        return false;
    }
    // Written either way: a failed read only leaves the window behind.
    if (auto s = m_session.reload(); !s)
        m_prompter.showError(parent, s.errorMessage());
    return true;
}

bool Edit::replaceOthersChange(Way way, QWidget *parent) const
{
    const QString question =
        way == Way::Back
            ? tr("What “%1” changed was changed again elsewhere since (by rapport-cli, or "
                 "Rapport in another window). Undo it anyway? That change will be lost.")
            : tr("What “%1” changed was changed elsewhere since it was undone (by rapport-cli, "
                 "or Rapport in another window). Redo it anyway? That change will be lost.");
    return m_prompter.confirm(parent, tr("Changed elsewhere meanwhile"), question.arg(text()),
                              way == Way::Back ? tr("Undo") : tr("Redo"));
}

void Edit::undo()
{
    if (!std::exchange(m_performed, false) && !write(Way::Back, nullptr))
        setObsolete(true);
}

void Edit::redo()
{
    if (!std::exchange(m_performed, false) && !write(Way::Again, nullptr))
        setObsolete(true);
}

} // namespace rapport::ui
