#include "ComposeFixture.h"

#include "MainWindow.h"
#include "dialogs/CommunicationDialog.h"
#include "dialogs/ComposeDialog.h"
#include "widgets/FindingsPanel.h"

#include "storage/ProfileRepository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimeZone>
#include <QTreeWidget>

using rapport::core::CommState;
using rapport::core::Direction;
using rapport::core::Kind;
using rapport::test::CommunicationBuilder;
using rapport::test::ComposeFixture;
using rapport::ui::CommunicationDialog;
using rapport::ui::FindingsPanel;

class CommunicationDialogTest : public ComposeFixture
{};

TEST_F(CommunicationDialogTest, ShowsTheEntryInTheSeasonsTimeZone)
{
    rapport::core::Season season = session().snapshot().season;
    season.timeZone = QStringLiteral("America/Chicago");
    ASSERT_TRUE(rapport::core::ProfileRepository(session().db()).saveSeason(season).ok());
    // Written in Boston in October: 16:30 at UTC−5 is 16:30 in Chicago too.
    const QDateTime at(QDate(2026, 10, 2), QTime(17, 30), QTimeZone(-4 * 3600));
    const qint64 id =
        log(CommunicationBuilder(programId).contact(contactId).at(at).subject("Hello"));
    CommunicationDialog dialog(session(), prompter, id);
    const QDateTime shown = child<QDateTimeEdit>(dialog, "at")->dateTime();
    EXPECT_EQ(shown.date(), QDate(2026, 10, 2));
    EXPECT_EQ(shown.time(), QTime(16, 30));
    EXPECT_EQ(child<QLabel>(dialog, "offset")->text(), QStringLiteral("CDT"));
    EXPECT_EQ(child<QComboBox>(dialog, "contact")->currentData().toLongLong(), contactId);
    EXPECT_EQ(child<QLineEdit>(dialog, "subject")->text(), "Hello");
}

TEST_F(CommunicationDialogTest, EditsAnEntryAndKeepsItsTimeAndOffset)
{
    const QDateTime at(QDate(2026, 10, 2), QTime(16, 30), QTimeZone(-5 * 3600));
    const qint64 id = log(CommunicationBuilder(programId).contact(contactId).at(at));
    CommunicationDialog dialog(session(), prompter, id);
    dialog.show();
    auto *subject = child<QLineEdit>(dialog, "subject");
    subject->selectAll();
    QTest::keyClicks(subject, "Research update");
    auto *kind = child<QComboBox>(dialog, "kind");
    kind->setCurrentIndex(kind->findData(static_cast<int>(Kind::ApplicationUpdate)));

    QTest::mouseClick(child<QPushButton>(dialog, "save"), Qt::LeftButton);

    auto updated = rapport::core::CommunicationRepository(session().db()).get(id);
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated->subject, "Research update");
    EXPECT_EQ(updated->kind, Kind::ApplicationUpdate);
    EXPECT_EQ(updated->at, at);
    EXPECT_EQ(updated->at.offsetFromUtc(), -5 * 3600);
    EXPECT_EQ(stored().size(), 1);
    EXPECT_FALSE(dialog.isVisible());
}

TEST_F(CommunicationDialogTest, SavingAnEditThatBreaksARuleAsksAndAcknowledges)
{
    log(CommunicationBuilder(programId).contact(contactId).on(QDate(2026, 9, 1)));
    const qint64 id =
        log(CommunicationBuilder(programId).contact(contactId).on(QDate(2026, 10, 1)));
    CommunicationDialog dialog(session(), prompter, id);
    auto *body = child<QPlainTextEdit>(dialog, "body");
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, " Could you tell me where I stand on your rank list?");
    prompter.reasonAnswer = QStringLiteral("I asked before reading the rules");

    QTest::mouseClick(child<QPushButton>(dialog, "save"), Qt::LeftButton);

    ASSERT_EQ(prompter.confirmations.size(), 1);
    const auto acks = acknowledgements(id);
    ASSERT_FALSE(acks.isEmpty());
    EXPECT_TRUE(std::any_of(acks.cbegin(), acks.cend(), [](const auto &a) {
        return a.rule == QLatin1String("content.rank_inquiry") &&
               a.reason == QLatin1String("I asked before reading the rules");
    }));

    // Opened again, the acknowledgement is listed with its reason.
    CommunicationDialog again(session(), prompter, id);
    auto *list = child<QTreeWidget>(again, "acknowledgements");
    ASSERT_GE(list->topLevelItemCount(), 1);
    EXPECT_EQ(list->topLevelItem(0)->text(2), "I asked before reading the rules");
    EXPECT_FALSE(list->topLevelItem(0)->text(0).contains("content.")) << "no raw rule ids";
}

