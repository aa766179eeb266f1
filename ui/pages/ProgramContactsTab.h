#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace rapport::ui {

class ContactDialog;
class ContactListModel;
class Prompter;
class RecordActions;
class Session;

// The Programs page's "Contacts" tab: the program's people, added, edited
// and removed through ContactDialog.
class ProgramContactsTab final : public QWidget
{
    Q_OBJECT

public:
    ProgramContactsTab(Session &session, Prompter &prompter, QWidget *parent = nullptr);

    void setProgram(qint64 programId);
    ContactListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public Q_SLOTS:
    void refresh();
    // Both open the dialog without blocking and return it.
    ContactDialog *addContact();
    ContactDialog *editContact();
    void removeContact();
    void mergeContact();

Q_SIGNALS:
    void writeRequested(qint64 contactId);

private:
    qint64 currentContactId() const;
    void updateButtons();

    Session &m_session;
    Prompter &m_prompter;
    ContactListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_merge = nullptr;
    RecordActions *m_recordActions = nullptr;
    QPushButton *m_write = nullptr;
};

} // namespace rapport::ui
