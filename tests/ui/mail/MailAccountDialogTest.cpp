// Adding and editing an IMAP account through the window: what is asked,
// what is refused, and where the password goes (the keyring, nowhere else).

#include "mail/MailFixture.h"

#include "MailSyncRunner.h"
#include "dialogs/MailAccountDialog.h"
#include "widgets/MailSettings.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>

namespace rapport::test {
namespace {

class MailAccountDialogTest : public MailFixture
{
protected:
    void SetUp() override
    {
        MailFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        runner = std::make_unique<ui::MailSyncRunner>(session());
        settings = std::make_unique<ui::MailSettings>(session(), prompter, *runner);
        settings->show();
    }

    template <typename T> T *field(const char *name)
    {
        auto *w = dialog->findChild<T *>(QLatin1String(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    void type(const char *name, const QString &text)
    {
        auto *edit = field<QLineEdit>(name);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    void click(const char *name) { QTest::mouseClick(field<QPushButton>(name), Qt::LeftButton); }
    void waitForListing()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isListing(); }, 30000))
            << "the server was not asked in time";
    }
    QString status() { return field<QLabel>("connectionStatus")->text(); }
    bool errorShown(const char *name) { return field<QLabel>(name)->isVisible(); }

    // Opens Add… and fills in the server's account.
    void openFilledIn()
    {
        QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("addAccount")),
                          Qt::LeftButton);
        dialog = settings->accountDialog();
        ASSERT_NE(dialog, nullptr);
        type("accountName", QStringLiteral("Hospital mail"));
        type("accountHost", server.host());
        type("accountPort", QString::number(server.tlsPort()));
        type("accountUser", server.user());
        type("accountPassword", server.password());
    }

    QString storedKey() const
    {
        net::ImapAccount imap;
        imap.host = server.host();
        imap.port = server.tlsPort();
        imap.userName = server.user();
        return imap.keyringKey();
    }

    static bool fileHas(const QString &path, const QByteArray &what)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains(what);
    }

    std::unique_ptr<ui::MailSyncRunner> runner;
    std::unique_ptr<ui::MailSettings> settings;
    QPointer<ui::MailAccountDialog> dialog;
};

TEST_F(MailAccountDialogTest, AnAddedAccountKeepsItsPasswordInTheKeyringAndNowhereElse)
{
    server.createFolder(QStringLiteral("Sent"));
    server.createFolder(QStringLiteral("Archive"));
    openFilledIn();
    ASSERT_FALSE(HasFatalFailure());
    field<QSpinBox>("accountInterval")->setValue(30);

    click("chooseFolders");
    EXPECT_TRUE(field<QWidget>("listingBusy")->isVisible()) << "no busy indicator";
    waitForListing();
    ASSERT_EQ(prompter.questions.size(), 1) << "the certificate was trusted without asking";
    EXPECT_TRUE(prompter.questions[0].contains(server.certificateFingerprint()));
    EXPECT_TRUE(prompter.questions[0].contains(QStringLiteral("Trust this certificate")));
    EXPECT_EQ(dialog->trustedCertificate(), server.certificateFingerprint());
    EXPECT_FALSE(field<QWidget>("listingBusy")->isVisible());
    // INBOX and the Sent folder are ticked for a new account; the others listed.
    EXPECT_EQ(dialog->checkedFolders(),
              (QStringList{QStringLiteral("INBOX"), QStringLiteral("Sent")}));
    EXPECT_EQ(field<QListWidget>("accountFolders")->count(), 3) << status().toStdString();

    click("saveAccount");
    ASSERT_TRUE(dialog.isNull() || !dialog->isVisible()) << status().toStdString();

    core::MailAccountRepository accounts(session().db(), clock);
    const auto stored = accounts.findByName(QStringLiteral("Hospital mail"));
    ASSERT_TRUE(stored.ok() && stored->has_value());
    const core::MailAccount &a = **stored;
    EXPECT_EQ(a.host, server.host());
    EXPECT_EQ(a.port, server.tlsPort());
    EXPECT_EQ(a.intervalMinutes, 30);
    EXPECT_EQ(a.trustedCertificate, server.certificateFingerprint());
    EXPECT_EQ(accounts.folders(a.id)->size(), 2);
    const auto password = net::Keyring::read(storedKey());
    ASSERT_TRUE(password.ok()) << password.errorMessage().toStdString();
    EXPECT_EQ(password.value(), std::optional<QString>(server.password()));

    // Not in the season (its WAL included) nor in the settings.
    const QByteArray secret = server.password().toUtf8();
    const QString db = session().db().path();
    EXPECT_FALSE(fileHas(db, secret));
    EXPECT_FALSE(fileHas(db + QStringLiteral("-wal"), secret));
    QSettings qsettings;
    qsettings.sync();
    ASSERT_TRUE(QFile::exists(qsettings.fileName()) || qsettings.allKeys().isEmpty());
    EXPECT_FALSE(fileHas(qsettings.fileName(), secret));

    // The list shows it.
    auto *list = settings->accounts();
    ASSERT_EQ(list->topLevelItemCount(), 1);
    EXPECT_EQ(list->topLevelItem(0)->text(1),
              server.user() + QStringLiteral(" on ") + server.host());
    EXPECT_EQ(list->topLevelItem(0)->text(2), QStringLiteral("INBOX, Sent"));
}

