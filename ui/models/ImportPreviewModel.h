#pragma once

#include "io/ProgramCsvImport.h"

#include <QAbstractTableModel>

namespace rapport::ui {

// The rows of a program CSV as the import reads them: the line, what will
// happen (a new program, an update of a stored one, or the problem), then
// one column per Program field the file's columns fill, in file order.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        OutcomeColumn,
        FirstFieldColumn
    };
    enum Role
    {
        LineRole = Qt::UserRole + 1, // int: the physical line the row starts on
        OkRole,                      // bool: the row can be imported
        MessageRole,                 // "line N: …" for a bad row
        ExistingIdRole               // qint64: the stored program it updates, 0 = new
    };

    // The stored program a row would update (id 0 = a new one).
    struct Match
    {
        qint64 id = 0;
        QString name;
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    // matches: one per row of preview.
    void setPreview(const core::ProgramCsvPreview &preview, const QList<Match> &matches);
    const core::ProgramCsvPreview &preview() const { return m_preview; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const core::ProgramCsvRow *rowAt(const QModelIndex &index) const;
    QModelIndex indexOfLine(int line, int column = LineColumn) const;
    // The field a column shows; nullopt for the line and outcome columns.
    std::optional<core::ProgramColumn> fieldAt(int column) const;
    int columnOf(core::ProgramColumn field) const; // -1 when not shown
    int updateCount() const;

    // Translated names of the fields and their values as a person reads them.
    static QString fieldLabel(core::ProgramColumn field);
    // A row's cell; empty where the file leaves it empty.
    static QString fieldValue(const core::ProgramCsvRow &row, core::ProgramColumn field);

private:
    core::ProgramCsvPreview m_preview;
    QList<Match> m_matches;
    QList<core::ProgramColumn> m_fields; // shown, in file order
};

} // namespace rapport::ui
