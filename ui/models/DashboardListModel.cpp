#include "DashboardListModel.h"

#include <algorithm>

namespace rapport::ui {

void DashboardListModel::setRows(QList<DashboardRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QModelIndex DashboardListModel::indexOfProgram(qint64 programId, int column) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).programId == programId)
            return index(static_cast<int>(i), column);
    }
    return {};
}

bool DashboardListModel::hasActions() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [](const DashboardRow &r) { return !r.action.isEmpty(); });
}

int DashboardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DashboardListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DashboardRow &row = m_rows.at(index.row());
    if (index.column() == ActionColumn) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return row.action.isEmpty() ? QVariant() : QVariant(row.action);
    } else {
        switch (role) {
        case Qt::DisplayRole: return row.title;
        case Qt::AccessibleTextRole:
            return QStringList{row.title, row.subtitle, row.trailing}.join(QStringLiteral(", "));
        case Qt::DecorationRole: return row.icon.isNull() ? QVariant() : QVariant(row.icon);
        case SubtitleRole: return row.subtitle;
        case TrailingRole: return row.trailing;
        case TrailingColorRole:
            return row.trailingColor.isValid() ? QVariant(row.trailingColor) : QVariant();
        case BarRole: return row.bar ? QVariant(*row.bar) : QVariant();
        default: break;
        }
    }
    switch (role) {
    case Qt::ToolTipRole: return row.toolTip.isEmpty() ? QVariant() : QVariant(row.toolTip);
    case ProgramIdRole: return row.programId;
    case ContactIdRole: return row.contactId;
    case CommunicationIdRole: return row.communicationId;
    default: return {};
    }
}

} // namespace rapport::ui
