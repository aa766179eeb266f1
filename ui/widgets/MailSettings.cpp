#include "MailSettings.h"

#include "DateTimeText.h"
#include "MailSyncRunner.h"
#include "Prompter.h"
#include "Session.h"
#include "dialogs/MailAccountDialog.h"
#include "widgets/SettingsForm.h"

#include "Keyring.h"
#include "MailSync.h"

#include "mail/LocalMailStore.h"
#include "mail/MailAccountRepository.h"

#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {
namespace {

enum AccountColumn
{
    AccountName,
    AccountAddress,
    AccountFolders,
    AccountInterval,
    AccountLastSync,
    AccountResult,
    AccountColumnCount
};

enum StoreColumn
{
    StoreKind,
    StorePath,
    StoreLastScan,
    StoreResult,
    StoreColumnCount
};

QString defaultChooser(QWidget *parent, core::MailStoreKind kind)
{
    if (kind == core::MailStoreKind::Maildir)
        return QFileDialog::getExistingDirectory(parent, MailSettings::tr("Add Maildir Folder"),
                                                 QDir::homePath());
    return QFileDialog::getOpenFileName(parent, MailSettings::tr("Add mbox File"),
                                        QDir::homePath());
}

QTreeWidget *makeList(const QString &objectName, const QStringList &headers)
{
    auto *list = new QTreeWidget;
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(true);
    list->setMinimumHeight(110);
    return list;
}

void showResult(QTreeWidgetItem *item, int column, const std::optional<MailSyncResult> &result)
{
    if (!result)
        return;
    item->setText(column, result->text);
    item->setToolTip(column, result->text);
    if (!result->ok)
        item->setForeground(column, QColor(0xc6, 0x28, 0x28));
}

} // namespace