TEST_F(CommunicationDialogTest, DeleteAsksFirst)
{
    const qint64 id = log(CommunicationBuilder(programId).contact(contactId).subject("To delete"));
    {
        prompter.deleteAnswer = false;
        CommunicationDialog dialog(session(), prompter, id);
        QTest::mouseClick(child<QPushButton>(dialog, "delete"), Qt::LeftButton);
        ASSERT_EQ(prompter.deletions.size(), 1);
        EXPECT_TRUE(prompter.deletions.first().contains("To delete"));
        EXPECT_EQ(stored().size(), 1);
    }
    prompter.deleteAnswer = true;
    CommunicationDialog dialog(session(), prompter, id);
    QTest::mouseClick(child<QPushButton>(dialog, "delete"), Qt::LeftButton);
    EXPECT_EQ(prompter.deletions.size(), 2);
    EXPECT_TRUE(stored().isEmpty());
    settle();
    EXPECT_TRUE(session().snapshot().communications.isEmpty()) << "the session was reloaded";
}

TEST_F(CommunicationDialogTest, NewManualEntryForAProgram)
{
    CommunicationDialog dialog(session(), prompter, 0, nullptr, programId);
    EXPECT_FALSE(child<QPushButton>(dialog, "delete")->isVisible());
    EXPECT_EQ(child<QComboBox>(dialog, "program")->currentData().toLongLong(), programId);
    auto *channel = child<QComboBox>(dialog, "channel");
    channel->setCurrentIndex(channel->findData(static_cast<int>(rapport::core::Channel::Phone)));
    auto *kind = child<QComboBox>(dialog, "kind");
    kind->setCurrentIndex(kind->findData(static_cast<int>(Kind::Logistics)));
    QTest::keyClicks(child<QLineEdit>(dialog, "subject"), "Call with the coordinator");

    QTest::mouseClick(child<QPushButton>(dialog, "save"), Qt::LeftButton);

    const auto all = stored();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().channel, rapport::core::Channel::Phone);
    EXPECT_EQ(all.first().subject, "Call with the coordinator");
    EXPECT_EQ(all.first().at, clock.now());
    EXPECT_EQ(all.first().state, CommState::Sent);
}

TEST_F(CommunicationDialogTest, FlaggedIncomingMessageOffersASafeReply)
{
    const qint64 id = log(CommunicationBuilder(programId)
                              .contact(contactId)
                              .incoming()
                              .kind(Kind::ProgramInterest)
                              .subject("Your interview")
                              .body("Dear Dr. Rahman,\n\nWhere will you rank us? Please let us "
                                    "know soon.\n\nBest,\nDr. Lopez"));
    CommunicationDialog dialog(session(), prompter, id);
    dialog.show();
    auto *panel = child<FindingsPanel>(dialog, "findingsPanel");
    EXPECT_TRUE(panel->rules().contains("incoming.rank_request"))
        << panel->rules().join(' ').toStdString();
    auto *reply = child<QPushButton>(dialog, "replySafely");
    ASSERT_TRUE(reply->isVisible());
    QSignalSpy requested(&dialog, &CommunicationDialog::replyRequested);
    QTest::mouseClick(reply, Qt::LeftButton);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.first().at(0).toLongLong(), programId);
    EXPECT_EQ(requested.first().at(1).toLongLong(), contactId);
    EXPECT_EQ(requested.first().at(2).toLongLong(), id);

    // Saving an incoming message asks nothing: the findings are the program's doing.
    QTest::mouseClick(child<QPushButton>(dialog, "save"), Qt::LeftButton);
    EXPECT_TRUE(prompter.confirmations.isEmpty());
    EXPECT_TRUE(acknowledgements(id).isEmpty());

    // Turned into an outgoing message, the reply button goes away.
    CommunicationDialog outgoing(session(), prompter, id);
    outgoing.show();
    auto *direction = child<QComboBox>(outgoing, "direction");
    direction->setCurrentIndex(direction->findData(static_cast<int>(Direction::Outgoing)));
    outgoing.checkNow();
    EXPECT_FALSE(child<QPushButton>(outgoing, "replySafely")->isVisible());
}

TEST_F(CommunicationDialogTest, SafeReplyOpensComposeInTheMainWindow)
{
    const qint64 id = log(CommunicationBuilder(programId)
                              .contact(contactId)
                              .incoming()
                              .kind(Kind::ProgramInterest)
                              .subject("Your interview")
                              .body("Where will you rank us? Please let us know soon."));
    rapport::ui::MainWindow window(session(), prompter);
    auto *dialog = new CommunicationDialog(session(), prompter, id, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QTest::mouseClick(child<QPushButton>(*dialog, "replySafely"), Qt::LeftButton);

    auto *compose = window.findChild<rapport::ui::ComposeDialog *>();
    ASSERT_NE(compose, nullptr);
    EXPECT_EQ(child<QLineEdit>(*compose, "subject")->text(), "Re: Your interview");
    EXPECT_EQ(child<QComboBox>(*compose, "contact")->currentData().toLongLong(), contactId);
    EXPECT_TRUE(
        child<QPlainTextEdit>(*compose, "body")->toPlainText().contains("rank list private"));
}
