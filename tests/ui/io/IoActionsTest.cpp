#include "IoFixture.h"

#include "IoActions.h"
#include "MainWindow.h"
#include "dialogs/ImportMailDialog.h"
#include "dialogs/ImportProgramsDialog.h"
#include "models/ProgramListModel.h"
#include "pages/ProgramsPage.h"

#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/ProgramRepository.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using rapport::test::IoFixture;
using rapport::test::testData;
using rapport::ui::IoActions;
using rapport::ui::MainWindow;
namespace core = rapport::core;

class IoActionsTest : public IoFixture
{
protected:
    void SetUp() override
    {
        IoFixture::SetUp();
        window = std::make_unique<MainWindow>(session(), prompter);
        io = window->ioActions();
        ASSERT_NE(io, nullptr);
        io->setFileChooser(&files);
    }

    QAction *action(const char *name) { return window->findChild<QAction *>(QLatin1String(name)); }

    QString read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // Reports are written on a thread of their own.
    bool reportDone()
    {
        return QTest::qWaitFor([this] { return !io->isWritingReport(); }, 60000);
    }

    std::unique_ptr<MainWindow> window;
    IoActions *io = nullptr;
};

TEST_F(IoActionsTest, FileMenuHoldsImportExportBackupAndRestore)
{
    const struct
    {
        const char *name;
        const char *text;
        QKeySequence shortcut;
    } expected[] = {
        {"actionImportPrograms", "&Programs from CSV…",
         QKeySequence(QStringLiteral("Ctrl+Shift+I"))},
        {"actionImportMail", "&Email (.eml, mbox)…", QKeySequence(QStringLiteral("Ctrl+I"))},
        {"actionExportLog", "&Log as CSV…", QKeySequence(QStringLiteral("Ctrl+Shift+E"))},
        {"actionSeasonReport", "&Season report (PDF)…", QKeySequence(QKeySequence::Print)},
        {"actionProgramReport", "P&rogram report (PDF)…",
         QKeySequence(QStringLiteral("Ctrl+Shift+P"))},
        {"actionExportReminders", "&Reminders (iCalendar)…", QKeySequence()},
        {"actionBackup", "&Back up…", QKeySequence(QStringLiteral("Ctrl+Shift+B"))},
        {"actionRestore", "Res&tore…", QKeySequence()},
    };
    for (const auto &e : expected) {
        QAction *a = action(e.name);
        ASSERT_NE(a, nullptr) << e.name;
        EXPECT_EQ(a->text(), QString::fromUtf8(e.text)) << e.name;
        EXPECT_EQ(a->shortcut(), e.shortcut) << e.name;
    }
    auto *import = window->findChild<QMenu *>(QStringLiteral("menuImport"));
    auto *exportMenu = window->findChild<QMenu *>(QStringLiteral("menuExport"));
    ASSERT_NE(import, nullptr);
    ASSERT_NE(exportMenu, nullptr);
    EXPECT_EQ(import->title(), QStringLiteral("&Import"));
    EXPECT_EQ(exportMenu->title(), QStringLiteral("&Export"));
    EXPECT_EQ(import->actions(),
              (QList<QAction *>{action("actionImportPrograms"), action("actionImportMail")}));
    EXPECT_EQ(exportMenu->actions().size(), 4);
}

TEST_F(IoActionsTest, ProgramReportIsEnabledWhileAProgramIsSelected)
{
    loadDemo();
    QAction *report = action("actionProgramReport");
    window->programsPage()->selectProgram(0);
    io->updateActions();
    EXPECT_FALSE(report->isEnabled());
    const qint64 id = session().snapshot().programs.at(3).id;
    window->showProgram(id);
    EXPECT_TRUE(report->isEnabled()) << "follows the program list's selection";

    files.saves << out.filePath(QStringLiteral("program")); // no suffix typed
    report->trigger();
    ASSERT_TRUE(reportDone());
    EXPECT_TRUE(QFile::exists(out.filePath(QStringLiteral("program.pdf"))));
    ASSERT_EQ(files.suggested.size(), 1);
    EXPECT_TRUE(files.suggested.first().endsWith(QStringLiteral("-2026-11-25.pdf")));
    EXPECT_TRUE(
        window->statusBar()->currentMessage().startsWith(QStringLiteral("Program report (")));
}