MailSettings::MailSettings(Session &session, Prompter &prompter, MailSyncRunner &runner,
                           QWidget *parent)
    : QWidget(parent), m_session(session), m_prompter(prompter), m_runner(runner),
      m_chooser(defaultChooser)
{
    setObjectName(QStringLiteral("mailSettings"));
    m_accounts =
        makeList(QStringLiteral("mailAccounts"), {tr("Name"), tr("Account"), tr("Folders"),
                                                  tr("Checks"), tr("Last sync"), tr("Result")});
    auto *add = new QPushButton(tr("&Add…"));
    add->setObjectName(QStringLiteral("addAccount"));
    m_edit = new QPushButton(tr("E&dit…"));
    m_edit->setObjectName(QStringLiteral("editAccount"));
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("removeAccount"));
    m_sync = new QPushButton(tr("&Sync now"));
    m_sync->setObjectName(QStringLiteral("syncNow"));
    m_sync->setToolTip(tr("Read new mail from the selected account now, or from every account "
                          "and local folder when none is selected."));
    connect(add, &QPushButton::clicked, this, &MailSettings::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &MailSettings::editAccount);
    connect(m_remove, &QPushButton::clicked, this, &MailSettings::removeAccount);
    connect(m_sync, &QPushButton::clicked, this, &MailSettings::syncNow);
    connect(m_accounts, &QTreeWidget::itemDoubleClicked, this, &MailSettings::editAccount);
    auto *accountButtons = new QHBoxLayout;
    for (QPushButton *b : {add, m_edit, m_remove})
        accountButtons->addWidget(b);
    accountButtons->addStretch();
    accountButtons->addWidget(m_sync);
    auto *accountsHint = new QLabel(
        tr("Rapport reads new mail into the review queue and never marks, moves or deletes "
           "anything on the server. Passwords stay in the system keyring."));
    accountsHint->setWordWrap(true);
    auto *accountsBox = new QGroupBox(tr("Mail accounts (IMAP)"));
    auto *accountsLayout = new QVBoxLayout(accountsBox);
    accountsLayout->addWidget(accountsHint);
    accountsLayout->addWidget(m_accounts);
    accountsLayout->addLayout(accountButtons);

    m_stores = makeList(QStringLiteral("mailStores"),
                        {tr("Kind"), tr("Path"), tr("Last scan"), tr("Result")});
    auto *addMaildir = new QPushButton(tr("Add &Maildir folder…"));
    addMaildir->setObjectName(QStringLiteral("addMaildir"));
    auto *addMbox = new QPushButton(tr("Add m&box file…"));
    addMbox->setObjectName(QStringLiteral("addMbox"));
    m_removeStore = new QPushButton(tr("Rem&ove"));
    m_removeStore->setObjectName(QStringLiteral("removeStore"));
    connect(addMaildir, &QPushButton::clicked, this, &MailSettings::addMaildir);
    connect(addMbox, &QPushButton::clicked, this, &MailSettings::addMbox);
    connect(m_removeStore, &QPushButton::clicked, this, &MailSettings::removeStore);
    auto *storeButtons = new QHBoxLayout;
    for (QPushButton *b : {addMaildir, addMbox, m_removeStore})
        storeButtons->addWidget(b);
    storeButtons->addStretch();
    auto *storesHint =
        new QLabel(tr("Mail other programs keep on this computer: Maildir folders written by "
                      "mbsync, offlineimap or notmuch setups, and Thunderbird's mbox files. "
                      "They are read again whenever they change."));
    storesHint->setWordWrap(true);
    auto *storesBox = new QGroupBox(tr("Local mail folders"));
    auto *storesLayout = new QVBoxLayout(storesBox);
    storesLayout->addWidget(storesHint);
    storesLayout->addWidget(m_stores);
    storesLayout->addLayout(storeButtons);

    m_error = settingsform::makeErrorLabel(QStringLiteral("mailSettingsError"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(accountsBox, 3);
    layout->addWidget(storesBox, 2);
    layout->addWidget(m_error);

    connect(m_accounts, &QTreeWidget::itemSelectionChanged, this, &MailSettings::updateButtons);
    connect(m_stores, &QTreeWidget::itemSelectionChanged, this, &MailSettings::updateButtons);
    connect(&m_runner, &MailSyncRunner::resultsChanged, this, &MailSettings::refresh);
    refresh();
}

void MailSettings::refresh()
{
    const qint64 account = selectedId(m_accounts);
    const qint64 store = selectedId(m_stores);
    m_accounts->clear();
    m_stores->clear();
    const DateTimeText when = DateTimeText::forSeason(m_session.snapshot().season);
    const auto shown = [&when](const QDateTime &at) {
        return when.dateTime(at, DateTimeText::Context::Cell);
    };
    core::MailAccountRepository repository(m_session.db(), m_session.clock());
    const auto accounts = repository.list();
    if (!accounts)
        showError(accounts.errorMessage());
    for (const core::MailAccount &a : accounts ? *accounts : QList<core::MailAccount>()) {
        auto *item = new QTreeWidgetItem(m_accounts);
        item->setData(AccountName, Qt::UserRole, a.id);
        item->setText(AccountName, a.name);
        item->setText(AccountAddress, tr("%1 on %2").arg(a.userName, a.host));
        const auto folders = repository.folders(a.id);
        QStringList names;
        QDateTime synced;
        for (const core::MailFolder &f : folders ? *folders : QList<core::MailFolder>()) {
            names << f.name;
            if (f.synced.isValid() && (!synced.isValid() || f.synced > synced))
                synced = f.synced;
        }
        item->setText(AccountFolders, names.join(QStringLiteral(", ")));
        item->setText(AccountInterval, a.intervalMinutes > 0
                                           ? tr("every %n min", nullptr, a.intervalMinutes)
                                           : tr("when asked"));
        const auto result = m_runner.accountResult(a.id);
        const QDateTime last = result ? result->at : synced;
        item->setText(AccountLastSync, last.isValid() ? shown(last) : tr("never"));
        showResult(item, AccountResult, result);
        if (a.id == account)
            item->setSelected(true);
    }
    const auto stores = core::LocalMailStore(m_session.db(), m_session.clock()).list();
    if (!stores)
        showError(stores.errorMessage());
    for (const core::MailStore &s : stores ? *stores : QList<core::MailStore>()) {
        auto *item = new QTreeWidgetItem(m_stores);
        item->setData(StoreKind, Qt::UserRole, s.id);
        item->setText(StoreKind,
                      s.kind == core::MailStoreKind::Maildir ? tr("Maildir") : tr("mbox"));
        item->setText(StorePath, QDir::toNativeSeparators(s.path));
        item->setToolTip(StorePath, QDir::toNativeSeparators(s.path));
        const auto result = m_runner.storeResult(s.id);
        item->setText(StoreLastScan, result ? shown(result->at) : tr("not yet"));
        showResult(item, StoreResult, result);
        if (s.id == store)
            item->setSelected(true);
    }
    for (QTreeWidget *list : {m_accounts, m_stores}) {
        for (int c = 0; c < list->columnCount() - 1; ++c)
            list->resizeColumnToContents(c);
    }
    updateButtons();
}

qint64 MailSettings::selectedId(const QTreeWidget *list) const
{
    const auto items = list->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(0, Qt::UserRole).toLongLong();
}

void MailSettings::updateButtons()
{
    const bool account = selectedId(m_accounts) != 0;
    m_edit->setEnabled(account);
    m_remove->setEnabled(account);
    m_removeStore->setEnabled(selectedId(m_stores) != 0);
}

void MailSettings::showError(const QString &message)
{
    settingsform::showError(m_error, message);
}

MailAccountDialog *MailSettings::accountDialog() const
{
    return m_dialog;
}

MailAccountDialog *MailSettings::addAccount()
{
    return openDialog(0);
}

MailAccountDialog *MailSettings::editAccount()
{
    const qint64 id = selectedId(m_accounts);
    return id ? openDialog(id) : nullptr;
}

MailAccountDialog *MailSettings::openDialog(qint64 accountId)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    auto *dialog = new MailAccountDialog(m_session, m_prompter, accountId, this);
    dialog->setWindowFlag(Qt::Window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        m_runner.configurationChanged();
    });
    m_dialog = dialog;
    dialog->show();
    return dialog;
}

