#pragma once

#include "io/ProgramCsvImport.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableView;

namespace rapport::ui {

class FileChooser;
class ImportPreviewModel;
class Prompter;
class Session;

// Programs from a CSV file: every row previewed as it would be stored (bad
// ones with their line and what is wrong), the columns re-mapped by hand if
// a header was not understood, then one transaction and a summary. Nothing
// is written before the user presses Import.
class ImportProgramsDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportProgramsDialog(Session &session, Prompter &prompter, FileChooser &files,
                         QWidget *parent = nullptr);

    // Reads and previews path; false (after saying why) when it cannot be read.
    bool openFile(const QString &path);
    QString fileName() const { return m_path; }

    ImportPreviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The mapping combo of the file's column index (nullptr beyond them).
    QComboBox *mappingCombo(int column) const;
    void setMode(core::ImportMode mode);
    core::ImportMode mode() const;
    // The last import's outcome; empty before one ran.
    std::optional<core::ProgramImportSummary> summary() const { return m_summary; }

public Q_SLOTS:
    void chooseFile();
    // Imports now (what the Import button does); false when nothing was written.
    bool import();

private:
    QWidget *createPreviewPage();
    QWidget *createSummaryPage();
    void rebuildMappingRow(const core::ProgramColumnMapping &mapping);
    void onMappingChanged(int column);
    void showPreview(const core::ProgramCsvPreview &preview);
    void updateCounts();
    void showSummary(const core::ProgramImportSummary &summary);

    Session &m_session;
    Prompter &m_prompter;
    FileChooser &m_files;
    QString m_path;
    std::optional<core::ProgramImportSummary> m_summary;

    ImportPreviewModel *m_model = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_file = nullptr;
    QWidget *m_mappingBox = nullptr;
    QGridLayout *m_mappingGrid = nullptr;
    QList<QComboBox *> m_combos;
    QLabel *m_ignored = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_blocker = nullptr;
    QRadioButton *m_goodRows = nullptr;
    QRadioButton *m_allOrNothing = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_summaryText = nullptr;
};

} // namespace rapport::ui
