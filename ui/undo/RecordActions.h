#pragma once

#include <QObject>

#include <functional>

class QAbstractItemView;
class QAction;
class QWidget;

namespace rapport::ui {

class Prompter;
class Session;

// Deleting and merging programs and contacts from the window: each asks
// first, saying what goes with it, and is one undoable edit. False when
// nothing was written.
namespace recordActions {

bool deleteProgram(Session &session, Prompter &prompter, QWidget *parent, qint64 id);
// Asks which program goneId goes into.
bool mergeProgram(Session &session, Prompter &prompter, QWidget *parent, qint64 goneId);
bool deleteContact(Session &session, Prompter &prompter, QWidget *parent, qint64 id);
// Asks which other contact of the program goneId goes into.
bool mergeContact(Session &session, Prompter &prompter, QWidget *parent, qint64 goneId);

} // namespace recordActions

// Delete… (Del) and Merge Into… for the record current in a list: in its
// context menu, and for the Edit menu to show too. Enabled while the list
// is shown with a record current.
class RecordActions final : public QObject
{
    Q_OBJECT

public:
    enum class Records
    {
        Programs,
        Contacts
    };

    RecordActions(Session &session, Prompter &prompter, Records records, QAbstractItemView *list,
                  std::function<qint64()> current);

    QAction *deleteAction() const { return m_delete; }
    QAction *mergeAction() const { return m_merge; }

    void update();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Session &m_session;
    Prompter &m_prompter;
    Records m_records;
    QAbstractItemView *m_list;
    std::function<qint64()> m_current;
    QAction *m_delete;
    QAction *m_merge;
};

} // namespace rapport::ui
