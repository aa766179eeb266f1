#include "Edit.h"

#include "Prompter.h"
#include "Session.h"

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
    if (!apply(way, parent))
        return false;
    // Written either way: a failed read only leaves the window behind.
    if (auto s = m_session.reload(); !s)
        m_prompter.showError(parent, s.errorMessage());
    return true;
}

bool Edit::replaceOthersChange(Way way, QWidget *parent) const
{
    const QString question =
        way == Way::Back
            ? tr("Since “%1”, the same settings were changed elsewhere (rapport-cli, or Rapport "
                 "in another window). Undo it anyway, replacing that change?")
            : tr("Since “%1” was undone, the same settings were changed elsewhere (rapport-cli, "
                 "or Rapport in another window). Redo it anyway, replacing that change?");
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
