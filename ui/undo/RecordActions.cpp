#include "RecordActions.h"

#include "Icons.h"
#include "Prompter.h"
#include "RecordEdits.h"
#include "Session.h"

#include "storage/ContactRepository.h"
#include "storage/ProgramRepository.h"

#include <QAbstractItemView>
#include <QAction>
#include <QEvent>

namespace rapport::ui {
namespace recordActions {
namespace {

QString entries(int n)
{
    return RecordActions::tr("%n log entries", nullptr, n);
}

QString contacts(int n)
{
    return RecordActions::tr("%n contacts", nullptr, n);
}

bool failed(Prompter &prompter, QWidget *parent, const QString &message)
{
    prompter.showError(parent, message);
    return false;
}

void reload(Session &session, Prompter &prompter, QWidget *parent)
{
    if (auto s = session.reload(); !s)
        prompter.showError(parent, s.errorMessage());
}

} // namespace

bool deleteProgram(Session &session, Prompter &prompter, QWidget *parent, qint64 id)
{
    core::ProgramRepository programs(session.db());
    auto program = programs.get(id);
    if (!program)
        return failed(prompter, parent, program.errorMessage());
    auto dependents = programs.countDependents(id);
    if (!dependents)
        return failed(prompter, parent, dependents.errorMessage());
    if (!prompter.confirmDelete(parent, RecordActions::tr("the program “%1” with its %2 and %3")
                                            .arg(program->name, entries(dependents->entries),
                                                 contacts(dependents->contacts))))
        return false;
    auto removal = programs.remove(id);
    if (!removal)
        return failed(prompter, parent, removal.errorMessage());
    session.undoStack().push(ProgramPresence::removed(
        session, prompter, RecordActions::tr("Delete Program %1").arg(program->name), *removal));
    reload(session, prompter, parent);
    return true;
}

bool mergeProgram(Session &session, Prompter &prompter, QWidget *parent, qint64 goneId)
{
    core::ProgramRepository programs(session.db());
    auto gone = programs.get(goneId);
    if (!gone)
        return failed(prompter, parent, gone.errorMessage());
    auto dependents = programs.countDependents(goneId);
    if (!dependents)
        return failed(prompter, parent, dependents.errorMessage());
    MergeChoice choice;
    choice.title = RecordActions::tr("Merge %1 Into…").arg(gone->name);
    choice.question =
        RecordActions::tr("Which program is “%1” the same as? That one is kept.").arg(gone->name);
    QHash<qint64, QString> names;
    for (const core::Program &p : session.snapshot().programs) {
        if (p.id == goneId)
            continue;
        names.insert(p.id, p.name);
        choice.candidates.append(
            {p.id, p.city.isEmpty() ? p.name : RecordActions::tr("%1 — %2").arg(p.name, p.city)});
    }
    choice.outcome = [gone = *gone, moved = *dependents, names](qint64 keepId) {
        const QString keep = names.value(keepId);
        return RecordActions::tr(
                   "%1 and %2 of “%3” move to “%4”. “%4” keeps its details and takes those it "
                   "lacks from “%3” (the notes are joined); “%3” is then deleted.")
            .arg(entries(moved.entries), contacts(moved.contacts), gone.name, keep);
    };
    const auto keep = prompter.chooseMergeTarget(parent, choice);
    if (!keep)
        return false;
    auto merge = programs.merge(*keep, goneId);
    if (!merge)
        return failed(prompter, parent, merge.errorMessage());
    session.undoStack().push(new ProgramMergeEdit(session, prompter, *merge));
    reload(session, prompter, parent);
    return true;
}

bool deleteContact(Session &session, Prompter &prompter, QWidget *parent, qint64 id)
{
    core::ContactRepository contactRows(session.db());
    auto contact = contactRows.get(id);
    if (!contact)
        return failed(prompter, parent, contact.errorMessage());
    auto named = contactRows.countEntries(id);
    if (!named)
        return failed(prompter, parent, named.errorMessage());
    const QString what =
        *named == 0 ? RecordActions::tr("the contact %1").arg(contact->formalName())
                    : RecordActions::tr("the contact %1 (the %2 naming them stay, naming no one)")
                          .arg(contact->formalName(), entries(*named));
    if (!prompter.confirmDelete(parent, what))
        return false;
    auto removal = contactRows.remove(id);
    if (!removal)
        return failed(prompter, parent, removal.errorMessage());
    session.undoStack().push(ContactPresence::removed(
        session, prompter, RecordActions::tr("Delete Contact %1").arg(contact->formalName()),
        *removal));
    reload(session, prompter, parent);
    return true;
}

bool mergeContact(Session &session, Prompter &prompter, QWidget *parent, qint64 goneId)
{
    core::ContactRepository contactRows(session.db());
    auto gone = contactRows.get(goneId);
    if (!gone)
        return failed(prompter, parent, gone.errorMessage());
    auto named = contactRows.countEntries(goneId);
    if (!named)
        return failed(prompter, parent, named.errorMessage());
    MergeChoice choice;
    choice.title = RecordActions::tr("Merge %1 Into…").arg(gone->formalName());
    choice.question =
        RecordActions::tr(
            "Which contact of the program is %1 the same person as? That one is kept.")
            .arg(gone->formalName());
    QHash<qint64, QString> names;
    for (const core::Contact &c : session.contactsOf(gone->programId)) {
        if (c.id == goneId)
            continue;
        names.insert(c.id, c.formalName());
        choice.candidates.append(
            {c.id, c.email.isEmpty() ? c.formalName()
                                     : RecordActions::tr("%1 — %2").arg(c.formalName(), c.email)});
    }
    if (choice.candidates.isEmpty())
        return failed(prompter, parent,
                      RecordActions::tr(
                          "%1 is the program's only contact: there is no one to merge them into.")
                          .arg(gone->formalName()));
    choice.outcome = [goneName = gone->formalName(), moved = *named, names](qint64 keepId) {
        const QString keep = names.value(keepId);
        return RecordActions::tr(
                   "The %1 naming %2 will name %3. %3 keeps their details and takes those they "
                   "lack from %2 (the notes are joined); %2 is then deleted.")
            .arg(entries(moved), goneName, keep);
    };
    const auto keep = prompter.chooseMergeTarget(parent, choice);
    if (!keep)
        return false;
    auto merge = contactRows.merge(*keep, goneId);
    if (!merge)
        return failed(prompter, parent, merge.errorMessage());
    session.undoStack().push(new ContactMergeEdit(session, prompter, *merge));
    reload(session, prompter, parent);
    return true;
}

} // namespace recordActions

RecordActions::RecordActions(Session &session, Prompter &prompter, Records records,
                             QAbstractItemView *list, std::function<qint64()> current)
    : QObject(list), m_session(session), m_prompter(prompter), m_records(records), m_list(list),
      m_current(std::move(current)),
      m_delete(new QAction(
          themeIcon(QStringLiteral("edit-delete")),
          records == Records::Programs ? tr("&Delete Program…") : tr("&Delete Contact…"), this)),
      m_merge(new QAction(records == Records::Programs ? tr("&Merge Program Into…")
                                                       : tr("&Merge Contact Into…"),
                          this))
{
    const QString kind =
        records == Records::Programs ? QStringLiteral("Program") : QStringLiteral("Contact");
    m_delete->setObjectName(QStringLiteral("actionDelete") + kind);
    m_merge->setObjectName(QStringLiteral("actionMerge") + kind);
    // Del deletes only from the list: in a text field it deletes a letter.
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->addAction(m_delete);
    m_list->addAction(m_merge);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->installEventFilter(this);
    connect(m_delete, &QAction::triggered, this, [this] {
        if (const qint64 id = m_current()) {
            if (m_records == Records::Programs)
                recordActions::deleteProgram(m_session, m_prompter, m_list->window(), id);
            else
                recordActions::deleteContact(m_session, m_prompter, m_list->window(), id);
        }
    });
    connect(m_merge, &QAction::triggered, this, [this] {
        if (const qint64 id = m_current()) {
            if (m_records == Records::Programs)
                recordActions::mergeProgram(m_session, m_prompter, m_list->window(), id);
            else
                recordActions::mergeContact(m_session, m_prompter, m_list->window(), id);
        }
    });
    update();
}

void RecordActions::update()
{
    const bool enabled = m_list->isVisible() && m_current() != 0;
    m_delete->setEnabled(enabled);
    m_merge->setEnabled(enabled);
}

bool RecordActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        update();
    return QObject::eventFilter(watched, event);
}

} // namespace rapport::ui
