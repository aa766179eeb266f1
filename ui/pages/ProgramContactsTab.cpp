#include "ProgramContactsTab.h"

#include "Icons.h"
#include "Prompter.h"
#include "Session.h"
#include "dialogs/ContactDialog.h"
#include "models/ContactListModel.h"
#include "undo/RecordActions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::ui {

ProgramContactsTab::ProgramContactsTab(Session &session, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_session(session), m_prompter(prompter),
      m_model(new ContactListModel(session, this))
{
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("contactsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ContactListModel::PhoneColumn,
                                                     QHeaderView::Stretch);
    connect(m_view, &QTableView::doubleClicked, this, [this] { editContact(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProgramContactsTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProgramContactsTab::updateButtons);

    m_add = new QPushButton(themeIcon(QStringLiteral("list-add")), tr("&Add…"));
    m_add->setObjectName(QStringLiteral("contactAdd"));
    m_edit = new QPushButton(themeIcon(QStringLiteral("document-edit")), tr("Ed&it…"));
    m_edit->setObjectName(QStringLiteral("contactEdit"));
    m_remove = new QPushButton(themeIcon(QStringLiteral("edit-delete")), tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("contactRemove"));
    m_merge = new QPushButton(tr("&Merge Into…"));
    m_merge->setObjectName(QStringLiteral("contactMerge"));
    m_merge->setToolTip(tr("The same person entered twice: keep one, with the other's entries"));
    m_recordActions = new RecordActions(m_session, m_prompter, RecordActions::Records::Contacts,
                                        m_view, [this] { return currentContactId(); });
    m_write = new QPushButton(themeIcon(QStringLiteral("mail-message-new")), tr("&Write to…"));
    m_write->setObjectName(QStringLiteral("contactWrite"));
    m_write->setToolTip(tr("Compose a message to this contact"));
    connect(m_add, &QPushButton::clicked, this, [this] { addContact(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editContact(); });
    connect(m_remove, &QPushButton::clicked, this, &ProgramContactsTab::removeContact);
    connect(m_merge, &QPushButton::clicked, this, &ProgramContactsTab::mergeContact);
    connect(m_write, &QPushButton::clicked, this,
            [this] { Q_EMIT writeRequested(currentContactId()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_merge);
    buttons->addStretch();
    buttons->addWidget(m_write);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void ProgramContactsTab::setProgram(qint64 programId)
{
    m_model->setProgram(programId);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void ProgramContactsTab::refresh()
{
    const qint64 current = currentContactId();
    m_model->refresh();
    const QModelIndex again = m_model->indexOf(current);
    if (again.isValid())
        m_view->selectRow(again.row());
    else if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

qint64 ProgramContactsTab::currentContactId() const
{
    const core::Contact *c = m_model->contactAt(m_view->currentIndex());
    return c ? c->id : 0;
}

void ProgramContactsTab::updateButtons()
{
    const bool program = m_model->programId() != 0;
    const bool contact = currentContactId() != 0;
    m_add->setEnabled(program);
    m_edit->setEnabled(contact);
    m_remove->setEnabled(contact);
    m_merge->setEnabled(contact && m_model->rowCount() > 1);
    m_recordActions->update();
    m_write->setEnabled(contact);
}

ContactDialog *ProgramContactsTab::addContact()
{
    if (!m_model->programId())
        return nullptr;
    core::Contact fresh;
    fresh.programId = m_model->programId();
    auto *dialog = new ContactDialog(m_session, m_prompter, fresh, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Listed once the season is read again with it.
        m_session.afterUpdate(this, [this, id = dialog->contactId()] {
            const QModelIndex added = m_model->indexOf(id);
            if (added.isValid())
                m_view->selectRow(added.row());
        });
    });
    dialog->open();
    return dialog;
}

ContactDialog *ProgramContactsTab::editContact()
{
    const core::Contact *c = m_model->contactAt(m_view->currentIndex());
    if (!c)
        return nullptr;
    auto *dialog = new ContactDialog(m_session, m_prompter, *c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ProgramContactsTab::removeContact()
{
    if (const qint64 id = currentContactId())
        recordActions::deleteContact(m_session, m_prompter, this, id);
}

void ProgramContactsTab::mergeContact()
{
    if (const qint64 id = currentContactId())
        recordActions::mergeContact(m_session, m_prompter, this, id);
}

} // namespace rapport::ui
