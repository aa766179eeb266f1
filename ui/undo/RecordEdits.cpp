#include "RecordEdits.h"

#include "Prompter.h"
#include "Session.h"

#include "storage/CommunicationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/ProgramRepository.h"
#include "storage/Transaction.h"

namespace rapport::ui {
namespace {

template <typename T> bool shown(Prompter &prompter, QWidget *parent, const core::Result<T> &r)
{
    if (!r)
        prompter.showError(parent, r.errorMessage());
    return r.ok();
}

bool shown(Prompter &prompter, QWidget *parent, const core::Status &s)
{
    if (!s)
        prompter.showError(parent, s.errorMessage());
    return s.ok();
}

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

} // namespace

ProgramPresence::ProgramPresence(Session &session, Prompter &prompter, const QString &text,
                                 bool thereAfter)
    : Edit(session, prompter, text), m_thereAfter(thereAfter)
{}

ProgramPresence *ProgramPresence::added(Session &session, Prompter &prompter, const QString &text,
                                        const core::Program &program)
{
    auto *edit = new ProgramPresence(session, prompter, text, true);
    edit->m_seen = program;
    return edit;
}

ProgramPresence *ProgramPresence::removed(Session &session, Prompter &prompter, const QString &text,
                                          const core::ProgramRemoval &removal)
{
    auto *edit = new ProgramPresence(session, prompter, text, false);
    edit->m_removal = removal;
    return edit;
}

bool ProgramPresence::apply(Way way, QWidget *parent)
{
    core::ProgramRepository programs(session().db());
    if ((way == Way::Again) == m_thereAfter) {
        if (!shown(prompter(), parent, programs.restore(m_removal)))
            return false;
        auto back = programs.get(m_removal.program.id);
        if (!shown(prompter(), parent, back))
            return false;
        m_seen = *back;
        m_seenDependents = m_removal.dependents;
        return true;
    }
    auto now = programs.get(m_seen.id);
    auto dependents = programs.countDependents(m_seen.id);
    if (!shown(prompter(), parent, now) || !shown(prompter(), parent, dependents))
        return false;
    const bool changed = now->revision != m_seen.revision ||
                         dependents->entries != m_seenDependents.entries ||
                         dependents->contacts != m_seenDependents.contacts;
    if (changed && !replaceOthersChange(way, parent))
        return false;
    auto removal = programs.remove(m_seen.id);
    if (!shown(prompter(), parent, removal))
        return false;
    m_removal = *removal;
    return true;
}

ContactPresence::ContactPresence(Session &session, Prompter &prompter, const QString &text,
                                 bool thereAfter)
    : Edit(session, prompter, text), m_thereAfter(thereAfter)
{}

ContactPresence *ContactPresence::added(Session &session, Prompter &prompter, const QString &text,
                                        const core::Contact &contact)
{
    auto *edit = new ContactPresence(session, prompter, text, true);
    edit->m_seen = contact;
    return edit;
}

ContactPresence *ContactPresence::removed(Session &session, Prompter &prompter, const QString &text,
                                          const core::ContactRemoval &removal)
{
    auto *edit = new ContactPresence(session, prompter, text, false);
    edit->m_removal = removal;
    return edit;
}

bool ContactPresence::apply(Way way, QWidget *parent)
{
    core::ContactRepository contacts(session().db());
    if ((way == Way::Again) == m_thereAfter) {
        if (!shown(prompter(), parent, contacts.restore(m_removal)))
            return false;
        auto back = contacts.get(m_removal.contact.id);
        if (!shown(prompter(), parent, back))
            return false;
        m_seen = *back;
        m_seenEntries = static_cast<int>(m_removal.communicationIds.size());
        return true;
    }
    auto now = contacts.get(m_seen.id);
    auto entries = contacts.countEntries(m_seen.id);
    if (!shown(prompter(), parent, now) || !shown(prompter(), parent, entries))
        return false;
    if ((now->revision != m_seen.revision || *entries != m_seenEntries) &&
        !replaceOthersChange(way, parent))
        return false;
    auto removal = contacts.remove(m_seen.id);
    if (!shown(prompter(), parent, removal))
        return false;
    m_removal = *removal;
    return true;
}

EntriesPresence::EntriesPresence(Session &session, Prompter &prompter, const QString &text,
                                 bool thereAfter)
    : Edit(session, prompter, text), m_thereAfter(thereAfter)
{}

core::Result<EntriesPresence *> EntriesPresence::make(Session &session, Prompter &prompter,
                                                      const QString &text, const QList<qint64> &ids,
                                                      bool thereAfter)
{
    std::unique_ptr<EntriesPresence> edit(new EntriesPresence(session, prompter, text, thereAfter));
    edit->m_ids = ids;
    if (auto s = edit->read(); !s)
        return s.error();
    return edit.release();
}

core::Result<EntriesPresence *> EntriesPresence::remove(Session &session, Prompter &prompter,
                                                        const QString &text,
                                                        const QList<qint64> &ids)
{
    core::Transaction tx(session.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto made = make(session, prompter, text, ids, false);
    if (!made)
        return made.error();
    std::unique_ptr<EntriesPresence> edit(*made);
    core::CommunicationRepository communications(session.db());
    for (qint64 id : ids) {
        if (auto s = communications.remove(id); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return edit.release();
}

core::Status EntriesPresence::read()
{
    // One bound list: an import may hold more ids than a statement can bind.
    const QString in = QStringLiteral("id IN (SELECT value FROM json_each(?))");
    const QString json = QLatin1Char('[') + idList(m_ids) + QLatin1Char(']');
    auto entries =
        core::StoredRows::read(session().db(), QStringLiteral("communications"), in, {json});
    if (!entries)
        return entries.error();
    auto acks = core::StoredRows::read(
        session().db(), QStringLiteral("acknowledgements"),
        QStringLiteral("communication_id IN (SELECT value FROM json_each(?))"), {json});
    if (!acks)
        return acks.error();
    m_entries = *entries;
    m_acknowledgements = *acks;
    return {};
}

bool EntriesPresence::apply(Way way, QWidget *parent)
{
    if ((way == Way::Again) == m_thereAfter) {
        return shown(prompter(), parent, m_entries.insert(session().db())) &&
               shown(prompter(), parent, m_acknowledgements.insert(session().db()));
    }
    const core::StoredRows seen = m_entries;
    const core::StoredRows seenAcks = m_acknowledgements;
    if (!shown(prompter(), parent, read()))
        return false;
    if ((m_entries != seen || m_acknowledgements != seenAcks) && !replaceOthersChange(way, parent))
        return false;
    core::CommunicationRepository communications(session().db());
    for (qint64 id : std::as_const(m_ids)) {
        if (!shown(prompter(), parent, communications.remove(id)))
            return false;
    }
    return true;
}

ProgramMergeEdit::ProgramMergeEdit(Session &session, Prompter &prompter,
                                   const core::ProgramMerge &merge)
    : Edit(session, prompter, Edit::tr("Merge %1 into %2").arg(merge.gone.name, merge.kept.name)),
      m_merge(merge)
{}

bool ProgramMergeEdit::apply(Way way, QWidget *parent)
{
    core::ProgramRepository programs(session().db());
    if (way == Way::Back)
        return shown(prompter(), parent, programs.unmerge(m_merge));
    auto merge = programs.merge(m_merge.kept.id, m_merge.gone.id);
    if (!shown(prompter(), parent, merge))
        return false;
    m_merge = *merge;
    return true;
}

ContactMergeEdit::ContactMergeEdit(Session &session, Prompter &prompter,
                                   const core::ContactMerge &merge)
    : Edit(session, prompter,
           Edit::tr("Merge %1 into %2").arg(merge.gone.formalName(), merge.kept.formalName())),
      m_merge(merge)
{}

bool ContactMergeEdit::apply(Way way, QWidget *parent)
{
    core::ContactRepository contacts(session().db());
    if (way == Way::Back)
        return shown(prompter(), parent, contacts.unmerge(m_merge));
    auto merge = contacts.merge(m_merge.kept.id, m_merge.gone.id);
    if (!shown(prompter(), parent, merge))
        return false;
    m_merge = *merge;
    return true;
}

} // namespace rapport::ui
