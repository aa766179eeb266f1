#pragma once

#include "domain/Enums.h"
#include "domain/Program.h"
#include "models/ProgramRows.h"
#include "rules/Allowance.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QSet>

#include <optional>

namespace rapport::ui {

class DateTimeText;
class Session;

// The season's programs, one row each, with what the list shows at a glance:
// status, interview, quota use, the next thing allowed or due, open findings
// and the top-choice star. Quota use, what is next and the star are read
// from the rule engine's allowance of each program, never counted here;
// findings come from the session's once-per-reload season check.
class ProgramListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        LocationColumn,
        StatusColumn,
        InterviewColumn,
        PreInterviewColumn,
        ThankYouColumn,
        PostInterviewColumn,
        NextColumn,
        FindingsColumn,
        ColumnCount
    };

    enum Role
    {
        ProgramIdRole = Qt::UserRole + 1,
        SortRole,         // raw value of the cell, for sorting
        StatusRole,       // int(core::ProgramStatus)
        SearchTextRole,   // name, institution, city and state, for the text filter
        TopChoiceRole,    // bool: this program was told it is the top choice
        QuotaUsedRole,    // quota columns: messages (thank-you: rounds) counted
        QuotaMaximumRole, // quota columns: effective maximum
        QuotaRecommendedRole,
        OpenFindingsRole,   // unacknowledged findings
        WorstSeverityRole,  // int(core::Severity) of the worst open finding, -1 = none
        NeedsAttentionRole, // bool: an open warning/violation, or a thank-you due
        NextTypeRole        // "due", "allowed", "waiting" or "closed"
    };

    explicit ProgramListModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const core::Program *programAt(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 programId, int column = NameColumn) const;
    // The quota a column shows, if it shows one.
    static std::optional<core::Quota> quotaOf(int column);

    // The Next column's distinct texts, to fit its width without asking
    // every row.
    QSet<QString> nextTexts() const;

public Q_SLOTS:
    // Rereads the session's snapshot and findings. Only what changed is
    // announced: rows removed and inserted, changed rows as dataChanged, so
    // the sorted list keeps its place and its selection.
    void refresh();

private:
    using Row = ProgramRow;

    // changed: the programs whose rows differ (null: compare every row).
    void applyRows(const QList<Row> &rows, bool everyRowChanged, const QSet<qint64> *changed);
    // Removes and inserts rows until m_rows holds rows' programs in rows'
    // order, keeping the longest run already in order.
    void rearrangeRows(const QList<Row> &rows);

    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;
    QVariant foreground(const Row &row, int column) const;
    QString topChoiceNote(const Row &row) const;
    DateTimeText dates() const;

    Session &m_session;
    std::shared_ptr<const ProgramRows> m_made; // what m_rows point into
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOf;
    quint64 m_applied = 0; // the ProgramRows::serial shown
    // The program that holds the season's top choice, and when it was told.
    QString m_holderName;
    QDateTime m_holderAt;
    QIcon m_star;
    QIcon m_extraStar; // told too: one program more than the season allows
    QIcon m_noStar;    // keeps names aligned whether starred or not
};

} // namespace rapport::ui
