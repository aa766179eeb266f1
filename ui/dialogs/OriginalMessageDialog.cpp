#include "OriginalMessageDialog.h"

#include "Prompter.h"
#include "Session.h"
#include "widgets/OfflineBrowser.h"
#include "widgets/WindowSize.h"

#include "io/MailOriginal.h"
#include "io/TextDecoding.h"
#include "mail/LocalMailStore.h"
#include "mail/MailAccountRepository.h"
#include "mail/MailInbox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

QPlainTextEdit *readOnlyText(const QString &text, const char *objectName)
{
    auto *edit = new QPlainTextEdit(text);
    edit->setObjectName(QLatin1String(objectName));
    edit->setReadOnly(true);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return edit;
}

} // namespace

OriginalMessageDialog::OriginalMessageDialog(Session &session, const core::IncomingMail &mail,
                                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("originalMessageDialog"));
    const auto read = core::MailOriginalReader::read(mail.raw);
    const core::MailOriginal original = read ? *read : core::MailOriginal{};
    const QString subject = original.header(QStringLiteral("Subject"));
    setWindowTitle(subject.isEmpty() ? tr("Original message")
                                     : tr("Original message: %1").arg(subject));

    const std::pair<const char *, QString> headers[] = {
        {QT_TR_NOOP("From"), QStringLiteral("From")},
        {QT_TR_NOOP("To"), QStringLiteral("To")},
        {QT_TR_NOOP("Cc"), QStringLiteral("Cc")},
        {QT_TR_NOOP("Date"), QStringLiteral("Date")},
        {QT_TR_NOOP("Subject"), QStringLiteral("Subject")},
        {QT_TR_NOOP("Message-ID"), QStringLiteral("Message-ID")}};
    for (const auto &[label, name] : headers) {
        const QString value = original.header(name);
        if (!value.isEmpty() || name != QLatin1String("Cc"))
            m_shown.append({tr(label), value});
    }
    m_shown.append({tr("Came from"), cameFrom(session, mail)});

    auto *form = new QFormLayout;
    for (const auto &[label, value] : std::as_const(m_shown)) {
        auto *text = new QLabel(value);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setWordWrap(true);
        form->addRow(label + QLatin1Char(':'), text);
    }
    if (!read) {
        auto *problem = new QLabel(tr("This message cannot be read: %1").arg(read.errorMessage()));
        problem->setWordWrap(true);
        form->addRow(problem);
    }

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("originalTabs"));
    m_tabs->addTab(readOnlyText(original.text, "originalText"), tr("&Text"));
    if (!original.html.isEmpty()) {
        m_html = new OfflineBrowser;
        m_html->setObjectName(QStringLiteral("originalHtml"));
        m_html->setHtml(original.html);
        m_tabs->addTab(m_html, tr("&HTML"));
    }
    auto *source = readOnlyText(core::decodeText(mail.raw), "originalSource");
    source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(source, tr("&Source"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {820, 680});
}

QString OriginalMessageDialog::cameFrom(Session &session, const core::IncomingMail &mail) const
{
    switch (mail.origin) {
    case core::MailOrigin::Imap: {
        QString account = tr("an account that was removed");
        if (mail.accountId) {
            if (auto a =
                    core::MailAccountRepository(session.db(), session.clock()).get(*mail.accountId);
                a)
                account = a->name;
        }
        return mail.uid ? tr("%1, folder %2, UID %3").arg(account, mail.folder).arg(*mail.uid)
                        : tr("%1, folder %2").arg(account, mail.folder);
    }
    case core::MailOrigin::Maildir:
    case core::MailOrigin::Mbox: {
        QString store = QDir::toNativeSeparators(mail.path);
        if (mail.storeId) {
            auto s = core::LocalMailStore(session.db(), session.clock()).get(*mail.storeId);
            if (s && s->path != mail.path)
                store = tr("%1 in %2")
                            .arg(QDir::toNativeSeparators(mail.path),
                                 QDir::toNativeSeparators(s->path));
        }
        return mail.origin == core::MailOrigin::Maildir ? tr("Maildir: %1").arg(store)
                                                        : tr("Mailbox file: %1").arg(store);
    }
    case core::MailOrigin::File:
        return tr("Dropped file: %1").arg(QDir::toNativeSeparators(mail.path));
    }
    return {};
}

OriginalMessageDialog *OriginalMessageDialog::open(Session &session, const core::IncomingMail &mail,
                                                   QWidget *parent)
{
    auto *dialog = new OriginalMessageDialog(session, mail, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

OriginalMessageDialog *OriginalMessageDialog::openForInbox(Session &session, Prompter &prompter,
                                                           qint64 id, QWidget *parent)
{
    const auto mail = core::MailInbox(session.db(), session.clock()).original(id);
    if (!mail) {
        prompter.showError(parent, mail.errorMessage());
        return nullptr;
    }
    return open(session, *mail, parent);
}

OriginalMessageDialog *OriginalMessageDialog::openForEntry(Session &session, Prompter &prompter,
                                                           qint64 communicationId, QWidget *parent)
{
    const auto mail =
        core::MailInbox(session.db(), session.clock()).originalOfEntry(communicationId);
    if (!mail || !*mail) {
        prompter.showError(parent, mail ? tr("This entry was not captured from mail: there is no "
                                             "original to show.")
                                        : mail.errorMessage());
        return nullptr;
    }
    return open(session, **mail, parent);
}

bool OriginalMessageDialog::hasOriginal(Session &session, qint64 communicationId)
{
    const auto mail =
        core::MailInbox(session.db(), session.clock()).originalOfEntry(communicationId);
    return mail && mail->has_value();
}

} // namespace rapport::ui
