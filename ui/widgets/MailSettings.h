#pragma once

#include "domain/Enums.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace rapport::ui {

class MailAccountDialog;
class MailSyncRunner;
class Prompter;
class Session;

// Settings ▸ Mail: the IMAP accounts mail is read from, and the local mail
// folders (Maildir, mbox) that other programs keep, each with when it was
// last read and how that went.
class MailSettings final : public QWidget
{
    Q_OBJECT

public:
    // Asks where a local store is: a Maildir folder or an mbox file; empty
    // when the user cancels.
    using StoreChooser = std::function<QString(QWidget *parent, core::MailStoreKind kind)>;

    MailSettings(Session &session, Prompter &prompter, MailSyncRunner &runner,
                 QWidget *parent = nullptr);

    // Tests answer instead of the file dialogs.
    void setStoreChooser(StoreChooser chooser) { m_chooser = std::move(chooser); }
    QTreeWidget *accounts() const { return m_accounts; }
    QTreeWidget *stores() const { return m_stores; }
    // The account dialog open now (not modal to the application), if any.
    MailAccountDialog *accountDialog() const;

public Q_SLOTS:
    MailAccountDialog *addAccount();
    MailAccountDialog *editAccount();
    void removeAccount();
    // The selected account, or every account and folder when none is.
    void syncNow();
    void addMaildir();
    void addMbox();
    void removeStore();
    void refresh();

private:
    MailAccountDialog *openDialog(qint64 accountId);
    void addStore(core::MailStoreKind kind);
    qint64 selectedId(const QTreeWidget *list) const;
    void updateButtons();
    void showError(const QString &message);

    Session &m_session;
    Prompter &m_prompter;
    MailSyncRunner &m_runner;
    StoreChooser m_chooser;
    QPointer<MailAccountDialog> m_dialog;
    QTreeWidget *m_accounts = nullptr;
    QTreeWidget *m_stores = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_removeStore = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace rapport::ui
