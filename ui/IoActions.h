#pragma once

#include "Result.h"
#include "report/PdfPages.h"

#include <QKeySequence>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace rapport::ui {

class FileChooser;
class ImportMailDialog;
class ImportProgramsDialog;
class PdfJob;
class Prompter;
class Session;

// File ▸ Import, Export, Back up and Restore: the actions and what they do,
// so the main window only puts them in its menu. Every file path comes from
// the FileChooser (the desktop's dialogs unless a test sets its own).
class IoActions final : public QObject
{
    Q_OBJECT

public:
    // currentProgram: the program the window shows, 0 for none.
    IoActions(Session &session, Prompter &prompter, QWidget *window,
              std::function<qint64()> currentProgram);
    ~IoActions() override;

    // Import ▸, Export ▸, then Back up… and Restore…
    void addTo(QMenu *fileMenu);
    void setFileChooser(FileChooser *chooser); // nullptr: the desktop's dialogs again

    QAction *importProgramsAction() const { return m_importPrograms; }
    QAction *importMailAction() const { return m_importMail; }
    QAction *exportLogAction() const { return m_exportLog; }
    QAction *seasonReportAction() const { return m_seasonReport; }
    QAction *programReportAction() const { return m_programReport; }
    QAction *remindersAction() const { return m_reminders; }
    QAction *backupAction() const { return m_backup; }
    QAction *restoreAction() const { return m_restore; }

    // The dialog the last import action opened (not modal), for tests.
    ImportProgramsDialog *programsDialog() const;
    ImportMailDialog *mailDialog() const;
    // While a report is being written: its progress, with a Cancel button.
    bool isWritingReport() const;
    QProgressDialog *reportProgress() const;

public Q_SLOTS:
    // Each asks for its file(s) first; nothing happens when that is cancelled.
    ImportProgramsDialog *importPrograms();
    ImportMailDialog *importMail();
    // True when the file was written.
    bool exportLog();
    bool exportReminders();
    // True when the report began to be written, on a thread of its own and
    // from a copy of the season, behind a progress dialog; the status bar
    // tells when it is done.
    bool exportSeasonReport();
    bool exportProgramReport();
    bool backUp();
    bool restore();
    // Enables the program report only while a program is selected.
    void updateActions();

Q_SIGNALS:
    // A short note for the status bar ("Season report written to …").
    void statusMessage(const QString &text);

private:
    QAction *makeAction(const QString &text, const char *objectName, const QKeySequence &shortcut);
    FileChooser &files();
    bool writeFile(const QString &path, const QByteArray &bytes);
    QString stamp() const; // the clock's date for file names
    void startReport(const QString &what, const QString &path,
                     std::function<core::Result<int>(const PdfProgress &)> write);
    void reportDone(const QString &what, const QString &path);
    // path, with .suffix added when the user typed none.
    static QString withSuffix(const QString &path, const QString &suffix);

    Session &m_session;
    Prompter &m_prompter;
    QWidget *m_window;
    std::function<qint64()> m_currentProgram;
    std::unique_ptr<FileChooser> m_dialogs;
    FileChooser *m_chooser = nullptr;

    QAction *m_importPrograms = nullptr;
    QAction *m_importMail = nullptr;
    QAction *m_exportLog = nullptr;
    QAction *m_seasonReport = nullptr;
    QAction *m_programReport = nullptr;
    QAction *m_reminders = nullptr;
    QAction *m_backup = nullptr;
    QAction *m_restore = nullptr;
    QPointer<ImportProgramsDialog> m_programsDialog;
    QPointer<ImportMailDialog> m_mailDialog;
    PdfJob *m_report = nullptr;
    QProgressDialog *m_reportProgress = nullptr;
};

} // namespace rapport::ui
