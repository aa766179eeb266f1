#include "IoActions.h"

#include "FileChooser.h"
#include "Prompter.h"
#include "Session.h"
#include "dialogs/ImportMailDialog.h"
#include "dialogs/ImportProgramsDialog.h"
#include "report/PdfJob.h"
#include "report/SeasonReport.h"

#include "io/Backup.h"
#include "io/BackupFiles.h"
#include "io/IcsExport.h"
#include "io/LogCsvExport.h"
#include "rules/RuleEngine.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QProgressDialog>

namespace rapport::ui {

IoActions::IoActions(Session &session, Prompter &prompter, QWidget *window,
                     std::function<qint64()> currentProgram)
    : QObject(window), m_session(session), m_prompter(prompter), m_window(window),
      m_currentProgram(std::move(currentProgram)), m_dialogs(std::make_unique<DialogFileChooser>())
{
    m_importPrograms = makeAction(tr("&Programs from CSV…"), "actionImportPrograms",
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importPrograms->setStatusTip(tr("Add or update programs from a spreadsheet saved as CSV"));
    connect(m_importPrograms, &QAction::triggered, this, &IoActions::importPrograms);
    m_importMail = makeAction(tr("&Email (.eml, mbox)…"), "actionImportMail",
                              QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importMail->setStatusTip(tr("Log messages saved from your mail program"));
    connect(m_importMail, &QAction::triggered, this, &IoActions::importMail);
    m_exportLog = makeAction(tr("&Log as CSV…"), "actionExportLog",
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportLog->setStatusTip(tr("Every communication of the season, for a spreadsheet"));
    connect(m_exportLog, &QAction::triggered, this, &IoActions::exportLog);
    m_seasonReport =
        makeAction(tr("&Season report (PDF)…"), "actionSeasonReport", QKeySequence::Print);
    m_seasonReport->setStatusTip(tr("A printable report of the whole season"));
    connect(m_seasonReport, &QAction::triggered, this, &IoActions::exportSeasonReport);
    m_programReport = makeAction(tr("P&rogram report (PDF)…"), "actionProgramReport",
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_programReport->setStatusTip(tr("A printable report of the selected program's timeline"));
    connect(m_programReport, &QAction::triggered, this, &IoActions::exportProgramReport);
    m_reminders = makeAction(tr("&Reminders (iCalendar)…"), "actionExportReminders", {});
    m_reminders->setStatusTip(tr("Thank-you notes due, the rank-list deadline and Match Day, "
                                 "for your calendar"));
    connect(m_reminders, &QAction::triggered, this, &IoActions::exportReminders);
    m_backup =
        makeAction(tr("&Back up…"), "actionBackup", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_backup->setStatusTip(tr("A copy of the whole season in one file"));
    connect(m_backup, &QAction::triggered, this, &IoActions::backUp);
    m_restore = makeAction(tr("Res&tore…"), "actionRestore", {});
    m_restore->setStatusTip(tr("Replace the season with a backup; the current one is kept"));
    connect(m_restore, &QAction::triggered, this, &IoActions::restore);
    updateActions();
}

IoActions::~IoActions() = default;

QAction *IoActions::makeAction(const QString &text, const char *objectName,
                               const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(objectName));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

void IoActions::addTo(QMenu *fileMenu)
{
    QMenu *import = fileMenu->addMenu(tr("&Import"));
    import->setObjectName(QStringLiteral("menuImport"));
    import->addAction(m_importPrograms);
    import->addAction(m_importMail);
    QMenu *exportMenu = fileMenu->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("menuExport"));
    exportMenu->addAction(m_exportLog);
    exportMenu->addAction(m_seasonReport);
    exportMenu->addAction(m_programReport);
    exportMenu->addAction(m_reminders);
    connect(exportMenu, &QMenu::aboutToShow, this, &IoActions::updateActions);
    fileMenu->addSeparator();
    fileMenu->addAction(m_backup);
    fileMenu->addAction(m_restore);
}

ImportProgramsDialog *IoActions::programsDialog() const
{
    return m_programsDialog;
}

ImportMailDialog *IoActions::mailDialog() const
{
    return m_mailDialog;
}

void IoActions::setFileChooser(FileChooser *chooser)
{
    m_chooser = chooser;
}

FileChooser &IoActions::files()
{
    return m_chooser ? *m_chooser : *m_dialogs;
}

bool IoActions::isWritingReport() const
{
    return m_report != nullptr;
}

QProgressDialog *IoActions::reportProgress() const
{
    return m_reportProgress;
}

void IoActions::updateActions()
{
    const qint64 id = m_currentProgram ? m_currentProgram() : 0;
    const core::Program *program = id ? m_session.program(id) : nullptr;
    // One report at a time.
    m_seasonReport->setEnabled(!m_report);
    m_programReport->setEnabled(program != nullptr && !m_report);
    m_programReport->setStatusTip(program
                                      ? tr("A printable report of %1's timeline").arg(program->name)
                                      : tr("Select a program first"));
}

QString IoActions::stamp() const
{
    return m_session.clock().now().date().toString(Qt::ISODate);
}

QString IoActions::withSuffix(const QString &path, const QString &suffix)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + suffix : path;
}

bool IoActions::writeFile(const QString &path, const QByteArray &bytes)
{
    if (auto s = core::writeFileAtomically(path, bytes); !s) {
        m_prompter.showError(m_window, s.errorMessage());
        return false;
    }
    return true;
}

ImportProgramsDialog *IoActions::importPrograms()
{
    const QString path = files().openFile(m_window, tr("Import programs from CSV"),
                                          tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return nullptr;
    auto *dialog = new ImportProgramsDialog(m_session, m_prompter, files(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->openFile(path)) {
        delete dialog;
        return nullptr;
    }
    m_programsDialog = dialog;
    dialog->open();
    return dialog;
}

ImportMailDialog *IoActions::importMail()
{
    const QStringList paths = files().openFiles(
        m_window, tr("Import email"), tr("Email (*.eml *.mbox *.mbx *.mbs);;All files (*)"));
    if (paths.isEmpty())
        return nullptr;
    auto *dialog = new ImportMailDialog(m_session, m_prompter, files(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->openFiles(paths)) {
        delete dialog;
        return nullptr;
    }
    m_mailDialog = dialog;
    dialog->open();
    return dialog;
}

bool IoActions::exportLog()
{
    const QString chosen = files().saveFile(m_window, tr("Export the log as CSV"),
                                            QStringLiteral("rapport-log-%1.csv").arg(stamp()),
                                            tr("CSV files (*.csv)"));
    if (chosen.isEmpty())
        return false;
    const QString path = withSuffix(chosen, QStringLiteral("csv"));
    int count = 0;
    auto csv = core::LogCsvExport::write(m_session.db(), std::nullopt, &count);
    if (!csv) {
        m_prompter.showError(m_window, csv.errorMessage());
        return false;
    }
    if (!writeFile(path, *csv))
        return false;
    Q_EMIT statusMessage(tr("%n entries written to %1", nullptr, count).arg(path));
    return true;
}

bool IoActions::exportSeasonReport()
{
    if (m_report)
        return false;
    auto report =
        std::make_shared<SeasonReport>(m_session.snapshot(), m_session.findings(),
                                       m_session.engine().allowances(), m_session.clock().now());
    const QString chosen = files().saveFile(m_window, tr("Season report"),
                                            report->suggestedSeasonFileName(), tr("PDF (*.pdf)"));
    if (chosen.isEmpty())
        return false;
    const QString path = withSuffix(chosen, QStringLiteral("pdf"));
    startReport(tr("Season report"), path,
                [report, path, database = m_session.db().path()](
                    const PdfProgress &progress) -> core::Result<int> {
                    if (auto s = report->readBodies(database); !s)
                        return s.error();
                    return report->writeSeasonPdf(path, progress);
                });
    return true;
}

bool IoActions::exportProgramReport()
{
    updateActions();
    const qint64 id = m_currentProgram ? m_currentProgram() : 0;
    if (!m_programReport->isEnabled())
        return false;
    auto report =
        std::make_shared<SeasonReport>(m_session.snapshot(), m_session.findings(),
                                       m_session.engine().allowances(), m_session.clock().now());
    const QString chosen = files().saveFile(
        m_window, tr("Program report"), report->suggestedProgramFileName(id), tr("PDF (*.pdf)"));
    if (chosen.isEmpty())
        return false;
    const QString path = withSuffix(chosen, QStringLiteral("pdf"));
    startReport(tr("Program report"), path,
                [report, id, path, database = m_session.db().path()](
                    const PdfProgress &progress) -> core::Result<int> {
                    if (auto s = report->readBodies(database); !s)
                        return s.error();
                    return report->writeProgramPdf(id, path, progress);
                });
    return true;
}

void IoActions::startReport(const QString &what, const QString &path,
                            std::function<core::Result<int>(const PdfProgress &)> write)
{
    m_report = new PdfJob(std::move(write), this);
    m_reportProgress = new QProgressDialog(m_window);
    QProgressDialog *progress = m_reportProgress;
    progress->setObjectName(QStringLiteral("reportProgress"));
    progress->setWindowTitle(what);
    progress->setLabelText(tr("Laying out the pages…"));
    progress->setRange(0, 0);
    // Closed when the job ends, not when the bar is full.
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    connect(progress, &QProgressDialog::canceled, m_report, &PdfJob::cancel);
    connect(m_report, &PdfJob::progressed, progress,
            [progress](PdfStage stage, int done, int total) {
                if (progress->wasCanceled())
                    return;
                if (stage == PdfStage::Writing)
                    progress->setLabelText(tr("%1 of %n pages written", nullptr, total).arg(done));
                progress->setRange(0, total);
                progress->setValue(done);
            });
    connect(m_report, &PdfJob::finished, this, [this, what, path] { reportDone(what, path); });
    updateActions();
    progress->show();
    m_report->start();
}

void IoActions::reportDone(const QString &what, const QString &path)
{
    const bool cancelled = m_reportProgress->wasCanceled();
    const core::Result<int> pages = m_report->result();
    m_report->deleteLater();
    m_report = nullptr;
    m_reportProgress->deleteLater();
    m_reportProgress = nullptr;
    updateActions();
    if (pages) {
        Q_EMIT statusMessage(
            tr("%1 (%2) written to %3").arg(what, tr("%n pages", nullptr, *pages), path));
    } else if (cancelled) {
        Q_EMIT statusMessage(tr("%1 cancelled; %2 was left as it was").arg(what, path));
    } else {
        m_prompter.showError(m_window, pages.errorMessage());
    }
}

bool IoActions::exportReminders()
{
    const QString chosen =
        files().saveFile(m_window, tr("Export reminders"), QStringLiteral("rapport-reminders.ics"),
                         tr("iCalendar (*.ics)"));
    if (chosen.isEmpty())
        return false;
    const QString path = withSuffix(chosen, QStringLiteral("ics"));
    const QList<core::Reminder> reminders = m_session.engine().reminders();
    auto ics = core::IcsExport::write(reminders, m_session.clock().now());
    if (!ics) {
        m_prompter.showError(m_window, ics.errorMessage());
        return false;
    }
    if (!writeFile(path, *ics))
        return false;
    Q_EMIT statusMessage(
        tr("%n reminders written to %1", nullptr, int(reminders.size())).arg(path));
    return true;
}

bool IoActions::backUp()
{
    const QString chosen = files().saveFile(m_window, tr("Back up the season"),
                                            QStringLiteral("rapport-backup-%1.sqlite").arg(stamp()),
                                            tr("Rapport backups (*.sqlite)"));
    if (chosen.isEmpty())
        return false;
    const QString path = QFileInfo(withSuffix(chosen, QStringLiteral("sqlite"))).absoluteFilePath();
    const QString live = QFileInfo(m_session.db().path()).canonicalFilePath();
    if (QFileInfo(path).canonicalFilePath() == live) {
        m_prompter.showError(m_window, tr("%1 is the season's own database; choose another file "
                                          "for the backup.")
                                           .arg(path));
        return false;
    }
    // The file dialog asked before replacing a file; the backup is written
    // beside it and replaces it only once complete.
    if (auto s = core::Backup::create(m_session.db(), path, core::PartialFile::Existing::Replace);
        !s) {
        m_prompter.showError(m_window, tr("The backup failed: %1").arg(s.errorMessage()));
        return false;
    }
    m_prompter.inform(m_window, tr("Backup written"),
                      tr("The whole season was copied to\n%1\n\nKeep it somewhere safe. File ▸ "
                         "Restore… puts it back.")
                          .arg(QDir::toNativeSeparators(path)));
    Q_EMIT statusMessage(tr("Backed up to %1").arg(path));
    return true;
}

bool IoActions::restore()
{
    const QString file = files().openFile(m_window, tr("Restore a backup"),
                                          tr("Rapport backups (*.sqlite *.db);;All files (*)"));
    if (file.isEmpty())
        return false;
    const QString database = m_session.db().path();
    if (QFileInfo(file).canonicalFilePath() == QFileInfo(database).canonicalFilePath()) {
        m_prompter.showError(m_window,
                             tr("%1 is the season's own database, not a backup.").arg(file));
        return false;
    }
    if (auto version = core::Backup::check(file); !version) {
        m_prompter.showError(m_window,
                             tr("%1 cannot be restored: %2").arg(file, version.errorMessage()));
        return false;
    }
    if (!m_prompter.confirm(
            m_window, tr("Restore a backup"),
            tr("Replace the season with the backup %1?\n\nThe season open now is "
               "kept beside it as %2.before-restore-…, so nothing is lost.")
                .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(database)),
            tr("Restore")))
        return false;

    core::RestoreReport report;
    const core::Status done = m_session.replaceDatabase([&](const QString &path) -> core::Status {
        auto restored = core::Backup::restore(file, path, m_session.clock().now());
        if (!restored)
            return restored.error();
        report = *restored;
        return {};
    });
    if (!m_session.isOpen()) {
        m_prompter.showError(m_window, tr("The season could not be opened again (%1). Rapport "
                                          "will close; start it again.")
                                           .arg(done.errorMessage()));
        m_window->close();
        QApplication::quit();
        return false;
    }
    if (!done) {
        m_prompter.showError(m_window, tr("Nothing was restored: %1").arg(done.errorMessage()));
        return false;
    }
    QString message = tr("The season was restored from %1.").arg(QDir::toNativeSeparators(file));
    if (report.fromVersion != report.toVersion)
        message += QLatin1Char(' ') + tr("Its data was brought up to this version of Rapport.");
    if (!report.savedAs.isEmpty())
        message += QStringLiteral("\n\n") + tr("The season it replaced is kept as %1.")
                                                .arg(QDir::toNativeSeparators(report.savedAs));
    m_prompter.inform(m_window, tr("Backup restored"), message);
    Q_EMIT statusMessage(tr("Restored from %1").arg(file));
    return true;
}

} // namespace rapport::ui
