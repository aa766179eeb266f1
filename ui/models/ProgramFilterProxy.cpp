#include "ProgramFilterProxy.h"

#include "ProgramListModel.h"

namespace rapport::ui {

ProgramFilterProxy::ProgramFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ProgramListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ProgramFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void ProgramFilterProxy::setStatus(std::optional<core::ProgramStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void ProgramFilterProxy::setNeedsAttention(bool on)
{
    if (on == m_needsAttention)
        return;
    m_needsAttention = on;
    invalidateRowsFilter();
}

bool ProgramFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(ProgramListModel::StatusRole).toInt() != static_cast<int>(*m_status))
        return false;
    if (m_needsAttention && !index.data(ProgramListModel::NeedsAttentionRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(ProgramListModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool ProgramFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l != r || left.column() == ProgramListModel::NameColumn)
        return QSortFilterProxyModel::lessThan(left, right);
    // Equal keys: keep the list in name order, so sorting by status or
    // interview gives a stable, readable order.
    const QModelIndex ln = left.siblingAtColumn(ProgramListModel::NameColumn);
    const QModelIndex rn = right.siblingAtColumn(ProgramListModel::NameColumn);
    return QString::localeAwareCompare(ln.data(sortRole()).toString(),
                                       rn.data(sortRole()).toString()) < 0;
}

} // namespace rapport::ui
