#pragma once

#include "domain/Enums.h"
#include "domain/Program.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <array>
#include <optional>

namespace rapport::ui {

class Session;

// The season's programs, one row each, with what the list shows at a glance:
// status, interview, quota use, open findings and the top-choice star.
// Findings come from the session's once-per-reload season check.
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
        FindingsColumn,
        ColumnCount
    };

    enum Role
    {
        ProgramIdRole = Qt::UserRole + 1,
        SortRole,         // raw value of the cell, for sorting
        StatusRole,       // int(core::ProgramStatus)
        SearchTextRole,   // name, institution, city and state, for the text filter
        TopChoiceRole,    // bool: a letter of intent went to this program
        QuotaUsedRole,    // quota columns: messages counted
        QuotaMaximumRole, // quota columns: effective maximum
        QuotaRecommendedRole,
        OpenFindingsRole,  // unacknowledged findings
        WorstSeverityRole, // int(core::Severity) of the worst open finding, -1 = none
        NeedsAttentionRole // bool: an open warning/violation, or a thank-you due
    };

    // The three quotas shown as columns, in column order.
    enum Quota
    {
        PreInterview,
        ThankYou,
        PostInterview,
        QuotaCount
    };

    explicit ProgramListModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const core::Program *programAt(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 programId, int column = NameColumn) const;
    bool isTopChoice(qint64 programId) const;

    static QString quotaName(Quota quota); // "pre_interview", … as QuotaPolicy spells it

public Q_SLOTS:
    // Rereads the session's snapshot and findings (a full reset).
    void refresh();

private:
    struct QuotaUse
    {
        int used = 0;
        int maximum = 0;
        int recommended = 0;
    };
    struct Row
    {
        core::Program program;
        std::array<QuotaUse, QuotaCount> quotas;
        bool topChoice = false;
        int openFindings = 0;
        std::optional<core::Severity> worst;
        bool needsAttention = false;
        QString searchText;
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;

    Session &m_session;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOf;
    QIcon m_star;
    QIcon m_noStar; // keeps names aligned whether starred or not
};

} // namespace rapport::ui
