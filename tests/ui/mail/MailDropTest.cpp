// Mail dropped on the window lands in the Inbox; dropped on a program, it
// is proposed for that program.

#include "InboxFixture.h"

#include "MailDrop.h"
#include "models/ProgramListModel.h"
#include "pages/ProgramsPage.h"

#include <QDropEvent>
#include <QMimeData>
#include <QStatusBar>

namespace rapport::test {
namespace {

class MailDropTest : public InboxFixture
{
protected:
    // Sends what a file manager's drag sends: enter, then drop, at point.
    bool dropOn(QWidget *target, const QPoint &point, QMimeData &data)
    {
        QDragEnterEvent enter(point, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent drop(QPointF(point), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        return drop.isAccepted();
    }
    static QMimeData *files(const QStringList &names)
    {
        auto *data = new QMimeData;
        QList<QUrl> urls;
        for (const QString &name : names)
            urls << QUrl::fromLocalFile(testData(QStringLiteral("mail/") + name));
        data->setUrls(urls);
        return data;
    }
};

TEST_F(MailDropTest, TwoEmlFilesDroppedOnTheWindowAreCaptured)
{
    window->showPage(ui::MainWindow::DashboardIndex);
    std::unique_ptr<QMimeData> data(
        files({QStringLiteral("riverbend-invitation.eml"), QStringLiteral("lakeside-html.eml")}));
    ASSERT_TRUE(dropOn(window.get(), window->rect().center(), *data));
    EXPECT_EQ(window->currentPage(), ui::MainWindow::InboxIndex);
    EXPECT_EQ(page->model()->rowCount(), 2);
    EXPECT_EQ(navigationText(), QStringLiteral("Inbox (2)"));
    EXPECT_EQ(window->statusBar()->currentMessage(),
              QStringLiteral("2 new messages in the Inbox."));
    const auto pending = inbox().pending();
    ASSERT_TRUE(pending.ok());
    for (const core::InboxEntry &e : *pending) {
        EXPECT_EQ(e.origin, core::MailOrigin::File);
        EXPECT_TRUE(e.path.endsWith(QStringLiteral(".eml")));
    }

    // Again: nothing new, and it says so.
    ASSERT_TRUE(dropOn(window.get(), window->rect().center(), *data));
    EXPECT_EQ(page->model()->rowCount(), 2);
    EXPECT_EQ(window->statusBar()->currentMessage(),
              QStringLiteral("0 new messages in the Inbox; 2 were there already."));
    EXPECT_TRUE(prompter.errors.isEmpty()) << prompter.errors.join(u'\n').toStdString();
}

TEST_F(MailDropTest, AMessageFromAMailProgramIsCaptured)
{
    QMimeData data;
    data.setData(QStringLiteral("message/rfc822"),
                 mailFrom(QStringLiteral("drag@lakeside.edu"),
                          QStringLiteral("Jennifer Walsh <jwalsh@lakeside.edu>"),
                          QStringLiteral("Dragged out")));
    ASSERT_TRUE(dropOn(window.get(), window->rect().center(), data));
    ASSERT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(page->model()->entryAt(page->model()->index(0, 0))->programId, lakeside);
}

TEST_F(MailDropTest, OtherDragsAreNotTaken)
{
    QMimeData text;
    text.setText(QStringLiteral("just words"));
    EXPECT_FALSE(dropOn(window.get(), window->rect().center(), text));
    QMimeData web;
    web.setUrls({QUrl(QStringLiteral("https://example.com/a.eml"))});
    EXPECT_FALSE(dropOn(window.get(), window->rect().center(), web));
    EXPECT_EQ(page->model()->rowCount(), 0);
}

TEST_F(MailDropTest, DroppedOnAProgramTheyAreProposedForIt)
{
    window->showPage(ui::MainWindow::ProgramsIndex);
    QTableView *list = window->programsPage()->listView();
    QModelIndex row;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        const QModelIndex index = list->model()->index(r, 0);
        if (index.data(ui::ProgramListModel::ProgramIdRole).toLongLong() == magnolia)
            row = index;
    }
    ASSERT_TRUE(row.isValid());
    list->scrollTo(row);
    std::unique_ptr<QMimeData> data(files({QStringLiteral("riverbend-invitation.eml")}));
    ASSERT_TRUE(dropOn(list->viewport(), list->visualRect(row).center(), *data));
    const auto pending = inbox().pending();
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1);
    EXPECT_EQ(pending->first().programId, magnolia) << "not Riverbend, its sender's";
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(
        QStringLiteral("Magnolia University Otolaryngology")));
}

} // namespace
} // namespace rapport::test
