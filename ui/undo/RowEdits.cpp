#include "RowEdits.h"

#include "RowWrites.h"
#include "pages/ProgramDetailsTab.h"

#include "storage/ProgramRepository.h"

namespace rapport::ui {
namespace {

QString programEditText(const core::Program &before, const core::Program &after)
{
    const QStringList changed =
        rowWrites::changedFields(before, after, core::ProgramRepository::fields());
    if (changed.size() == 1)
        return Edit::tr("Edit %1").arg(
            rowWrites::titleCase(ProgramDetailsTab::fieldLabel(changed[0])));
    return Edit::tr("Edit Program Details");
}

} // namespace

ProgramEdit::ProgramEdit(Session &session, Prompter &prompter, const core::Program &before,
                         const core::Program &after)
    : Edit(session, prompter, programEditText(before, after)), m_before(before), m_after(after)
{}

bool ProgramEdit::apply(Way way, QWidget *parent)
{
    const bool back = way == Way::Back;
    return rowWrites::program(session(), prompter(), parent, back ? m_after : m_before,
                              back ? m_before : m_after)
        .has_value();
}

ContactEdit::ContactEdit(Session &session, Prompter &prompter, const core::Contact &before,
                         const core::Contact &after)
    : Edit(session, prompter, tr("Edit Contact %1").arg(after.formalName())), m_before(before),
      m_after(after)
{}

bool ContactEdit::apply(Way way, QWidget *parent)
{
    const bool back = way == Way::Back;
    return rowWrites::contact(session(), prompter(), parent, back ? m_after : m_before,
                              back ? m_before : m_after)
        .has_value();
}

} // namespace rapport::ui
