#include "RowEdits.h"

#include "Labels.h"
#include "Prompter.h"
#include "RowWrites.h"
#include "Session.h"
#include "pages/ProgramDetailsTab.h"

#include "storage/AcknowledgementRepository.h"
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
    : Edit(session, prompter, Edit::tr("Edit Contact %1").arg(after.formalName())),
      m_before(before), m_after(after)
{}

bool ContactEdit::apply(Way way, QWidget *parent)
{
    const bool back = way == Way::Back;
    return rowWrites::contact(session(), prompter(), parent, back ? m_after : m_before,
                              back ? m_before : m_after)
        .has_value();
}

EntryEdit::EntryEdit(Session &session, Prompter &prompter, const core::Communication &before,
                     const core::Communication &after, const core::StoredRows &acknowledgements)
    : Edit(session, prompter,
           Edit::tr("Edit Entry %1")
               .arg(after.subject.isEmpty() ? labels::kind(after.kind) : after.subject)),
      m_before(before), m_after(after), m_acknowledgements(acknowledgements)
{}

bool EntryEdit::apply(Way way, QWidget *parent)
{
    const bool back = way == Way::Back;
    if (!rowWrites::communication(session(), prompter(), parent, back ? m_after : m_before,
                                  back ? m_before : m_after))
        return false;
    core::Status s;
    if (back) {
        core::AcknowledgementRepository acknowledgements(session().db());
        const int id = static_cast<int>(m_acknowledgements.columns.indexOf(QStringLiteral("id")));
        for (const QVariantList &row : std::as_const(m_acknowledgements.rows)) {
            if (s)
                s = acknowledgements.remove(row.value(id).toLongLong());
        }
    } else {
        s = m_acknowledgements.insert(session().db());
    }
    if (!s)
        prompter().showError(parent, s.errorMessage());
    return s.ok();
}

} // namespace rapport::ui
