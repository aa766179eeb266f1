#pragma once

#include "domain/Communication.h"
#include "domain/Contact.h"
#include "domain/Enums.h"
#include "domain/Finding.h"
#include "domain/Program.h"
#include "domain/Season.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <array>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace rapport::core {
struct SeasonSnapshot;
}

namespace rapport::ui {

class Session;

// Every communication of the season, one row each, in the snapshot's order.
// Findings come from Session::findings() (one checkSeason() per reload), cached by the
// communication they are about, so painting never runs a rule.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        ProgramColumn,
        ContactColumn,
        DirectionColumn,
        ChannelColumn,
        KindColumn,
        SubjectColumn,
        StateColumn,
        FindingsColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ProgramIdRole,
        DateRole,         // QDate in the offset the entry was written in
        DirectionRole,    // int(core::Direction)
        KindRole,         // int(core::Kind)
        FindingCountRole, // int
        WorstSeverityRole // int(core::Severity), or -1 without findings
    };

    enum class Updates
    {
        OnSessionChange, // resets on every Session::changed()
        Manual           // the owner calls refresh(), e.g. only while shown
    };

    // Reads the session now, then as updates says.
    explicit LogModel(Session &session, QObject *parent = nullptr,
                      Updates updates = Updates::OnSessionChange);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // nullptr for an invalid index.
    const core::Communication *communicationAt(const QModelIndex &index) const;
    // row must be in [0, rowCount()).
    const core::Communication &communicationAt(int row) const { return m_rows.at(row); }
    QModelIndex indexOf(qint64 communicationId, int column = 0) const;

    int findingCount(qint64 communicationId) const;
    std::optional<core::Severity> worstSeverity(qint64 communicationId) const;

    // One key per row, in row order, that orders the rows as the column
    // shows them: the moment for the date, the rank of the collated text
    // (case-insensitive) for text columns, the worst severity then the count
    // for findings. Worked out on first use after each refresh, so sorting
    // compares integers rather than strings.
    const std::vector<qint64> &sortKeys(int column) const;
    // Whether sortKeys(column) has them already: after a refresh the names
    // and subjects are collated on a pool thread.
    bool sortKeysMade(int column) const;

public Q_SLOTS:
    // Resets when entries came or went or the order changed; otherwise
    // announces the changed cells only.
    void refresh();

private:
    struct Findings
    {
        int count = 0;
        core::Severity worst = core::Severity::Info;
    };

    void reset(const core::SeasonSnapshot &snapshot);
    // edited: the rows stamped since they were read, in order.
    void update(const core::SeasonSnapshot &snapshot, const std::vector<int> &edited);
    void letGoOfRows();
    // The columns whose cells show something else; as bits, 1 << column.
    static unsigned changedColumns(const core::Communication &was, const core::Communication &now);
    static QHash<qint64, QString> programNames(const QList<core::Program> &programs);
    static QHash<qint64, int> contactIndex(const QList<core::Contact> &contacts);
    static QHash<qint64, Findings> findingsByEntry(const QList<core::Finding> &findings);

    QVariant display(const core::Communication &c, int column) const;
    QVariant decoration(const core::Communication &c, int column) const;
    QVariant toolTip(const core::Communication &c, int column) const;
    QString findingMessages(qint64 communicationId) const;
    std::vector<qint64> makeSortKeys(int column) const;
    std::vector<qint64> collatedKeys(int column) const;
    // Ranks of the texts text() gives each row, in the collator's order.
    static std::vector<qint64>
    collate(const QList<core::Communication> &rows, int column,
            const std::function<QString(const core::Communication &)> &text);
    void collateInBackground();
    // The Program, Contact and Subject cells, from what the model holds.
    static QString cellText(const core::Communication &c, int column,
                            const QHash<qint64, QString> &programNames,
                            const QList<core::Contact> &contacts,
                            const QHash<qint64, int> &contactAt);

    Session &m_session;
    // The lists share the snapshot's and the session's: a refresh copies no
    // entry, and names and messages are made when a cell asks for them.
    QList<core::Communication> m_rows;
    std::vector<std::pair<qint64, int>> m_rowOf; // (id, row), by id
    QList<core::Program> m_programs;
    QHash<qint64, QString> m_programNames;
    QList<core::Contact> m_contacts;
    QHash<qint64, int> m_contactAt; // id -> index in m_contacts
    QList<core::Finding> m_findingList;
    QHash<qint64, Findings> m_findings;
    mutable std::array<std::optional<std::vector<qint64>>, ColumnCount> m_sortKeys;
    quint64 m_keyGeneration = 0; // bumped when rows or texts change
    // What the rows shown were read as: another file or an older read
    // means a reset.
    qint64 m_epoch = -1;
    qint64 m_revision = -1;
    core::Season m_season;
};

} // namespace rapport::ui
