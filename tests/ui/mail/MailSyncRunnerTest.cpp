// Reading mail in the background from the window: Sync now, progress and
// result in the status bar, cancel, errors on the account, and a watched
// Maildir read without a click.

#include "mail/MailFixture.h"

#include "MailSyncRunner.h"
#include "MainWindow.h"
#include "mail/LocalMailStore.h"
#include "pages/SettingsPage.h"
#include "widgets/MailSettings.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

namespace rapport::test {
namespace {

constexpr int kResultColumn = 5;

class MailSyncRunnerTest : public MailFixture
{
protected:
    void SetUp() override
    {
        MailFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        window = std::make_unique<ui::MainWindow>(session(), prompter);
        window->show();
        runner = window->mailSync();
        mail = window->settingsPage()->mail();
    }

    void syncNow()
    {
        mail->refresh();
        QTest::mouseClick(mail->findChild<QPushButton *>(QStringLiteral("syncNow")),
                          Qt::LeftButton);
    }
    void waitUntilDone()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !runner->isRunning(); }, 60000))
            << "the sync did not end";
    }
    QString accountResult() { return mail->accounts()->topLevelItem(0)->text(kResultColumn); }
    QWidget *indicator()
    {
        return window->findChild<QWidget *>(QStringLiteral("mailSyncIndicator"));
    }

    std::unique_ptr<ui::MainWindow> window;
    ui::MailSyncRunner *runner = nullptr;
    ui::MailSettings *mail = nullptr;
};

TEST_F(MailSyncRunnerTest, SyncNowFillsTheQueueWithProgressThenTheResultInTheStatusBar)
{
    for (int i = 1; i <= 30; ++i)
        server.addMessage(mailMessage(i));
    addAccount(server.password());
    QSignalSpy progress(runner, &ui::MailSyncRunner::progressChanged);
    QSignalSpy captured(&session(), &ui::Session::mailChanged);

    syncNow();
    ASSERT_TRUE(runner->isRunning());
    EXPECT_TRUE(indicator()->isVisible()) << "no progress while reading";
    waitUntilDone();

    EXPECT_EQ(queued(), 30);
    EXPECT_GE(captured.size(), 1);
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return navigation->item(ui::MainWindow::InboxIndex)->text() ==
                   QStringLiteral("Inbox (30)");
        },
        5000))
        << navigation->item(ui::MainWindow::InboxIndex)->text().toStdString();
    QStringList shown;
    for (const auto &args : progress)
        shown << args.at(0).toString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Reading mail: INBOX 30 of 30")))
        << shown.join(QLatin1Char('|')).toStdString();
    EXPECT_FALSE(indicator()->isVisible());
    EXPECT_EQ(window->statusBar()->currentMessage(),
              QStringLiteral("Mail: 30 new messages in the review queue"));
    EXPECT_EQ(accountResult(), QStringLiteral("30 new messages"));
    EXPECT_TRUE(prompter.errors.isEmpty());

    // Only what came since, the next time.
    server.addMessage(mailMessage(31));
    syncNow();
    waitUntilDone();
    EXPECT_EQ(queued(), 31);
    EXPECT_EQ(accountResult(), QStringLiteral("1 new message"));
}

TEST_F(MailSyncRunnerTest, AWrongPasswordIsTheAccountsResultNotABox)
{
    server.addMessage(mailMessage(1));
    addAccount(QStringLiteral("not the password"));

    syncNow();
    waitUntilDone();
    EXPECT_EQ(queued(), 0);
    EXPECT_FALSE(accountResult().isEmpty());
    EXPECT_NE(accountResult(), QStringLiteral("No new mail"));
    EXPECT_TRUE(window->statusBar()->currentMessage().startsWith(
        QStringLiteral("Mail could not be read: Hospital mail: ")))
        << window->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(prompter.errors.isEmpty()) << "a modal box";
}

TEST_F(MailSyncRunnerTest, AnAccountWithoutAPasswordSaysSo)
{
    const core::MailAccount a = addAccount(server.password());
    ASSERT_TRUE(net::Keyring::remove(net::MailSync::keyringKey(a)).ok());

    syncNow();
    waitUntilDone();
    EXPECT_TRUE(accountResult().contains(QStringLiteral("no password")))
        << accountResult().toStdString();
}

