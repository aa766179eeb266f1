#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace rapport::ui {

class LogModel;

// The log's filters over a LogModel: program, an inclusive date range (by
// the date the entry was written on), direction, kind, "has findings", and
// the ids a full-text search allowed. Unset filters let everything through.
class LogFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LogFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setProgramId(std::optional<qint64> programId);
    void setDateRange(const QDate &from, const QDate &to); // invalid = open end
    void setDirection(std::optional<core::Direction> direction);
    void setKind(std::optional<core::Kind> kind);
    void setFindingsOnly(bool on);
    // nullopt = no search; an empty set = the search matched nothing.
    void setAllowedIds(std::optional<QSet<qint64>> ids);

    std::optional<qint64> programId() const { return m_programId; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    std::optional<core::Direction> direction() const { return m_direction; }
    std::optional<core::Kind> kind() const { return m_kind; }
    bool findingsOnly() const { return m_findingsOnly; }
    const std::optional<QSet<qint64>> &allowedIds() const { return m_allowedIds; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();
    bool accepts(qint64 id, qint64 programId, const QDate &date, int direction, int kind,
                 int findings) const;

    // Set when the source is a LogModel: 30,000 rows filter through its
    // typed accessors instead of a QVariant per role and row.
    const LogModel *m_log = nullptr;

    std::optional<qint64> m_programId;
    QDate m_from;
    QDate m_to;
    std::optional<core::Direction> m_direction;
    std::optional<core::Kind> m_kind;
    bool m_findingsOnly = false;
    std::optional<QSet<qint64>> m_allowedIds;
};

} // namespace rapport::ui