TEST_F(MailAccountDialogTest, ACertificateNotTrustedIsNotStoredAndTheServerIsNotRead)
{
    prompter.goAheadAnswer = false;
    openFilledIn();
    ASSERT_FALSE(HasFatalFailure());

    click("testConnection");
    waitForListing();
    ASSERT_EQ(prompter.questions.size(), 1);
    EXPECT_TRUE(dialog->trustedCertificate().isEmpty());
    EXPECT_TRUE(status().contains(QStringLiteral("not trusted"))) << status().toStdString();

    // Trusting it the next time lets the test through.
    prompter.goAheadAnswer = true;
    click("testConnection");
    waitForListing();
    EXPECT_EQ(prompter.questions.size(), 2);
    EXPECT_TRUE(status().startsWith(QStringLiteral("Connected"))) << status().toStdString();
}

TEST_F(MailAccountDialogTest, AWrongPasswordIsSaidByTheTest)
{
    openFilledIn();
    ASSERT_FALSE(HasFatalFailure());
    type("accountPassword", QStringLiteral("wrong"));
    click("testConnection");
    waitForListing();
    EXPECT_FALSE(status().startsWith(QStringLiteral("Connected")));
    EXPECT_FALSE(status().isEmpty());
}

TEST_F(MailAccountDialogTest, FieldsAreCheckedBeforeAnythingIsStored)
{
    addAccount(server.password());
    openFilledIn();
    ASSERT_FALSE(HasFatalFailure());
    type("accountHost", QString());
    field<QLineEdit>("accountHost")->clear();
    type("accountPort", QStringLiteral("70000"));

    click("saveAccount");
    ASSERT_TRUE(dialog && dialog->isVisible()) << "saved with errors";
    EXPECT_TRUE(errorShown("accountNameError")) << "a second account of the same name";
    EXPECT_TRUE(field<QLabel>("accountNameError")->text().contains(QStringLiteral("already")));
    EXPECT_TRUE(errorShown("accountHostError"));
    EXPECT_TRUE(errorShown("accountPortError"));
    EXPECT_FALSE(errorShown("accountUserError"));
    EXPECT_EQ(dialog->focusWidget(), field<QLineEdit>("accountName")) << "the first field in error";
    EXPECT_EQ(core::MailAccountRepository(session().db(), clock).list()->size(), 1);
}

TEST_F(MailAccountDialogTest, ThePortFollowsTheSecurityUntilItIsEdited)
{
    QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("addAccount")),
                      Qt::LeftButton);
    dialog = settings->accountDialog();
    ASSERT_NE(dialog, nullptr);
    auto *security = field<QComboBox>("accountSecurity");
    auto *port = field<QLineEdit>("accountPort");
    EXPECT_EQ(port->text(), QStringLiteral("993"));
    security->setCurrentIndex(1);
    EXPECT_EQ(port->text(), QStringLiteral("143"));
    type("accountPort", QStringLiteral("1143"));
    security->setCurrentIndex(0);
    EXPECT_EQ(port->text(), QStringLiteral("1143"));
}

TEST_F(MailAccountDialogTest, ANewServerOrUserTakesThePasswordToItsNewKey)
{
    const core::MailAccount a = addAccount(server.password());
    settings->refresh();
    settings->accounts()->topLevelItem(0)->setSelected(true);
    dialog = settings->editAccount();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(field<QLineEdit>("accountPassword")->text(), QString()) << "shown back";
    type("accountUser", QStringLiteral("alice.smith"));
    click("saveAccount");
    ASSERT_TRUE(dialog.isNull() || !dialog->isVisible()) << status().toStdString();

    core::MailAccount moved = a;
    moved.userName = QStringLiteral("alice.smith");
    EXPECT_EQ(net::Keyring::read(net::MailSync::keyringKey(a)).value(), std::nullopt);
    EXPECT_EQ(net::Keyring::read(net::MailSync::keyringKey(moved)).value(),
              std::optional<QString>(server.password()));
}

TEST_F(MailAccountDialogTest, RemovingAnAccountAsksAndForgetsItsPassword)
{
    const core::MailAccount a = addAccount(server.password());
    settings->refresh();
    settings->accounts()->topLevelItem(0)->setSelected(true);
    prompter.goAheadAnswer = false;
    QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("removeAccount")),
                      Qt::LeftButton);
    EXPECT_EQ(settings->accounts()->topLevelItemCount(), 1);

    prompter.goAheadAnswer = true;
    QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("removeAccount")),
                      Qt::LeftButton);
    EXPECT_EQ(prompter.questions.size(), 2);
    EXPECT_EQ(settings->accounts()->topLevelItemCount(), 0);
    EXPECT_TRUE(core::MailAccountRepository(session().db(), clock).list()->isEmpty());
    EXPECT_EQ(net::Keyring::read(net::MailSync::keyringKey(a)).value(), std::nullopt);
}

TEST_F(MailAccountDialogTest, ListingAServerThatHangsCanBeCancelled)
{
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    openFilledIn();
    ASSERT_FALSE(HasFatalFailure());
    type("accountPort", QString::number(silent.serverPort()));

    click("chooseFolders");
    ASSERT_TRUE(dialog->isListing());
    EXPECT_TRUE(field<QWidget>("listingBusy")->isVisible());
    EXPECT_FALSE(field<QPushButton>("saveAccount")->isEnabled());
    click("cancelListing");
    waitForListing();
    EXPECT_EQ(status(), QStringLiteral("Cancelled."));
    EXPECT_TRUE(field<QPushButton>("saveAccount")->isEnabled());
}

} // namespace
} // namespace rapport::test
