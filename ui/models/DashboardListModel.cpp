#include "DashboardListModel.h"

#include "PlainText.h"
#include "models/OwnRow.h"

namespace rapport::ui {

void DashboardListModel::setRows(QList<DashboardRow> rows)
{
    const qsizetype count = rows.size();
    setRows(count, [rows = std::move(rows)](qsizetype i) { return rows.at(i); });
}

void DashboardListModel::setRows(qsizetype count, RowMaker make)
{
    beginResetModel();
    m_count = count;
    m_make = std::move(make);
    m_made.clear();
    endResetModel();
}

QList<DashboardRow> DashboardListModel::rows() const
{
    QList<DashboardRow> out;
    out.reserve(m_count);
    for (qsizetype i = 0; i < m_count; ++i)
        out << row(i);
    return out;
}

const DashboardRow &DashboardListModel::row(qsizetype i) const
{
    auto it = m_made.find(i);
    if (it == m_made.end())
        it = m_made.emplace(i, m_make(i)).first;
    return it->second;
}

QModelIndex DashboardListModel::indexOfProgram(qint64 programId, int column) const
{
    for (qsizetype i = 0; i < m_count; ++i) {
        if (row(i).programId == programId)
            return index(static_cast<int>(i), column);
    }
    return {};
}

bool DashboardListModel::hasActions() const
{
    return m_count > 0 && !row(0).action.isEmpty();
}

int DashboardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_count);
}

int DashboardListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardListModel::data(const QModelIndex &index, int role) const
{
    if (!isOwnRow(*this, index))
        return {};
    const DashboardRow &row = this->row(index.row());
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
    case Qt::ToolTipRole:
        return row.toolTip.isEmpty() ? QVariant() : QVariant(plainText::toolTip(row.toolTip));
    case ProgramIdRole: return row.programId;
    case ContactIdRole: return row.contactId;
    case CommunicationIdRole: return row.communicationId;
    default: return {};
    }
}

} // namespace rapport::ui
