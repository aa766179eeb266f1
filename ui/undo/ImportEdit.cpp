#include "ImportEdit.h"

#include "RecordEdits.h"
#include "RowEdits.h"
#include "Session.h"

#include "storage/ContactRepository.h"
#include "storage/ProgramRepository.h"

#include <algorithm>

namespace rapport::ui {

ImportEdit::ImportEdit(Session &session, Prompter &prompter, const QString &text)
    : Edit(session, prompter, text)
{}

core::Result<ImportEdit::Rows> ImportEdit::read(Session &session)
{
    auto programs = core::ProgramRepository(session.db()).all();
    if (!programs)
        return programs.error();
    auto contacts = core::ContactRepository(session.db()).all();
    if (!contacts)
        return contacts.error();
    Rows out;
    for (const core::Program &p : std::as_const(programs.value()))
        out.programs.insert(p.id, p);
    for (const core::Contact &c : std::as_const(contacts.value()))
        out.contacts.insert(c.id, c);
    return out;
}

core::Result<ImportEdit *> ImportEdit::make(Session &session, Prompter &prompter,
                                            const QString &text, const Rows &before)
{
    auto after = read(session);
    if (!after)
        return after.error();
    std::unique_ptr<ImportEdit> edit(new ImportEdit(session, prompter, text));
    // By id, so that undo and redo go the same way every time.
    QList<qint64> programIds = after->programs.keys();
    std::sort(programIds.begin(), programIds.end());
    for (qint64 id : programIds) {
        const core::Program &now = after->programs[id];
        if (!before.programs.contains(id))
            edit->m_parts.emplace_back(ProgramPresence::added(session, prompter, text, now));
        else if (before.programs[id].revision != now.revision)
            edit->m_parts.emplace_back(
                new ProgramEdit(session, prompter, before.programs[id], now));
    }
    QList<qint64> contactIds = after->contacts.keys();
    std::sort(contactIds.begin(), contactIds.end());
    for (qint64 id : contactIds) {
        const core::Contact &now = after->contacts[id];
        if (!before.contacts.contains(id))
            edit->m_parts.emplace_back(ContactPresence::added(session, prompter, text, now));
        else if (before.contacts[id].revision != now.revision)
            edit->m_parts.emplace_back(
                new ContactEdit(session, prompter, before.contacts[id], now));
    }
    return edit.release();
}

bool ImportEdit::apply(Way way, QWidget *parent)
{
    if (way == Way::Again)
        return std::all_of(m_parts.begin(), m_parts.end(),
                           [&](const auto &part) { return part->applyPart(way, parent); });
    return std::all_of(m_parts.rbegin(), m_parts.rend(),
                       [&](const auto &part) { return part->applyPart(way, parent); });
}

} // namespace rapport::ui