TEST_F(MailSyncRunnerTest, CancelStopsASyncThatWaitsForTheServer)
{
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    addAccount(server.password(), silent.serverPort());

    syncNow();
    ASSERT_TRUE(runner->isRunning());
    auto *cancel = window->findChild<QToolButton *>(QStringLiteral("mailSyncCancel"));
    ASSERT_NE(cancel, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return cancel->isVisible(); }, 5000));
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !runner->isRunning(); }, 10000)) << "the sync went on";
    EXPECT_EQ(accountResult(), QStringLiteral("Cancelled before it was done."));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
}

TEST_F(MailSyncRunnerTest, ARequestWhileASyncRunsIsMergedIntoOneMoreRun)
{
    server.addMessage(mailMessage(1));
    addAccount(server.password());
    QSignalSpy running(runner, &ui::MailSyncRunner::runningChanged);

    runner->syncAll();
    runner->syncAll();
    runner->syncStores();
    waitUntilDone();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return running.size() >= 4 && !runner->isRunning(); }, 60000));
    EXPECT_EQ(running.size(), 4) << "runs: one, and one more for the requests meanwhile";
    EXPECT_EQ(queued(), 1);
}

// Local stores need neither a server nor the keyring.
class MailStoreWatchTest : public UiFixture
{};

TEST_F(MailStoreWatchTest, AMessageDeliveredToAWatchedMaildirIsCapturedWithoutAClick)
{
    QTemporaryDir maildir;
    for (const char *sub : {"new", "cur", "tmp"})
        ASSERT_TRUE(QDir(maildir.path()).mkpath(QLatin1String(sub)));
    ui::MainWindow window(session(), prompter);
    ui::MailSyncRunner *runner = window.mailSync();
    runner->setSettleTime(50);
    runner->setAutomatic(true);
    ui::MailSettings *mail = window.settingsPage()->mail();
    mail->setStoreChooser([&](QWidget *, core::MailStoreKind kind) {
        EXPECT_EQ(kind, core::MailStoreKind::Maildir);
        return maildir.path();
    });
    QTest::mouseClick(mail->findChild<QPushButton *>(QStringLiteral("addMaildir")), Qt::LeftButton);
    ASSERT_EQ(mail->stores()->topLevelItemCount(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !runner->isRunning(); }, 20000));
    const int before = rowCount(session().db(), QStringLiteral("mail_inbox"));
    EXPECT_EQ(before, 0);

    // As a delivery agent does: written to tmp/, then moved into new/.
    const QString tmp = QDir(maildir.path()).filePath(QStringLiteral("tmp/1.rapport"));
    {
        QFile file(tmp);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(mailMessage(1));
    }
    ASSERT_TRUE(QFile::rename(tmp, QDir(maildir.path()).filePath(QStringLiteral("new/1.rapport"))));

    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return rowCount(session().db(), QStringLiteral("mail_inbox")) == 1; }, 20000))
        << "the new message was not read";
    ASSERT_TRUE(QTest::qWaitFor([&] { return !runner->isRunning(); }, 20000));
    EXPECT_EQ(mail->stores()->topLevelItem(0)->text(3), QStringLiteral("1 new message"));
}

TEST_F(MailStoreWatchTest, AutomaticMailIsReadOnceTheWindowShowsAndNotBefore)
{
    QTemporaryDir maildir;
    for (const char *sub : {"new", "cur", "tmp"})
        ASSERT_TRUE(QDir(maildir.path()).mkpath(QLatin1String(sub)));
    QFile file(QDir(maildir.path()).filePath(QStringLiteral("new/1.rapport")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(mailMessage(1));
    file.close();
    ASSERT_TRUE(core::LocalMailStore(session().db(), clock).add(maildir.path()).ok());
    ui::MainWindow window(session(), prompter);
    ui::MailSyncRunner *runner = window.mailSync();

    runner->setAutomatic(true);
    EXPECT_FALSE(runner->isRunning()) << "read before the window showed";
    window.show();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return rowCount(session().db(), QStringLiteral("mail_inbox")) == 1; }, 20000))
        << "nothing was read at start-up";
}

TEST_F(MailStoreWatchTest, WithNothingToReadASyncSaysNothing)
{
    ui::MainWindow window(session(), prompter);
    QSignalSpy said(window.mailSync(), &ui::MailSyncRunner::statusMessage);
    window.mailSync()->syncAll();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.mailSync()->isRunning(); }, 5000));
    EXPECT_TRUE(said.isEmpty());
}

} // namespace
} // namespace rapport::test
