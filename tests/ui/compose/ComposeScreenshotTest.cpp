#include "Screenshot.h"
#include "UiFixture.h"

#include "dialogs/CommunicationDialog.h"
#include "dialogs/ComposeDialog.h"
#include "widgets/FindingsPanel.h"

#include "domain/SeasonSnapshot.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using rapport::test::UiFixture;
using rapport::ui::ComposeDialog;

class ComposeScreenshotTest : public UiFixture
{};

TEST_F(ComposeScreenshotTest, ComposeWithTheDemoSeasonAndARankInquiry)
{
    loadDemo();
    const auto &programs = session().snapshot().programs;
    const auto program = std::find_if(programs.cbegin(), programs.cend(), [](const auto &p) {
        return p.status == rapport::core::ProgramStatus::Applied && !p.interviewDate.isValid();
    });
    ASSERT_NE(program, programs.cend());

    ComposeDialog dialog(session(), prompter);
    dialog.setProgram(program->id);
    dialog.setTemplate(QStringLiteral("pre-interview-interest"));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("field_connection")),
                     "my mentor, Dr. Osei, completed her fellowship at your institution");
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("field_program_detail")),
                     "your skull base surgery rotation");
    auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("body"));
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, "Could you tell me where I stand on your rank list?");
    dialog.checkNow();
    EXPECT_TRUE(dialog.findingsPanel()->rules().contains(QStringLiteral("content.rank_inquiry")));
    rapport::test::expectScreenshot(dialog, QStringLiteral("compose.png"));
}

TEST_F(ComposeScreenshotTest, IncomingMessageFromTheDemoSeasonAndTheSafeReply)
{
    loadDemo();
    // The demo season has flagged incoming messages; show the first one.
    qint64 flagged = 0;
    for (const auto &c : session().snapshot().communications) {
        if (c.direction != rapport::core::Direction::Incoming)
            continue;
        rapport::ui::CommunicationDialog dialog(session(), prompter, c.id);
        if (dialog.findingsPanel()->rules().join(' ').contains(QStringLiteral("incoming."))) {
            flagged = c.id;
            break;
        }
    }
    ASSERT_NE(flagged, 0) << "the demo season has no flagged incoming message";
    rapport::ui::CommunicationDialog entry(session(), prompter, flagged);
    entry.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&entry));
    rapport::test::expectScreenshot(entry, QStringLiteral("communication.png"));

    ComposeDialog reply(session(), prompter);
    reply.setReplyTo(flagged);
    reply.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&reply));
    QTest::keyClicks(reply.findChild<QLineEdit *>(QStringLiteral("field_program_detail")),
                     "the mentorship your residents described on interview day");
    reply.checkNow();
    rapport::test::expectScreenshot(reply, QStringLiteral("compose-reply.png"));
}
