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

bool LogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_allowedIds && !m_allowedIds->contains(index.data(LogModel::IdRole).toLongLong()))
        return false;
    if (m_programId && index.data(LogModel::ProgramIdRole).toLongLong() != *m_programId)
        return false;
    if (m_direction && index.data(LogModel::DirectionRole).toInt() != static_cast<int>(*m_direction))
        return false;
    if (m_kind && index.data(LogModel::KindRole).toInt() != static_cast<int>(*m_kind))
        return false;
    if (m_findingsOnly && index.data(LogModel::FindingCountRole).toInt() == 0)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate date = index.data(LogModel::DateRole).toDate();
        if ((m_from.isValid() && date < m_from) || (m_to.isValid() && date > m_to))
            return false;
    }
    return true;
}

} // namespace rapport::ui