TEST_F(IoActionsTest, TheWindowsProgramReportPrintsTheMessagesAsStored)
{
    // The season the window shows keeps no bodies; its report reads them.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    loadDemo();
    const qint64 id = session().snapshot().programs.at(3).id;
    core::CommunicationRepository log(session().db());
    qint64 entry = 0;
    for (const core::Communication &c : session().snapshot().communications) {
        if (c.programId == id)
            entry = c.id;
    }
    ASSERT_NE(entry, 0);
    auto stored = log.get(entry);
    ASSERT_TRUE(stored.ok());
    stored->body = QStringLiteral("Marmalade weather in Quillmoor all week.");
    ASSERT_TRUE(log.update(*stored).ok());
    ASSERT_TRUE(session().reloadNow().ok());
    window->showProgram(id);
    io->updateActions();

    files.saves << out.filePath(QStringLiteral("program.pdf"));
    action("actionProgramReport")->trigger();
    ASSERT_TRUE(reportDone());
    QProcess text;
    text.start(pdftotext, {out.filePath(QStringLiteral("program.pdf")), QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    EXPECT_TRUE(QString::fromUtf8(text.readAllStandardOutput())
                    .simplified()
                    .contains(QStringLiteral("Marmalade weather in Quillmoor all week.")));
}

TEST_F(IoActionsTest, ExportsWriteTheirFilesAndCancelWritesNothing)
{
    loadDemo();
    EXPECT_FALSE(io->exportLog()) << "no file chosen: cancelled";

    files.saves << out.filePath(QStringLiteral("log.csv"))
                << out.filePath(QStringLiteral("season.pdf"))
                << out.filePath(QStringLiteral("reminders.ics"));
    action("actionExportLog")->trigger();
    const QString csv = read(out.filePath(QStringLiteral("log.csv")));
    EXPECT_TRUE(csv.startsWith(QStringLiteral("id,at,program_id,program"))) << "after the BOM";
    EXPECT_GE(csv.count(QStringLiteral("\r\n")), session().snapshot().communications.size() + 1);

    action("actionSeasonReport")->trigger();
    ASSERT_TRUE(reportDone());
    EXPECT_GT(QFileInfo(out.filePath(QStringLiteral("season.pdf"))).size(), 20000);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("season.pdf")));

    action("actionExportReminders")->trigger();
    EXPECT_TRUE(read(out.filePath(QStringLiteral("reminders.ics")))
                    .startsWith(QStringLiteral("BEGIN:VCALENDAR")));
    EXPECT_TRUE(prompter.errors.isEmpty()) << prompter.errors.join(QLatin1Char('\n')).toStdString();
}

TEST_F(IoActionsTest, ExportsAreOwnerOnlyAndNeverWriteThroughALinkToNothing)
{
    loadDemo();
    const QString planted = out.filePath(QStringLiteral("planted.csv"));
    const QString link = out.filePath(QStringLiteral("log.csv"));
    ASSERT_TRUE(QFile::link(planted, link));
    files.saves << link;
    EXPECT_FALSE(io->exportLog());
    EXPECT_FALSE(QFileInfo::exists(planted));
    ASSERT_EQ(prompter.errors.size(), 1);
    EXPECT_TRUE(prompter.errors.first().contains(QStringLiteral("which does not exist")))
        << prompter.errors.first().toStdString();

    const QString pdf = out.filePath(QStringLiteral("season.pdf"));
    files.saves << pdf;
    action("actionSeasonReport")->trigger();
    ASSERT_TRUE(reportDone());
    ASSERT_TRUE(QFileInfo::exists(pdf));
    EXPECT_EQ(QFile::permissions(pdf) & (QFile::ReadGroup | QFile::ReadOther),
              QFile::Permissions());
    EXPECT_EQ(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
              (QStringList{QStringLiteral("log.csv"), QStringLiteral("season.pdf")}));
}

TEST_F(IoActionsTest, ImportActionsOpenTheirDialogsOnTheChosenFiles)
{
    EXPECT_EQ(io->importPrograms(), nullptr) << "cancelled";
    files.opens << testData(QStringLiteral("csv/programs-rfc4180.csv"));
    action("actionImportPrograms")->trigger();
    ASSERT_NE(io->programsDialog(), nullptr);
    EXPECT_TRUE(io->programsDialog()->isVisible());
    EXPECT_EQ(io->programsDialog()->fileName(),
              testData(QStringLiteral("csv/programs-rfc4180.csv")));
    io->programsDialog()->close();

    files.openSets << QStringList{testData(QStringLiteral("mail/season.mbox"))};
    action("actionImportMail")->trigger();
    ASSERT_NE(io->mailDialog(), nullptr);
    EXPECT_TRUE(io->mailDialog()->isVisible());
    io->mailDialog()->close();
    EXPECT_EQ(session().snapshot().communications.size(), 0);
}

