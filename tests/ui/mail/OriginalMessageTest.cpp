// Show original: the headers, the text, the HTML shown without reaching the
// network, the source; from the Inbox and from a log entry.

#include "InboxFixture.h"

#include "dialogs/CommunicationDialog.h"
#include "dialogs/OriginalMessageDialog.h"
#include "pages/LogPage.h"
#include "widgets/OfflineBrowser.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextDocument>

namespace rapport::test {
namespace {

class OriginalMessageTest : public InboxFixture
{
protected:
    ui::OriginalMessageDialog *openDialog()
    {
        const auto dialogs = window->findChildren<ui::OriginalMessageDialog *>();
        return dialogs.isEmpty() ? nullptr : dialogs.last();
    }
    QStringList tabTitles(ui::OriginalMessageDialog *dialog)
    {
        QStringList titles;
        for (int i = 0; i < dialog->tabs()->count(); ++i)
            titles << dialog->tabs()->tabText(i).remove(QLatin1Char('&'));
        return titles;
    }
};

TEST(OfflineBrowserTest, LoadsNothingARemoteOrLocalResourceNames)
{
    ui::OfflineBrowser browser;
    for (const char *url : {"http://tracker.example.com/open.gif", "https://cdn.example.com/a.png",
                            "file:///etc/hostname", "cid:logo@lakeside.edu"}) {
        EXPECT_FALSE(
            browser.loadResource(QTextDocument::ImageResource, QUrl(QLatin1String(url))).isValid())
            << url;
    }
    EXPECT_EQ(browser.refused().size(), 4);
    EXPECT_FALSE(browser.openLinks());
    EXPECT_FALSE(browser.openExternalLinks());
}

TEST_F(OriginalMessageTest, ShowsTheHeadersTextHtmlAndSourceFromTheInbox)
{
    const qint64 id = capture({fixture("lakeside-html.eml")}).first();
    select({id});
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("inboxOriginal")),
                      Qt::LeftButton);
    ui::OriginalMessageDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));

    QHash<QString, QString> headers;
    for (const auto &[name, value] : dialog->shownHeaders())
        headers.insert(name, value);
    EXPECT_EQ(headers.value(QStringLiteral("From")),
              QStringLiteral("Jennifer Walsh <jwalsh@lakeside.edu>"));
    EXPECT_EQ(headers.value(QStringLiteral("Cc")),
              QStringLiteral("Maria Lopez <mlopez@lakeside.edu>"));
    EXPECT_EQ(headers.value(QStringLiteral("Subject")),
              QStringLiteral("Your interview day at Lakeside"));
    EXPECT_EQ(headers.value(QStringLiteral("Message-ID")),
              QStringLiteral("<lk-html-20261102@lakeside.edu>"));
    EXPECT_TRUE(headers.value(QStringLiteral("Came from")).contains(QStringLiteral("INBOX")));
    EXPECT_EQ(tabTitles(dialog), (QStringList{QStringLiteral("Text"), QStringLiteral("HTML"),
                                              QStringLiteral("Source")}));

    auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("originalText"));
    EXPECT_TRUE(text->toPlainText().contains(QStringLiteral("Garage B")));
    EXPECT_FALSE(text->toPlainText().contains(QStringLiteral("<p>")));
    auto *source = dialog->findChild<QPlainTextEdit *>(QStringLiteral("originalSource"));
    EXPECT_TRUE(source->toPlainText().contains(QStringLiteral("boundary=\"b-1102\"")));

    // The HTML lays out with its images asked for, and each one refused.
    ui::OfflineBrowser *html = dialog->htmlView();
    ASSERT_NE(html, nullptr);
    dialog->tabs()->setCurrentWidget(html);
    EXPECT_TRUE(html->toPlainText().contains(QStringLiteral("November 20")));
    const QUrl tracker(QStringLiteral("http://tracker.example.com/open.gif?id=7"));
    EXPECT_FALSE(html->document()->resource(QTextDocument::ImageResource, tracker).isValid());
    EXPECT_TRUE(html->refused().contains(tracker));
    for (const QUrl &url : html->refused())
        EXPECT_FALSE(html->loadResource(QTextDocument::ImageResource, url).isValid());
    dialog->close();
}

TEST_F(OriginalMessageTest, APlainMessageHasNoHtmlTab)
{
    const qint64 id = capture({fixture("riverbend-invitation.eml")}).first();
    auto *dialog = ui::OriginalMessageDialog::openForInbox(session(), prompter, id, window.get());
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(tabTitles(dialog), (QStringList{QStringLiteral("Text"), QStringLiteral("Source")}));
    EXPECT_EQ(dialog->htmlView(), nullptr);
    dialog->close();
}

TEST_F(OriginalMessageTest, ALoggedEntryShowsItsOriginalFromTheLogAndItsWindow)
{
    const qint64 id = capture({fixture("lakeside-html.eml")}).first();
    select({id});
    ASSERT_TRUE(page->logSelected());
    settle();
    const qint64 entryId = entry(id).communicationId.value_or(0);
    ASSERT_NE(entryId, 0);

    window->showPage(ui::MainWindow::LogIndex);
    ui::LogPage *logPage = window->logPage();
    logPage->selectCommunication(entryId);
    ASSERT_TRUE(logPage->originalAction()->isEnabled());
    logPage->originalAction()->trigger();
    ui::OriginalMessageDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->windowTitle().contains(QStringLiteral("Your interview day at Lakeside")));
    dialog->close();

    ui::CommunicationDialog entryWindow(session(), prompter, entryId, window.get());
    auto *show = entryWindow.findChild<QPushButton *>(QStringLiteral("showOriginal"));
    ASSERT_NE(show, nullptr);
    EXPECT_TRUE(show->isEnabled());
}

TEST_F(OriginalMessageTest, AnEntryTypedByHandHasNoOriginal)
{
    core::Communication c;
    c.programId = lakeside;
    c.at = clock.now();
    c.subject = QStringLiteral("Thank you");
    c.body = QStringLiteral("Thank you for the interview.");
    const auto added = core::CommunicationRepository(session().db()).add(c);
    ASSERT_TRUE(added.ok()) << added.errorMessage().toStdString();
    ASSERT_TRUE(session().reloadNow().ok());
    window->showPage(ui::MainWindow::LogIndex);
    window->logPage()->selectCommunication(*added);
    EXPECT_FALSE(window->logPage()->originalAction()->isEnabled());
    ui::CommunicationDialog entryWindow(session(), prompter, *added, window.get());
    EXPECT_FALSE(entryWindow.findChild<QPushButton *>(QStringLiteral("showOriginal"))->isEnabled());
}

} // namespace
} // namespace rapport::test
