#pragma once

#include "domain/Contact.h"

#include <QAbstractTableModel>

namespace rapport::ui {

class Session;

// The contacts of one program, one row each.
class ContactListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        EmailColumn,
        PhoneColumn,
        ColumnCount
    };
    enum Role
    {
        ContactIdRole = Qt::UserRole + 1,
        SortRole
    };

    explicit ContactListModel(Session &session, QObject *parent = nullptr);

    void setProgram(qint64 programId);
    qint64 programId() const { return m_programId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const core::Contact *contactAt(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 contactId, int column = NameColumn) const;

public Q_SLOTS:
    void refresh();

private:
    Session &m_session;
    qint64 m_programId = 0;
    QList<core::Contact> m_contacts;
};

} // namespace rapport::ui
