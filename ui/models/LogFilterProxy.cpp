#include "LogFilterProxy.h"

#include "LogModel.h"

namespace rapport::ui {

LogFilterProxy::LogFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(LogModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void LogFilterProxy::changed()
{
    invalidateRowsFilter();
}

void LogFilterProxy::setProgramId(std::optional<qint64> programId)
{
    if (m_programId == programId)
        return;
    m_programId = programId;
    changed();
}

void LogFilterProxy::setDateRange(const QDate &from, const QDate &to)
{
    if (m_from == from && m_to == to)
        return;
    m_from = from;
    m_to = to;
    changed();
}

void LogFilterProxy::setDirection(std::optional<core::Direction> direction)
{
    if (m_direction == direction)
        return;
    m_direction = direction;
    changed();
}

void LogFilterProxy::setKind(std::optional<core::Kind> kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    changed();
}

void LogFilterProxy::setFindingsOnly(bool on)
{
    if (m_findingsOnly == on)
        return;
    m_findingsOnly = on;
    changed();
}

void LogFilterProxy::setAllowedIds(std::optional<QSet<qint64>> ids)
{
    if (m_allowedIds == ids)
        return;
    m_allowedIds = std::move(ids);
    changed();
}

void LogFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_log = qobject_cast<const LogModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool LogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_log) {
        const core::Communication *c = m_log->communicationAt(index);
        return c &&
               accepts(c->id, c->programId, c->at.date(), static_cast<int>(c->direction),
                       static_cast<int>(c->kind), m_findingsOnly ? m_log->findingCount(c->id) : 0);
    }
    return accepts(
        index.data(LogModel::IdRole).toLongLong(), index.data(LogModel::ProgramIdRole).toLongLong(),
        index.data(LogModel::DateRole).toDate(), index.data(LogModel::DirectionRole).toInt(),
        index.data(LogModel::KindRole).toInt(), index.data(LogModel::FindingCountRole).toInt());
}

bool LogFilterProxy::accepts(qint64 id, qint64 programId, const QDate &date, int direction,
                             int kind, int findings) const
{
    if (m_allowedIds && !m_allowedIds->contains(id))
        return false;
    if (m_programId && programId != *m_programId)
        return false;
    if (m_direction && direction != static_cast<int>(*m_direction))
        return false;
    if (m_kind && kind != static_cast<int>(*m_kind))
        return false;
    if (m_findingsOnly && findings == 0)
        return false;
    if (m_from.isValid() && date < m_from)
        return false;
    return !(m_to.isValid() && date > m_to);
}

} // namespace rapport::ui
