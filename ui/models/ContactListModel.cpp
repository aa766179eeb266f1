#include "ContactListModel.h"

#include "Labels.h"
#include "PlainText.h"
#include "Session.h"
#include "models/OwnRow.h"

namespace rapport::ui {

ContactListModel::ContactListModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{}

void ContactListModel::setProgram(qint64 programId)
{
    m_programId = programId;
    refresh();
}

void ContactListModel::refresh()
{
    beginResetModel();
    m_contacts = m_programId ? m_session.contactsOf(m_programId) : QList<core::Contact>();
    endResetModel();
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const core::Contact *ContactListModel::contactAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_contacts.size())
        return nullptr;
    return &m_contacts.at(index.row());
}

QModelIndex ContactListModel::indexOf(qint64 contactId, int column) const
{
    for (int row = 0; row < m_contacts.size(); ++row) {
        if (m_contacts.at(row).id == contactId)
            return index(row, column);
    }
    return {};
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!isOwnRow(*this, index))
        return {};
    const core::Contact &c = m_contacts.at(index.row());
    if (role == ContactIdRole)
        return c.id;
    if (role == Qt::ToolTipRole)
        return c.notes.isEmpty() ? QVariant() : QVariant(plainText::toolTip(c.notes));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return c.title.isEmpty() ? c.fullName() : c.title + QLatin1Char(' ') + c.fullName();
    case RoleColumn:
        return role == SortRole ? QVariant(static_cast<int>(c.role))
                                : QVariant(labels::role(c.role));
    case EmailColumn: return c.email;
    case PhoneColumn: return c.phone;
    default: return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case RoleColumn: return tr("Role");
    case EmailColumn: return tr("Email");
    case PhoneColumn: return tr("Phone");
    default: return {};
    }
}

} // namespace rapport::ui
