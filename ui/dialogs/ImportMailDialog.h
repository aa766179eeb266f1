#pragma once

#include "io/MailImport.h"

#include <QDialog>

#include <optional>

class QLabel;
class QTextBrowser;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace rapport::ui {

class FileChooser;
class MailPreviewModel;
class Prompter;
class Session;

// Emails from .eml files and mbox archives: every message listed with what
// the import made of it — program, contact, direction, kind, status — for
// the user to correct, untick or assign before anything is stored. Import
// stores the ticked, ready ones in one transaction and sums up.
class ImportMailDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportMailDialog(Session &session, Prompter &prompter, FileChooser &files,
                     QWidget *parent = nullptr);
    ~ImportMailDialog() override;

    // Reads and previews the files; a file that cannot be read is reported
    // and left out. False when no message could be read.
    bool openFiles(const QStringList &paths);

    MailPreviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    std::optional<core::MailImportSummary> summary() const { return m_summary; }

public Q_SLOTS:
    void chooseFiles();
    // What the Import button does; false when nothing was stored.
    bool import();

private:
    QWidget *createPreviewPage();
    QWidget *createSummaryPage();
    void showDetails();
    void updateCounts();
    void showSummary(const core::MailImportSummary &summary);

    Session &m_session;
    Prompter &m_prompter;
    FileChooser &m_files;
    std::optional<core::MailImport> m_import;
    std::optional<core::MailImportSummary> m_summary;
    QStringList m_paths;

    MailPreviewModel *m_model = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_ownAddresses = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_blocker = nullptr;
    QPushButton *m_importButton = nullptr;
    QLabel *m_summaryText = nullptr;
};

} // namespace rapport::ui
