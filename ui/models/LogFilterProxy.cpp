#include "LogFilterProxy.h"

#include "LogModel.h"

#include <algorithm>
#include <numeric>

namespace rapport::ui {

LogFilterProxy::LogFilterProxy(QObject *parent) : QAbstractProxyModel(parent) {}

void LogFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_log = qobject_cast<const LogModel *>(model);
    QAbstractProxyModel::setSourceModel(model);
    if (m_log) {
        m_connections = {
            connect(m_log, &QAbstractItemModel::modelAboutToBeReset, this,
                    &LogFilterProxy::beginResetModel),
            connect(m_log, &QAbstractItemModel::modelReset, this, &LogFilterProxy::sourceReset),
            connect(m_log, &QAbstractItemModel::dataChanged, this,
                    &LogFilterProxy::sourceDataChanged)};
    }
    sourceReset();
}

void LogFilterProxy::sourceReset()
{
    // Sorting by the previous column first keeps ties where they were, so
    // a save does not shuffle rows of one program or subject.
    m_order.resize(m_log ? static_cast<size_t>(m_log->rowCount()) : 0);
    std::iota(m_order.begin(), m_order.end(), 0);
    sortRows(m_previousSortColumn, m_previousSortOrder);
    sortRows(m_sortColumn, m_sortOrder);
    filterRows();
    endResetModel();
}

void LogFilterProxy::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const int top = topLeft.row();
    const int bottom = bottomRight.row();
    const int left = topLeft.column();
    const int right = bottomRight.column();
    // A changed key or a row that now passes the filters, or no longer
    // does, moves rows: one layout change. Otherwise the cells are the
    // same rows' and only they repaint.
    const bool resort = m_sortColumn >= left && m_sortColumn <= right;
    bool refilter = false;
    for (int row = top; row <= bottom && !refilter; ++row)
        refilter = accepts(row) != (m_proxyRow[static_cast<size_t>(row)] >= 0);
    if (resort || refilter) {
        relayout(resort);
        return;
    }
    if (bottom > top) {
        if (!m_visible.empty())
            Q_EMIT dataChanged(index(0, left), index(rowCount() - 1, right), roles);
        return;
    }
    if (const int row = m_proxyRow[static_cast<size_t>(top)]; row >= 0)
        Q_EMIT dataChanged(index(row, left), index(row, right), roles);
}

void LogFilterProxy::setProgramId(std::optional<qint64> programId)
{
    if (m_programId == programId)
        return;
    m_programId = programId;
    relayout(false);
}

void LogFilterProxy::setDateRange(const QDate &from, const QDate &to)
{
    if (m_from == from && m_to == to)
        return;
    m_from = from;
    m_to = to;
    relayout(false);
}

void LogFilterProxy::setDirection(std::optional<core::Direction> direction)
{
    if (m_direction == direction)
        return;
    m_direction = direction;
    relayout(false);
}

void LogFilterProxy::setKind(std::optional<core::Kind> kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    relayout(false);
}

void LogFilterProxy::setFindingsOnly(bool on)
{
    if (m_findingsOnly == on)
        return;
    m_findingsOnly = on;
    relayout(false);
}

void LogFilterProxy::setAllowedIds(std::optional<std::vector<qint64>> ids)
{
    if (ids && !std::is_sorted(ids->cbegin(), ids->cend()))
        std::sort(ids->begin(), ids->end());
    if (m_allowedIds == ids)
        return;
    m_allowedIds = std::move(ids);
    relayout(false);
}

void LogFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    if (column != m_sortColumn) {
        m_previousSortColumn = m_sortColumn;
        m_previousSortOrder = m_sortOrder;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    relayout(true);
}

void LogFilterProxy::relayout(bool resort)
{
    if (!m_log)
        return;
    // Columns never change: the sort hint lets views keep per-row state only.
    const QList<QPersistentModelIndex> parents;
    Q_EMIT layoutAboutToBeChanged(parents, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(static_cast<size_t>(before.size()));
    for (const QModelIndex &index : before)
        sourceRows.push_back(m_visible.at(static_cast<size_t>(index.row())));
    if (resort)
        sortRows(m_sortColumn, m_sortOrder);
    filterRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = m_proxyRow.at(static_cast<size_t>(sourceRows.at(static_cast<size_t>(i))));
        after << (row < 0 ? QModelIndex() : createIndex(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged(parents, QAbstractItemModel::VerticalSortHint);
}

void LogFilterProxy::sortRows(int column, Qt::SortOrder order)
{
    if (!m_log || column < 0 || column >= LogModel::ColumnCount) {
        std::sort(m_order.begin(), m_order.end());
        return;
    }
    const std::vector<qint64> &keys = m_log->sortKeys(column);
    const auto key = [&keys](int row) {
        return keys[static_cast<size_t>(row)];
    };
    if (order == Qt::AscendingOrder)
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&](int a, int b) { return key(a) < key(b); });
    else
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&](int a, int b) { return key(a) > key(b); });
}

void LogFilterProxy::filterRows()
{
    m_visible.clear();
    m_proxyRow.assign(m_order.size(), -1);
    for (int row : m_order) {
        if (accepts(row)) {
            m_proxyRow[static_cast<size_t>(row)] = static_cast<int>(m_visible.size());
            m_visible.push_back(row);
        }
    }
}

bool LogFilterProxy::accepts(int sourceRow) const
{
    const core::Communication &c = m_log->communicationAt(sourceRow);
    if (m_allowedIds && !std::binary_search(m_allowedIds->cbegin(), m_allowedIds->cend(), c.id))
        return false;
    if (m_programId && c.programId != *m_programId)
        return false;
    if (m_direction && c.direction != *m_direction)
        return false;
    if (m_kind && c.kind != *m_kind)
        return false;
    if (m_findingsOnly && m_log->findingCount(c.id) == 0)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate date = c.at.date();
        if (m_from.isValid() && date < m_from)
            return false;
        if (m_to.isValid() && date > m_to)
            return false;
    }
    return true;
}

QModelIndex LogFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    return hasIndex(row, column, parent) ? createIndex(row, column) : QModelIndex();
}

QModelIndex LogFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex LogFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

bool LogFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

int LogFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_log ? 0 : static_cast<int>(m_visible.size());
}

int LogFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_log ? 0 : m_log->columnCount();
}

QModelIndex LogFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_log || !proxyIndex.isValid() || proxyIndex.model() != this ||
        proxyIndex.row() >= rowCount())
        return {};
    return m_log->index(m_visible[static_cast<size_t>(proxyIndex.row())], proxyIndex.column());
}

QModelIndex LogFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_log || !sourceIndex.isValid() || sourceIndex.model() != m_log ||
        static_cast<size_t>(sourceIndex.row()) >= m_proxyRow.size())
        return {};
    const int row = m_proxyRow[static_cast<size_t>(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

} // namespace rapport::ui
