#pragma once

#include "ImapError.h"
#include "mail/MailAccount.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QThread;

namespace rapport::ui {

class Prompter;
class Session;

// An IMAP account: server, security, user name, the app password (kept in
// the system keyring only, never in the season or the settings), how often
// to check and which folders to read. "Choose folders…" and "Test
// connection" ask the server on a thread of their own, with a Cancel. A
// certificate no authority vouches for is trusted only when the user says
// so, for this account. Save writes the account and its password; when the
// server, port or user name changed, the password moves to the new key.
class MailAccountDialog final : public QDialog
{
    Q_OBJECT

public:
    // accountId 0: a new account.
    MailAccountDialog(Session &session, Prompter &prompter, qint64 accountId = 0,
                      QWidget *parent = nullptr);
    ~MailAccountDialog() override;

    QString trustedCertificate() const { return m_trusted; }
    bool isListing() const { return m_listing != nullptr; }
    QStringList checkedFolders() const;
    // Fills the folder list as if the server had listed these (the
    // screenshot tour, which has no server).
    void showFolders(const QStringList &folders, const QStringList &checked);

public Q_SLOTS:
    void chooseFolders();
    void testConnection();
    void cancelListing();
    void accept() override;
    void reject() override;

private:
    enum class Purpose
    {
        Choose,
        Test
    };

    void load(const core::MailAccount &account, const QStringList &folders);
    std::optional<core::MailAccount> validated();
    void clearFieldErrors();
    void showFieldError(QLabel *label, QWidget *field, const QString &message);
    void showStatus(const QString &message, bool error);
    void securityChosen();
    void showTrusted();
    void list(Purpose purpose);
    void listed(Purpose purpose, const QStringList &folders);
    void listFailed(Purpose purpose, const net::ImapError &error);
    void setBusy(bool busy);
    // The password to connect with: the one typed, else the keyring's.
    std::optional<QString> connectionPassword();

    Session &m_session;
    Prompter &m_prompter;
    qint64 m_accountId = 0;
    std::optional<core::MailAccount> m_original;
    QString m_trusted; // the certificate the user trusted, hex with colons
    bool m_portEdited = false;
    bool m_foldersListed = false;

    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_hostError = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_port = nullptr;
    QLabel *m_portError = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_userError = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordError = nullptr;
    QSpinBox *m_interval = nullptr;
    QListWidget *m_folders = nullptr;
    QLabel *m_trustedLabel = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_test = nullptr;
    QWidget *m_busy = nullptr;
    QLabel *m_busyText = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;

    QPointer<QThread> m_listing;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace rapport::ui
