#include "RecipientCombos.h"

#include "Labels.h"
#include "Session.h"
#include "models/ProgramChoiceModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QListView>
#include <QSignalBlocker>

#include <algorithm>

namespace rapport::ui::recipients {
namespace {

qint64 defaultContact(const core::Program &program, const QList<core::Contact> &contacts)
{
    const core::ContactRole preferred = program.policy == core::CommunicationPolicy::CoordinatorOnly
                                            ? core::ContactRole::ProgramCoordinator
                                            : core::ContactRole::ProgramDirector;
    const auto it = std::find_if(contacts.cbegin(), contacts.cend(),
                                 [&](const core::Contact &c) { return c.role == preferred; });
    if (it != contacts.cend())
        return it->id;
    return contacts.isEmpty() ? 0 : contacts.first().id;
}

} // namespace

void fillPrograms(QComboBox *combo, const Session &session, qint64 programId)
{
    const QSignalBlocker blocker(combo);
    auto *model = qobject_cast<ProgramChoiceModel *>(combo->model());
    if (!model) {
        model = new ProgramChoiceModel(combo);
        combo->setModel(model);
        // Thousands of programs: the popup measures one row for them all.
        if (auto *list = qobject_cast<QListView *>(combo->view()))
            list->setUniformItemSizes(true);
    }
    model->setChoices(ProgramChoiceModel::sorted(session.snapshot().programs));
    combo->setCurrentIndex(model->rowOf(programId));
}

void fillContacts(QComboBox *combo, const Session &session, qint64 programId, qint64 contactId,
                  bool pickDefault)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(QCoreApplication::translate("RecipientCombos", "No contact"), 0);
    const core::Program *program = session.program(programId);
    combo->setEnabled(program != nullptr);
    if (!program)
        return;
    const QList<core::Contact> contacts = session.contactsOf(programId);
    for (const core::Contact &c : contacts) {
        const QString name =
            c.title.isEmpty() ? c.fullName() : c.title + QLatin1Char(' ') + c.fullName();
        combo->addItem(QStringLiteral("%1 — %2").arg(name, labels::role(c.role)), c.id);
    }
    int index = contactId ? combo->findData(contactId) : -1;
    if (index < 0 && pickDefault)
        index = combo->findData(defaultContact(*program, contacts));
    combo->setCurrentIndex(std::max(index, 0));
}

} // namespace rapport::ui::recipients
