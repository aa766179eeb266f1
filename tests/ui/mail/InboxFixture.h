#pragma once

#include "io/IoFixture.h"

#include "MainWindow.h"
#include "models/InboxModel.h"
#include "pages/InboxPage.h"
#include "undo/UndoActions.h"
#include "widgets/InboxDetails.h"

#include "mail/MailInbox.h"
#include "storage/CommunicationRepository.h"

#include <QAction>
#include <QFile>
#include <QListWidget>
#include <QTableView>

#include <memory>

namespace rapport::test {

// One plain-text message as a mail server hands it over.
inline QByteArray mailFrom(const QString &messageId, const QString &from, const QString &subject,
                           const QString &body = QStringLiteral("Dear Dr. Haddad,\n\nSee you "
                                                                "soon.\n"),
                           const QString &date = QStringLiteral("Tue, 20 Oct 2026 11:00:00 -0400"))
{
    return QStringLiteral("Message-ID: <%1>\nDate: %2\nFrom: %3\nTo: amira.haddad@gmail.com\n"
                          "Subject: %4\nMIME-Version: 1.0\nContent-Type: text/plain; "
                          "charset=utf-8\n\n%5")
        .arg(messageId, date, from, subject, body)
        .toUtf8();
}

// The mail fixtures' season in a shown window on its Inbox page, with
// messages captured as the sync would.
class InboxFixture : public IoFixture
{
protected:
    void SetUp() override
    {
        IoFixture::SetUp();
        loadMailSeason();
        window = std::make_unique<ui::MainWindow>(session(), prompter);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->showPage(ui::MainWindow::InboxIndex);
        page = window->inboxPage();
    }

    QList<qint64> capture(const QList<QByteArray> &messages)
    {
        QList<core::IncomingMail> batch;
        for (const QByteArray &raw : messages) {
            core::IncomingMail mail;
            mail.raw = raw;
            mail.origin = core::MailOrigin::Imap;
            mail.folder = QStringLiteral("INBOX");
            mail.uid = batch.size() + 1;
            batch << mail;
        }
        auto summary = inbox().capture(batch);
        EXPECT_TRUE(summary.ok()) << summary.errorMessage().toStdString();
        Q_EMIT session().mailChanged();
        return summary.ok() ? summary->ids : QList<qint64>{};
    }

    QByteArray fixture(const char *name)
    {
        QFile file(testData(QStringLiteral("mail/") + QLatin1String(name)));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
        return file.readAll();
    }

    core::MailInbox inbox() { return core::MailInbox(session().db(), clock); }
    core::InboxEntry entry(qint64 id)
    {
        auto e = inbox().get(id);
        EXPECT_TRUE(e.ok()) << e.errorMessage().toStdString();
        return e.ok() ? *e : core::InboxEntry{};
    }
    QList<core::Communication> log()
    {
        auto all = core::CommunicationRepository(session().db()).list();
        EXPECT_TRUE(all.ok());
        return all.ok() ? *all : QList<core::Communication>{};
    }

    void select(const QList<qint64> &ids) { page->selectIds(ids); }
    QTableView *table() { return page->table(); }
    QString navigationText()
    {
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        return navigation ? navigation->item(ui::MainWindow::InboxIndex)->text() : QString();
    }
    void undo()
    {
        ASSERT_TRUE(window->undoActions()->undoAction()->isEnabled());
        window->undoActions()->undoAction()->trigger();
        settle();
    }
    void redo()
    {
        ASSERT_TRUE(window->undoActions()->redoAction()->isEnabled());
        window->undoActions()->redoAction()->trigger();
        settle();
    }

    std::unique_ptr<ui::MainWindow> window;
    ui::InboxPage *page = nullptr;
};

} // namespace rapport::test