TEST_F(IoActionsTest, BackupWritesAnOpenableCopyAndSaysWhere)
{
    loadDemo();
    const QString path = out.filePath(QStringLiteral("backup.sqlite"));
    files.saves << path;
    action("actionBackup")->trigger();
    ASSERT_TRUE(QFile::exists(path)) << prompter.errors.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(prompter.information.size(), 1);
    EXPECT_TRUE(prompter.information.first().contains(path));
    auto copy = core::Database::open(path);
    ASSERT_TRUE(copy.ok()) << copy.errorMessage().toStdString();
    auto programs = core::ProgramRepository(**copy).all();
    ASSERT_TRUE(programs.ok());
    EXPECT_EQ(programs->size(), session().snapshot().programs.size());

    // Choosing the same name again (the file dialog asked) replaces it.
    copy.value().reset();
    files.saves << path;
    EXPECT_TRUE(io->backUp());
    EXPECT_EQ(QDir(out.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("backup.sqlite")})
        << "nothing is left beside it";
    EXPECT_EQ(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
              QFile::Permissions());
    // The season's own file is never a backup target.
    files.saves << session().db().path();
    EXPECT_FALSE(io->backUp());
    EXPECT_EQ(prompter.errors.size(), 1);
}

TEST_F(IoActionsTest, RestorePutsTheBackupBackAfterAskingAndKeepsTheOldSeason)
{
    loadDemo();
    const qsizetype before = session().snapshot().programs.size();
    const QString backup = out.filePath(QStringLiteral("backup.sqlite"));
    files.saves << backup;
    ASSERT_TRUE(io->backUp());
    core::Program extra;
    extra.name = QStringLiteral("Added After The Backup Otolaryngology");
    extra.city = QStringLiteral("Duluth");
    ASSERT_TRUE(core::ProgramRepository(session().db()).add(extra).ok());
    ASSERT_TRUE(session().reloadNow().ok());
    ASSERT_EQ(session().snapshot().programs.size(), before + 1);

    prompter.goAheadAnswer = false;
    files.opens << backup;
    EXPECT_FALSE(io->restore());
    EXPECT_EQ(prompter.questions.size(), 1);
    EXPECT_EQ(session().snapshot().programs.size(), before + 1) << "declined: nothing changed";

    prompter.goAheadAnswer = true;
    files.opens << backup;
    action("actionRestore")->trigger();
    EXPECT_TRUE(prompter.errors.isEmpty()) << prompter.errors.join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(session().isOpen());
    EXPECT_EQ(session().snapshot().programs.size(), before)
        << "the window shows the restored season";
    // A hidden page catches up when it is shown.
    window->show();
    window->showPage(MainWindow::ProgramsIndex);
    EXPECT_EQ(window->programsPage()->listModel()->rowCount(), before);
    const QStringList kept = QDir(QFileInfo(session().db().path()).absolutePath())
                                 .entryList({QStringLiteral("*.before-restore-*")}, QDir::Files);
    EXPECT_FALSE(kept.isEmpty()) << "the replaced season is kept";
    ASSERT_EQ(prompter.information.size(), 2);
    EXPECT_TRUE(prompter.information.last().contains(QStringLiteral("restored from")));

    // The session writes to the restored file.
    ASSERT_TRUE(core::ProgramRepository(session().db()).add(extra).ok());
    EXPECT_TRUE(session().reloadNow().ok());
}

TEST_F(IoActionsTest, RestoreRefusesAFileThatIsNoBackup)
{
    const QString junk = out.filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a database at all");
    f.close();
    files.opens << junk;
    EXPECT_FALSE(io->restore());
    ASSERT_EQ(prompter.errors.size(), 1);
    EXPECT_TRUE(prompter.errors.first().contains(junk));
    EXPECT_TRUE(prompter.questions.isEmpty()) << "refused before asking";
}