void MailSettings::removeAccount()
{
    const qint64 id = selectedId(m_accounts);
    if (!id)
        return;
    core::MailAccountRepository repository(m_session.db(), m_session.clock());
    const auto account = repository.get(id);
    if (!account) {
        showError(account.errorMessage());
        return;
    }
    if (!m_prompter.confirm(this, tr("Remove Mail Account"),
                            tr("Remove the account \"%1\"? Its password is removed from the "
                               "keyring; the mail already read from it stays in the queue.")
                                .arg(account->name),
                            tr("Remove")))
        return;
    if (auto removed = repository.remove(id); !removed) {
        showError(removed.errorMessage());
        return;
    }
    if (auto forgotten = net::Keyring::remove(net::MailSync::keyringKey(*account)); !forgotten)
        m_prompter.showError(this, forgotten.errorMessage());
    settingsform::showError(m_error, {});
    refresh();
    m_runner.configurationChanged();
}

void MailSettings::syncNow()
{
    if (const qint64 id = selectedId(m_accounts))
        m_runner.syncAccount(id);
    else
        m_runner.syncAll();
}

void MailSettings::addMaildir()
{
    addStore(core::MailStoreKind::Maildir);
}

void MailSettings::addMbox()
{
    addStore(core::MailStoreKind::Mbox);
}

void MailSettings::addStore(core::MailStoreKind kind)
{
    const QString path = m_chooser(this, kind);
    if (path.isEmpty())
        return;
    const auto added = core::LocalMailStore(m_session.db(), m_session.clock()).add(path, kind);
    if (!added) {
        showError(added.errorMessage());
        return;
    }
    settingsform::showError(m_error, {});
    refresh();
    m_runner.configurationChanged();
    // What is in it already is read at once.
    m_runner.syncStores();
}

void MailSettings::removeStore()
{
    const qint64 id = selectedId(m_stores);
    if (!id)
        return;
    core::LocalMailStore stores(m_session.db(), m_session.clock());
    const auto store = stores.get(id);
    if (!store) {
        showError(store.errorMessage());
        return;
    }
    if (!m_prompter.confirm(this, tr("Remove Local Mail Folder"),
                            tr("Stop reading %1? The mail already read from it stays in the "
                               "queue; the folder itself is not touched.")
                                .arg(QDir::toNativeSeparators(store->path)),
                            tr("Remove")))
        return;
    if (auto removed = stores.remove(id); !removed) {
        showError(removed.errorMessage());
        return;
    }
    settingsform::showError(m_error, {});
    refresh();
    m_runner.configurationChanged();
}

} // namespace rapport::ui
