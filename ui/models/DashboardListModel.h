#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <unordered_map>

namespace rapport::ui {

// A coloured count or label drawn as a pill beside a row's title.
struct DashboardBadge
{
    QString text;
    QColor color;
};

// One line of a dashboard card: what it says and what a click opens.
struct DashboardRow
{
    QString title;
    QString subtitle;
    QIcon icon;
    QString trailing;     // right-aligned note, e.g. "due in 31 h"
    QColor trailingColor; // invalid = the palette's text colour
    QList<DashboardBadge> badges;
    std::optional<double> bar; // 0..1: drawn as a horizontal bar
    QString action;            // button text; empty = no button
    QString toolTip;
    qint64 programId = 0;
    qint64 contactId = 0;
    qint64 communicationId = 0;
};

// The rows of one dashboard card. Column 0 is the row itself, column 1 its
// button (empty when the row has none). Rows are made when first asked for:
// a card shows a few of thousands, and making the rest would cost the
// window a frame.
class DashboardListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MainColumn,
        ActionColumn,
        ColumnCount
    };
    enum Role
    {
        SubtitleRole = Qt::UserRole + 1,
        TrailingRole,
        TrailingColorRole,
        BarRole,
        ProgramIdRole,
        ContactIdRole,
        CommunicationIdRole,
    };

    // Makes row i of the count given with it.
    using RowMaker = std::function<DashboardRow(qsizetype i)>;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<DashboardRow> rows);
    void setRows(qsizetype count, RowMaker make);
    // Every row, made now.
    QList<DashboardRow> rows() const;
    const DashboardRow &rowAt(const QModelIndex &index) const { return row(index.row()); }
    // The first row about programId, or an invalid index.
    QModelIndex indexOfProgram(qint64 programId, int column = MainColumn) const;
    // A card's rows all have a button or none has: the first row tells.
    bool hasActions() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const DashboardRow &row(qsizetype i) const;

    qsizetype m_count = 0;
    RowMaker m_make;
    // Node-based: a row handed out stays where it is while others are made.
    mutable std::unordered_map<qsizetype, DashboardRow> m_made;
};

} // namespace rapport::ui
