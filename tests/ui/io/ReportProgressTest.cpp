#include "IoFixture.h"

#include "IoActions.h"
#include "MainWindow.h"

#include "storage/ProgramRepository.h"

#include <QAction>
#include <QFile>
#include <QProcess>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using rapport::test::IoFixture;
using rapport::test::ProgramBuilder;
using rapport::ui::IoActions;
using rapport::ui::MainWindow;
namespace core = rapport::core;

// The season report written from the window: on a thread of its own,
// behind a progress dialog with a Cancel button.
class ReportProgressTest : public IoFixture
{
protected:
    void SetUp() override
    {
        IoFixture::SetUp();
        loadDemo();
        window = std::make_unique<MainWindow>(session(), prompter);
        io = window->ioActions();
        ASSERT_NE(io, nullptr);
        io->setFileChooser(&files);
        pdf = out.filePath(QStringLiteral("season.pdf"));
        files.saves << pdf;
    }

    QAction *action(const char *name) { return window->findChild<QAction *>(QLatin1String(name)); }
    bool reportDone()
    {
        return QTest::qWaitFor([this] { return !io->isWritingReport(); }, 60000);
    }
    QString status() const { return window->statusBar()->currentMessage(); }

    static QString read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    std::unique_ptr<MainWindow> window;
    IoActions *io = nullptr;
    QString pdf;
};

TEST_F(ReportProgressTest, TheDialogCountsThePagesWrittenUpToTheLast)
{
    QAction *season = action("actionSeasonReport");
    season->trigger();
    ASSERT_TRUE(io->isWritingReport());
    QProgressDialog *progress = io->reportProgress();
    ASSERT_NE(progress, nullptr);
    EXPECT_TRUE(progress->isVisible());
    EXPECT_NE(progress->findChild<QPushButton *>(), nullptr) << "with a Cancel button";
    EXPECT_FALSE(season->isEnabled()) << "one report at a time";
    EXPECT_FALSE(action("actionProgramReport")->isEnabled());

    QList<std::pair<int, int>> values; // value, maximum
    QString label;
    auto *bar = progress->findChild<QProgressBar *>();
    ASSERT_NE(bar, nullptr);
    QObject::connect(bar, &QProgressBar::valueChanged, bar, [&](int value) {
        values << std::pair(value, bar->maximum());
        label = progress->labelText();
    });
    ASSERT_TRUE(reportDone());

    static const QRegularExpression written(
        QStringLiteral("^Season report \\((\\d+) pages\\) written to (.*)$"));
    const QRegularExpressionMatch m = written.match(status());
    ASSERT_TRUE(m.hasMatch()) << status().toStdString();
    EXPECT_EQ(m.captured(2), pdf);
    const int pages = m.captured(1).toInt();
    EXPECT_GT(pages, 3);
    ASSERT_FALSE(values.isEmpty());
    EXPECT_EQ(values.last(), std::pair(pages, pages));
    EXPECT_EQ(label, QStringLiteral("%1 of %1 pages written").arg(pages));
    EXPECT_EQ(io->reportProgress(), nullptr) << "the dialog goes with the job";
    EXPECT_TRUE(season->isEnabled());
    EXPECT_TRUE(prompter.errors.isEmpty()) << prompter.errors.join(QLatin1Char('\n')).toStdString();
}

// The click comes straight after the action, long before the demo
// season's pages could all be set.
TEST_F(ReportProgressTest, CancelLeavesTheFileThatWasThere)
{
    {
        QFile old(pdf);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("last week's report");
    }
    action("actionSeasonReport")->trigger();
    ASSERT_NE(io->reportProgress(), nullptr);
    auto *cancel = io->reportProgress()->findChild<QPushButton *>();
    ASSERT_NE(cancel, nullptr);
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(reportDone());

    EXPECT_EQ(read(pdf), QStringLiteral("last week's report"));
    EXPECT_EQ(QDir(out.path()).entryList(QDir::Files), QStringList{QStringLiteral("season.pdf")})
        << "nothing is left behind";
    EXPECT_TRUE(status().contains(QStringLiteral("cancelled"))) << status().toStdString();
    EXPECT_TRUE(prompter.errors.isEmpty()) << "a cancel is no error";
    EXPECT_TRUE(action("actionSeasonReport")->isEnabled());
}

TEST_F(ReportProgressTest, TheSeasonMayChangeWhileItsReportIsWritten)
{
    action("actionSeasonReport")->trigger();
    ASSERT_TRUE(io->isWritingReport());
    core::Program late = ProgramBuilder(QStringLiteral("Zebra Lake University Otolaryngology"));
    ASSERT_TRUE(core::ProgramRepository(session().db()).add(late).ok());
    ASSERT_TRUE(session().reloadNow().ok());
    ASSERT_TRUE(reportDone());
    ASSERT_TRUE(status().contains(QStringLiteral("written to"))) << status().toStdString();

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QProcess p;
    p.start(pdftotext, {pdf, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    const qsizetype now = session().snapshot().programs.size();
    EXPECT_TRUE(text.contains(QStringLiteral("%1 programs").arg(now - 1)))
        << "the season as it was when the report was asked for";
    EXPECT_FALSE(text.contains(QStringLiteral("Zebra Lake"))) << "not the one after";
}
