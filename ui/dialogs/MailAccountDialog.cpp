#include "MailAccountDialog.h"

#include "Labels.h"
#include "Prompter.h"
#include "Session.h"

#include "ImapFetcher.h"
#include "Keyring.h"
#include "MailSync.h"

#include "mail/MailAccountRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

constexpr int kTlsPort = 993;
constexpr int kStartTlsPort = 143;

QLabel *fieldErrorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(
        QStringLiteral("color: %1").arg(labels::severityColor(core::Severity::Violation).name()));
    label->hide();
    return label;
}

// Where a server keeps sent mail: "Sent", "Sent Items", "[Gmail]/Sent Mail"…
bool isSentFolder(const QString &folder)
{
    const QString last = folder.section(QLatin1Char('/'), -1).toLower();
    return last == QLatin1String("sent") || last == QLatin1String("sent items") ||
           last == QLatin1String("sent messages") || last == QLatin1String("sent mail");
}

} // namespace

MailAccountDialog::MailAccountDialog(Session &session, Prompter &prompter, qint64 accountId,
                                     QWidget *parent)
    : QDialog(parent), m_session(session), m_prompter(prompter), m_accountId(accountId)
{
    setObjectName(QStringLiteral("mailAccountDialog"));
    setWindowTitle(accountId ? tr("Edit Mail Account") : tr("Add Mail Account"));

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setPlaceholderText(tr("Hospital mail"));
    m_nameError = fieldErrorLabel(QStringLiteral("accountNameError"));
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("accountHost"));
    m_host->setPlaceholderText(QStringLiteral("imap.example.org"));
    m_hostError = fieldErrorLabel(QStringLiteral("accountHostError"));
    m_security = new QComboBox;
    m_security->setObjectName(QStringLiteral("accountSecurity"));
    m_security->addItem(tr("TLS"), static_cast<int>(core::MailSecurity::Tls));
    m_security->addItem(tr("STARTTLS"), static_cast<int>(core::MailSecurity::StartTls));
    m_port = new QLineEdit(QString::number(kTlsPort));
    m_port->setObjectName(QStringLiteral("accountPort"));
    m_port->setMaxLength(6);
    m_portError = fieldErrorLabel(QStringLiteral("accountPortError"));
    connect(m_port, &QLineEdit::textEdited, this, [this] { m_portEdited = true; });
    connect(m_security, &QComboBox::currentIndexChanged, this, &MailAccountDialog::securityChosen);
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("accountUser"));
    m_user->setPlaceholderText(tr("you@example.org"));
    m_userError = fieldErrorLabel(QStringLiteral("accountUserError"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("accountPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(accountId ? tr("Kept in the keyring; type to replace it")
                                             : tr("An app password from your mail provider"));
    m_password->setToolTip(tr("Kept in the system keyring only, never in the season file or "
                              "Rapport's settings."));
    m_passwordError = fieldErrorLabel(QStringLiteral("accountPasswordError"));
    m_interval = new QSpinBox;
    m_interval->setObjectName(QStringLiteral("accountInterval"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setValue(core::MailAccount().intervalMinutes);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Only when asked"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("Ser&ver:"), m_host);
    form->addRow(QString(), m_hostError);
    form->addRow(tr("Se&curity:"), m_security);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(QString(), m_portError);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(QString(), m_userError);
    form->addRow(tr("App pass&word:"), m_password);
    form->addRow(QString(), m_passwordError);
    form->addRow(tr("Check &every:"), m_interval);

    m_folders = new QListWidget;
    m_folders->setObjectName(QStringLiteral("accountFolders"));
    m_folders->setMinimumHeight(120);
    m_choose = new QPushButton(tr("C&hoose folders…"));
    m_choose->setObjectName(QStringLiteral("chooseFolders"));
    m_choose->setToolTip(tr("Ask the server for its folders and tick the ones to read."));
    connect(m_choose, &QPushButton::clicked, this, &MailAccountDialog::chooseFolders);
    m_test = new QPushButton(tr("&Test connection"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    connect(m_test, &QPushButton::clicked, this, &MailAccountDialog::testConnection);
    auto *folderButtons = new QHBoxLayout;
    folderButtons->addWidget(m_choose);
    folderButtons->addWidget(m_test);
    folderButtons->addStretch();
    form->addRow(tr("&Folders:"), m_folders);
    form->addRow(QString(), folderButtons);
    m_trustedLabel = new QLabel;
    m_trustedLabel->setObjectName(QStringLiteral("trustedCertificate"));
    m_trustedLabel->setWordWrap(true);
    m_trustedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_trustedLabel);

    auto *bar = new QProgressBar;
    bar->setRange(0, 0);
    bar->setMaximumWidth(120);
    m_busyText = new QLabel(tr("Asking the server…"));
    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("cancelListing"));
    connect(cancel, &QPushButton::clicked, this, &MailAccountDialog::cancelListing);
    m_busy = new QWidget;
    m_busy->setObjectName(QStringLiteral("listingBusy"));
    auto *busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(bar);
    busyLayout->addWidget(m_busyText, 1);
    busyLayout->addWidget(cancel);
    m_busy->hide();

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *hint = new QLabel(tr("Rapport only reads: it never marks, moves or deletes mail on "
                               "the server."));
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveAccount"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MailAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MailAccountDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    core::MailAccountRepository accounts(m_session.db(), m_session.clock());
    if (accountId) {
        const auto account = accounts.get(accountId);
        const auto folders = accounts.folders(accountId);
        if (account && folders) {
            m_original = *account;
            QStringList names;
            for (const core::MailFolder &f : *folders)
                names << f.name;
            load(*account, names);
        } else {
            showStatus(account ? folders.errorMessage() : account.errorMessage(), true);
            m_save->setEnabled(false);
        }
    } else {
        showFolders({QStringLiteral("INBOX")}, {QStringLiteral("INBOX")});
    }
    showTrusted();
    resize(560, sizeHint().height());
    m_name->setFocus();
}

MailAccountDialog::~MailAccountDialog()
{
    if (m_listing) {
        *m_cancel = true;
        m_listing->wait();
    }
}

void MailAccountDialog::load(const core::MailAccount &account, const QStringList &folders)
{
    m_name->setText(account.name);
    m_host->setText(account.host);
    m_security->setCurrentIndex(m_security->findData(static_cast<int>(account.security)));
    m_port->setText(QString::number(account.port));
    m_portEdited =
        account.port != (account.security == core::MailSecurity::Tls ? kTlsPort : kStartTlsPort);
    m_user->setText(account.userName);
    m_interval->setValue(account.intervalMinutes);
    m_trusted = account.trustedCertificate;
    showFolders(folders, folders);
}

void MailAccountDialog::securityChosen()
{
    if (m_portEdited)
        return;
    const auto security = static_cast<core::MailSecurity>(m_security->currentData().toInt());
    m_port->setText(
        QString::number(security == core::MailSecurity::Tls ? kTlsPort : kStartTlsPort));
}

void MailAccountDialog::showTrusted()
{
    m_trustedLabel->setVisible(!m_trusted.isEmpty());
    m_trustedLabel->setText(tr("Trusted certificate for this account, SHA-256: %1").arg(m_trusted));
}

void MailAccountDialog::showFolders(const QStringList &folders, const QStringList &checked)
{
    m_folders->clear();
    for (const QString &name : folders) {
        auto *item = new QListWidgetItem(name, m_folders);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList MailAccountDialog::checkedFolders() const
{
    QStringList out;
    for (int i = 0; i < m_folders->count(); ++i) {
        if (m_folders->item(i)->checkState() == Qt::Checked)
            out << m_folders->item(i)->text();
    }
    return out;
}

void MailAccountDialog::clearFieldErrors()
{
    for (QLabel *label : {m_nameError, m_hostError, m_portError, m_userError, m_passwordError})
        label->hide();
    m_status->hide();
}

void MailAccountDialog::showFieldError(QLabel *label, QWidget *field, const QString &message)
{
    // The first field in error takes the focus.
    if (m_nameError->isHidden() && m_hostError->isHidden() && m_portError->isHidden() &&
        m_userError->isHidden() && m_passwordError->isHidden())
        field->setFocus();
    label->setText(message);
    label->show();
}

void MailAccountDialog::showStatus(const QString &message, bool error)
{
    m_status->setStyleSheet(error
                                ? QStringLiteral("color: %1")
                                      .arg(labels::severityColor(core::Severity::Violation).name())
                                : QString());
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

std::optional<core::MailAccount> MailAccountDialog::validated()
{
    clearFieldErrors();
    core::MailAccount a = m_original.value_or(core::MailAccount());
    a.id = m_accountId;
    a.name = m_name->text().trimmed();
    a.host = m_host->text().trimmed();
    a.security = static_cast<core::MailSecurity>(m_security->currentData().toInt());
    a.userName = m_user->text().trimmed();
    a.intervalMinutes = m_interval->value();
    a.trustedCertificate = m_trusted;
    bool portOk = false;
    a.port = m_port->text().trimmed().toInt(&portOk);
    bool ok = true;
    if (a.name.isEmpty()) {
        showFieldError(m_nameError, m_name,
                       tr("Give the account a name, such as \"Hospital mail\"."));
        ok = false;
    } else {
        const auto same =
            core::MailAccountRepository(m_session.db(), m_session.clock()).findByName(a.name);
        if (same && *same && (*same)->id != m_accountId) {
            showFieldError(m_nameError, m_name,
                           tr("There is already an account named \"%1\".").arg((*same)->name));
            ok = false;
        }
    }
    if (a.host.isEmpty()) {
        showFieldError(m_hostError, m_host,
                       tr("Enter the mail server's name, such as imap.gmail.com."));
        ok = false;
    }
    if (!portOk || a.port < 1 || a.port > 65535) {
        showFieldError(m_portError, m_port,
                       tr("The port is a number from 1 to 65535: 993 for TLS, 143 for STARTTLS."));
        ok = false;
    }
    if (a.userName.isEmpty()) {
        showFieldError(m_userError, m_user,
                       tr("Enter the user name you sign in with, usually your address."));
        ok = false;
    }
    return ok ? std::optional(a) : std::nullopt;
}

std::optional<QString> MailAccountDialog::connectionPassword()
{
    if (!m_password->text().isEmpty())
        return m_password->text();
    if (m_original) {
        const auto stored = net::Keyring::read(net::MailSync::keyringKey(*m_original));
        if (!stored) {
            showStatus(stored.errorMessage(), true);
            return std::nullopt;
        }
        if (*stored)
            return **stored;
    }
    showFieldError(m_passwordError, m_password,
                   tr("Enter the app password your mail provider gave you for Rapport."));
    return std::nullopt;
}

void MailAccountDialog::chooseFolders()
{
    list(Purpose::Choose);
}

void MailAccountDialog::testConnection()
{
    list(Purpose::Test);
}

void MailAccountDialog::cancelListing()
{
    if (m_listing)
        *m_cancel = true;
}

void MailAccountDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_choose, m_test, m_save})
        w->setEnabled(!busy);
}

void MailAccountDialog::list(Purpose purpose)
{
    if (m_listing)
        return;
    const auto account = validated();
    if (!account)
        return;
    const auto password = connectionPassword();
    if (!password)
        return;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    auto result = std::make_shared<std::optional<net::ImapResult<QStringList>>>();
    auto *thread = QThread::create(
        [imap = net::MailSync::imapAccount(*account), password = *password, cancel, result] {
            *result = net::ImapFetcher().listFolders(imap, password, cancel.get());
        });
    thread->setObjectName(QStringLiteral("rapport-imap-folders"));
    m_listing = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, purpose, result] {
        m_listing = nullptr;
        setBusy(false);
        if (**result)
            listed(purpose, (*result)->value());
        else
            listFailed(purpose, (*result)->error());
    });
    m_busyText->setText(tr("Asking %1 for its folders…").arg(account->host));
    showStatus({}, false);
    setBusy(true);
    thread->start();
}

void MailAccountDialog::listed(Purpose purpose, const QStringList &folders)
{
    QStringList checked = checkedFolders();
    // A new account reads its inbox and what was sent from it, until the
    // user says otherwise.
    if (!m_original && !m_foldersListed) {
        checked = {};
        for (const QString &f : folders) {
            if (f.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
                checked << f;
        }
        for (const QString &f : folders) {
            if (isSentFolder(f)) {
                checked << f;
                break;
            }
        }
    }
    m_foldersListed = true;
    QStringList shown = folders;
    // A chosen folder the server no longer has stays, to be unticked.
    for (const QString &f : std::as_const(checked)) {
        if (!shown.contains(f))
            shown << f;
    }
    showFolders(shown, checked);
    if (purpose == Purpose::Test)
        showStatus(tr("Connected: the server has %n folders.", nullptr, int(folders.size())),
                   false);
    else
        showStatus(tr("Tick the folders to read."), false);
}

void MailAccountDialog::listFailed(Purpose purpose, const net::ImapError &error)
{
    switch (error.kind) {
    case net::ImapError::Kind::UntrustedCertificate: {
        const QString question =
            tr("The server's certificate is not vouched for by any authority this computer "
               "trusts. A server with a certificate of its own looks like this, and so would "
               "someone pretending to be the server.\n\nSubject: %1\nFingerprint (SHA-256): "
               "%2\n\nCompare the fingerprint with the one your mail provider gives. Trust this "
               "certificate for this account?")
                .arg(error.certificateSubject, error.certificateFingerprint);
        if (m_prompter.confirm(this, tr("Untrusted Certificate"), question, tr("Trust"))) {
            m_trusted = error.certificateFingerprint;
            showTrusted();
            list(purpose);
        } else {
            showStatus(tr("Not connected: the server's certificate was not trusted."), true);
        }
        return;
    }
    case net::ImapError::Kind::Cancelled: showStatus(tr("Cancelled."), false); return;
    default: showStatus(error.message, true); return;
    }
}

void MailAccountDialog::accept()
{
    if (m_listing)
        return;
    const auto validAccount = validated();
    if (!validAccount)
        return;
    core::MailAccount account = *validAccount;
    const QStringList folders = checkedFolders();
    if (folders.isEmpty()) {
        showStatus(tr("Tick at least one folder to read."), true);
        return;
    }
    const QString key = net::MailSync::keyringKey(account);
    const QString oldKey = m_original ? net::MailSync::keyringKey(*m_original) : QString();
    QString password = m_password->text();
    if (password.isEmpty() && oldKey != key) {
        // A new account, or its password moves to the new server or name.
        const auto current = connectionPassword();
        if (!current)
            return;
        password = *current;
    }
    const QString keyringFailed =
        tr("The password could not be kept: %1. Rapport keeps mail passwords only in the "
           "system keyring, never in a file, so the account was not saved.");
    if (!password.isEmpty()) {
        if (auto stored = net::Keyring::store(key, password); !stored) {
            showStatus(keyringFailed.arg(stored.errorMessage()), true);
            return;
        }
    }

    core::MailAccountRepository accounts(m_session.db(), m_session.clock());
    core::Transaction tx(m_session.db());
    core::Status written = tx.begin();
    if (written && m_accountId) {
        written = accounts.update(account);
    } else if (written) {
        const auto added = accounts.add(account);
        if (added)
            account.id = *added;
        else
            written = added.error();
    }
    if (written)
        written = accounts.setFolders(account.id, folders);
    if (written)
        written = tx.commit();
    if (!written) {
        if (oldKey != key)
            (void)net::Keyring::remove(key); // nothing names it
        showStatus(written.errorMessage(), true);
        return;
    }
    if (m_original && oldKey != key) {
        if (auto removed = net::Keyring::remove(oldKey); !removed)
            m_prompter.showError(this, removed.errorMessage());
    }
    m_accountId = account.id;
    QDialog::accept();
}

void MailAccountDialog::reject()
{
    cancelListing();
    QDialog::reject();
}

} // namespace rapport::ui
