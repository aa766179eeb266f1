#pragma once

#include "domain/Enums.h"

#include <QAbstractProxyModel>
#include <QDate>
#include <QList>
#include <QPointer>

#include <optional>
#include <vector>

namespace rapport::ui {

class LogModel;

// The log's filters and sort over a LogModel: program, an inclusive date
// range (by the date the entry was written on), direction, kind, "has
// findings", and the ids a full-text search allowed. Unset filters let
// everything through.
//
// A flat list of the visible rows rather than a QSortFilterProxyModel: a
// change of filter or sort rebuilds that list in one pass over the model's
// precomputed keys and is announced as one layout change, where the generic
// proxy announced every run of rows and compared strings through data().
class LogFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit LogFilterProxy(QObject *parent = nullptr);

    // The source must be a LogModel; it resets, or announces changed cells.
    void setSourceModel(QAbstractItemModel *model) override;

    void setProgramId(std::optional<qint64> programId);
    void setDateRange(const QDate &from, const QDate &to); // invalid = open end
    void setDirection(std::optional<core::Direction> direction);
    void setKind(std::optional<core::Kind> kind);
    void setFindingsOnly(bool on);
    // nullopt = no search; an empty list = the search matched nothing.
    void setAllowedIds(std::optional<std::vector<qint64>> ids);

    std::optional<qint64> programId() const { return m_programId; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    std::optional<core::Direction> direction() const { return m_direction; }
    std::optional<core::Kind> kind() const { return m_kind; }
    bool findingsOnly() const { return m_findingsOnly; }
    // Ascending.
    const std::optional<std::vector<qint64>> &allowedIds() const { return m_allowedIds; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    // A column of -1 shows the rows in the model's order. Ties keep the
    // order of the previous sort, also through a refresh, so sorting by
    // date then program lists each program's entries by date.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void sourceReset();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    // Rebuilds the visible rows as one layout change, keeping persistent
    // indexes (selection, current row) on their entries.
    void relayout(bool resort);
    // Stable: rows with equal keys keep their order.
    void sortRows(int column, Qt::SortOrder order);
    void filterRows();
    bool accepts(int sourceRow) const;

    // Cleared when the model goes first, as the page tears down.
    QPointer<const LogModel> m_log;
    QList<QMetaObject::Connection> m_connections;
    std::vector<int> m_order;    // every source row, sorted
    std::vector<int> m_visible;  // proxy row -> source row
    std::vector<int> m_proxyRow; // source row -> proxy row, or -1

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_previousSortColumn = -1;
    Qt::SortOrder m_previousSortOrder = Qt::AscendingOrder;
    std::optional<qint64> m_programId;
    QDate m_from;
    QDate m_to;
    std::optional<core::Direction> m_direction;
    std::optional<core::Kind> m_kind;
    bool m_findingsOnly = false;
    std::optional<std::vector<qint64>> m_allowedIds;
};

} // namespace rapport::ui
