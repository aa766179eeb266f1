#pragma once

#include "Result.h"
#include "mail/MailInbox.h"

#include <QAbstractTableModel>
#include <QList>

namespace rapport::ui {

class Session;

// The review queue of captured mail, one row per message, by time: the
// pending ones, or every one when decided ones are shown too. Read from the
// database by refresh(); names come from the session's snapshot.
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        FromColumn,
        SubjectColumn,
        ProgramColumn,
        ContactColumn,
        KindColumn,
        DirectionColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ProblemRole, // QString: why it cannot be logged, empty when it can
    };

    explicit InboxModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Confirmed and ignored messages too, not only pending ones; refreshes.
    core::Status setShowDecided(bool show);
    bool showsDecided() const { return m_showDecided; }
    core::Status refresh();

    // nullptr for an invalid index.
    const core::InboxEntry *entryAt(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 id, int column = 0) const;

    // What the Program column says of a message without a proposal.
    static QString noMatchText();

private:
    QVariant display(const core::InboxEntry &e, int column) const;
    QVariant toolTip(const core::InboxEntry &e, int column) const;

    Session &m_session;
    bool m_showDecided = false;
    QList<core::InboxEntry> m_rows;
};

} // namespace rapport::ui
