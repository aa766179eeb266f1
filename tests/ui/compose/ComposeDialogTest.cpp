#include "ComposeFixture.h"

#include "dialogs/ComposeDialog.h"
#include "models/TimelineModel.h"
#include "widgets/FindingsPanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QUrlQuery>

#include <memory>

using rapport::core::CommState;
using rapport::core::Kind;
using rapport::test::CommunicationBuilder;
using rapport::test::ComposeFixture;
using rapport::ui::ComposeDialog;
using rapport::ui::FindingsPanel;

namespace {

const QString kRankInquiry = QStringLiteral("Could you tell me where I stand on your rank list?");

} // namespace

class ComposeDialogTest : public ComposeFixture
{
protected:
    // A shown compose window for the program, from the pre-interview template.
    std::unique_ptr<ComposeDialog>
    open(const QString &templateName = QStringLiteral("pre-interview-interest"))
    {
        auto dialog = std::make_unique<ComposeDialog>(session(), prompter);
        dialog->setUrlOpener([this](const QUrl &url) {
            opened << url;
            return true;
        });
        dialog->setProgram(programId);
        if (!templateName.isEmpty())
            dialog->setTemplate(templateName);
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
        return dialog;
    }

    static void fillFields(const ComposeDialog &dialog)
    {
        QTest::keyClicks(child<QLineEdit>(dialog, "field_connection"),
                         "my mentor trained in your head and neck fellowship");
        QTest::keyClicks(child<QLineEdit>(dialog, "field_program_detail"),
                         "your skull base rotation");
        QTest::keyClicks(child<QLineEdit>(dialog, "field_highlights"),
                         "I have worked as a research fellow in rhinology");
    }

    void logTwoPreInterviewEmails()
    {
        log(CommunicationBuilder(programId).contact(contactId).on(QDate(2026, 9, 15)));
        log(CommunicationBuilder(programId).contact(contactId).on(QDate(2026, 10, 20)));
    }

    QList<QUrl> opened;
};

TEST_F(ComposeDialogTest, LiveChecksFlagARankInquiryAndClearWhenItIsRemoved)
{
    auto dialog = open();
    auto *body = child<QPlainTextEdit>(*dialog, "body");
    auto *panel = child<FindingsPanel>(*dialog, "findingsPanel");
    ASSERT_TRUE(body->toPlainText().contains("Lakeside University Otolaryngology"));
    dialog->checkNow();
    EXPECT_FALSE(panel->rules().contains("content.rank_inquiry"));

    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, kRankInquiry);
    // The debounced check runs by itself once typing pauses.
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return panel->rules().contains("content.rank_inquiry"); }, 3000));
    EXPECT_FALSE(panel->summaryText().isEmpty());

    for (qsizetype i = 0; i < kRankInquiry.size() + 1; ++i)
        QTest::keyClick(body, Qt::Key_Backspace);
    dialog->checkNow();
    EXPECT_FALSE(panel->rules().contains("content.rank_inquiry"))
        << panel->rules().join(' ').toStdString();
}

TEST_F(ComposeDialogTest, SuggestedTemplatesComeFirstAndTheFilterNarrowsTheList)
{
    auto dialog = open(QString());
    auto *list = child<QListWidget>(*dialog, "templateList");
    ASSERT_GT(list->count(), 3);
    EXPECT_EQ(list->item(0)->text(), "Suggested for this program");
    EXPECT_EQ(list->item(1)->data(Qt::UserRole + 1).toString(), "pre-interview-interest");

    const auto shown = [list] {
        QStringList out;
        for (int i = 0; i < list->count(); ++i) {
            if (!list->item(i)->isHidden())
                out << list->item(i)->text();
        }
        return out;
    };
    auto *filter = child<QLineEdit>(*dialog, "templateFilter");
    QTest::keyClicks(filter, "thank-you after");
    EXPECT_EQ(shown(), (QStringList{"Other templates", "Thank-you after the interview"}));
    filter->clear();
    QTest::keyClicks(filter, "SPONSOR");
    EXPECT_EQ(shown(), (QStringList{"Suggested for this program", "Visa sponsorship question"}));
    // The filter also reads the descriptions.
    filter->clear();
    QTest::keyClicks(filter, "AAO-HNSF");
    EXPECT_EQ(shown(), (QStringList{"Suggested for this program", "Follow-up after a conference"}));
}

TEST_F(ComposeDialogTest, TemplatePresetsKindAndFreeFieldsRefillUntilTheBodyIsEdited)
{
    auto dialog = open(QStringLiteral("thank-you"));
    auto *kind = child<QComboBox>(*dialog, "kind");
    EXPECT_EQ(kind->currentData().toInt(), static_cast<int>(Kind::ThankYou));
    dialog->setTemplate(QStringLiteral("pre-interview-interest"));
    EXPECT_EQ(kind->currentData().toInt(), static_cast<int>(Kind::PreInterviewInterest));

    auto *body = child<QPlainTextEdit>(*dialog, "body");
    auto *detail = child<QLineEdit>(*dialog, "field_program_detail");
    QTest::keyClicks(detail, "your skull base rotation");
    EXPECT_TRUE(body->toPlainText().contains("your skull base rotation"));

    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, " PS");
    QTest::keyClicks(detail, " and cadaver lab");
    EXPECT_FALSE(body->toPlainText().contains("cadaver lab")) << "hand edits are kept";
    EXPECT_TRUE(body->toPlainText().endsWith(" PS"));
    auto *refill = child<QPushButton>(*dialog, "refill");
    ASSERT_TRUE(refill->isVisible());
    // Re-filling throws the hand edits away: asked first.
    prompter.unsavedAnswer = rapport::ui::UnsavedChoice::Cancel;
    QTest::mouseClick(refill, Qt::LeftButton);
    ASSERT_EQ(prompter.unsavedQuestions.size(), 1);
    EXPECT_TRUE(body->toPlainText().endsWith(" PS")) << "the user kept the edits";
    prompter.unsavedAnswer = rapport::ui::UnsavedChoice::Discard;
    QTest::mouseClick(refill, Qt::LeftButton);
    EXPECT_TRUE(body->toPlainText().contains("your skull base rotation and cadaver lab"));
    EXPECT_FALSE(body->toPlainText().endsWith(" PS"));
    EXPECT_FALSE(refill->isVisible());
}

TEST_F(ComposeDialogTest, LoggingAThirdPreInterviewEmailRecordsTheAcknowledgement)
{
    logTwoPreInterviewEmails();
    auto dialog = open();
    fillFields(*dialog);
    QSignalSpy logged(dialog.get(), &ComposeDialog::logged);
    prompter.reasonAnswer = QStringLiteral("The coordinator asked for an update");

    QTest::mouseClick(child<QPushButton>(*dialog, "logAsSent"), Qt::LeftButton);

    ASSERT_EQ(prompter.confirmations.size(), 1);
    QStringList asked;
    for (const auto &f : prompter.confirmations.first())
        asked << f.rule;
    EXPECT_TRUE(asked.contains("quota.pre_interview")) << asked.join(' ').toStdString();
    const auto all = stored();
    ASSERT_EQ(all.size(), 3);
    const rapport::core::Communication &sent = all.last();
    EXPECT_EQ(sent.state, CommState::Sent);
    EXPECT_EQ(sent.kind, Kind::PreInterviewInterest);
    EXPECT_EQ(sent.contactId, contactId);
    EXPECT_EQ(sent.templateName, "pre-interview-interest");
    EXPECT_EQ(sent.at, clock.now());
    ASSERT_EQ(logged.size(), 1);
    EXPECT_EQ(logged.first().first().toLongLong(), sent.id);

    const auto acks = acknowledgements(sent.id);
    const auto quota = std::find_if(acks.cbegin(), acks.cend(), [](const auto &a) {
        return a.rule == QLatin1String("quota.pre_interview");
    });
    ASSERT_NE(quota, acks.cend());
    EXPECT_EQ(quota->reason, prompter.reasonAnswer);
    EXPECT_EQ(quota->at, clock.now());
    EXPECT_EQ(acks.size(), asked.size()) << "one acknowledgement per warning or violation";
    EXPECT_FALSE(dialog->isVisible());

    // And the program's timeline shows it, with its finding as a badge.
    settle();
    rapport::ui::TimelineModel timeline(session());
    timeline.setProgram(programId);
    const QModelIndex entry = timeline.indexOf(sent.id);
    ASSERT_TRUE(entry.isValid()) << "the logged entry is not on the timeline";
    EXPECT_TRUE(entry.data(rapport::ui::TimelineModel::FindingRulesRole)
                    .toStringList()
                    .contains(QStringLiteral("quota.pre_interview")));
}

TEST_F(ComposeDialogTest, RefusingTheConfirmationStoresNothingAndKeepsTheWindow)
{
    logTwoPreInterviewEmails();
    auto dialog = open();
    fillFields(*dialog);
    prompter.confirmAnswer = false;

    QTest::mouseClick(child<QPushButton>(*dialog, "logAsSent"), Qt::LeftButton);

    EXPECT_EQ(prompter.confirmations.size(), 1);
    EXPECT_EQ(stored().size(), 2);
    auto all = rapport::core::AcknowledgementRepository(session().db()).all();
    ASSERT_TRUE(all.ok());
    EXPECT_TRUE(all->isEmpty());
    EXPECT_TRUE(dialog->isVisible());
}

TEST_F(ComposeDialogTest, SaveDraftStoresADraftWithoutAsking)
{
    logTwoPreInterviewEmails();
    auto dialog = open();
    fillFields(*dialog);
    QTest::mouseClick(child<QPushButton>(*dialog, "saveDraft"), Qt::LeftButton);

    // A draft counts towards no limit: the question comes when it is sent.
    EXPECT_TRUE(prompter.confirmations.isEmpty());
    const auto all = stored();
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.last().state, CommState::Draft);
    EXPECT_TRUE(all.last().body.contains("your skull base rotation"));
    EXPECT_FALSE(dialog->isVisible());
}

TEST_F(ComposeDialogTest, OpensAMailtoLinkForTheChosenContact)
{
    auto dialog = open();
    fillFields(*dialog);
    auto *contact = child<QComboBox>(*dialog, "contact");
    EXPECT_EQ(contact->currentData().toLongLong(), contactId) << "the director is the default";
    auto *subject = child<QLineEdit>(*dialog, "subject");
    subject->clear();
    QTest::keyClicks(subject, "Interest & C++ #1 bcc=x@y.z");

    QTest::mouseClick(child<QPushButton>(*dialog, "openMail"), Qt::LeftButton);
    ASSERT_EQ(opened.size(), 1);
    const QUrl url = opened.first();
    EXPECT_EQ(url.scheme(), "mailto");
    EXPECT_EQ(url.path(), "mlopez@lakeside.edu");
    const QUrlQuery query(url);
    EXPECT_EQ(query.queryItemValue("subject", QUrl::FullyDecoded), subject->text());
    EXPECT_EQ(query.queryItemValue("body", QUrl::FullyDecoded).replace("\r\n", "\n"),
              child<QPlainTextEdit>(*dialog, "body")->toPlainText());
    EXPECT_EQ(query.queryItems().size(), 2) << "nothing in the text adds a header";

    contact->setCurrentIndex(contact->findData(0));
    auto noContact = dialog->mailtoUrl();
    ASSERT_TRUE(noContact.ok());
    EXPECT_TRUE(noContact->path().isEmpty());
    EXPECT_TRUE(prompter.errors.isEmpty());
}

TEST_F(ComposeDialogTest, ReplyToPresetsProgramContactTemplateAndSubject)
{
    const qint64 incoming = log(CommunicationBuilder(programId)
                                    .contact(contactId)
                                    .incoming()
                                    .kind(Kind::ProgramInterest)
                                    .subject("Re: Your interview day")
                                    .body("Where will you rank us? Please let us know soon."));
    ComposeDialog dialog(session(), prompter);
    dialog.setReplyTo(incoming);
    EXPECT_EQ(child<QComboBox>(dialog, "program")->currentData().toLongLong(), programId);
    EXPECT_EQ(child<QComboBox>(dialog, "contact")->currentData().toLongLong(), contactId);
    EXPECT_EQ(child<QComboBox>(dialog, "kind")->currentData().toInt(),
              static_cast<int>(Kind::ReplyToProgram));
    EXPECT_EQ(child<QLineEdit>(dialog, "subject")->text(), "Re: Your interview day");
    auto *list = child<QListWidget>(dialog, "templateList");
    ASSERT_NE(list->currentItem(), nullptr);
    EXPECT_EQ(list->currentItem()->data(Qt::UserRole + 1).toString(), "reply-to-pressure");
    EXPECT_EQ(list->item(1)->data(Qt::UserRole + 1).toString(), "reply-to-pressure")
        << "a reply is suggested first";
}

TEST_F(ComposeDialogTest, EnterDoesNotLogAndEscapeAsksBeforeDiscarding)
{
    auto dialog = open();
    auto *field = child<QLineEdit>(*dialog, "field_connection");
    QTest::keyClicks(field, "my mentor trained with your chair");
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_TRUE(dialog->isVisible());

    prompter.unsavedAnswer = rapport::ui::UnsavedChoice::Cancel;
    QTest::keyClick(field, Qt::Key_Escape);
    ASSERT_EQ(prompter.unsavedQuestions.size(), 1);
    EXPECT_TRUE(dialog->isVisible()) << "the user kept the message";
    prompter.unsavedAnswer = rapport::ui::UnsavedChoice::Discard;
    QTest::keyClick(field, Qt::Key_Escape);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_TRUE(stored().isEmpty());
}

TEST_F(ComposeDialogTest, ClosingOffersToSaveTheMessageAsADraft)
{
    auto dialog = open();
    fillFields(*dialog);
    prompter.unsavedAnswer = rapport::ui::UnsavedChoice::Save;
    dialog->close();
    ASSERT_EQ(prompter.unsavedQuestions.size(), 1);
    EXPECT_FALSE(dialog->isVisible());
    const auto drafts = stored();
    ASSERT_EQ(drafts.size(), 1);
    EXPECT_EQ(drafts.first().state, CommState::Draft);
    EXPECT_EQ(drafts.first().subject, child<QLineEdit>(*dialog, "subject")->text());
}

TEST_F(ComposeDialogTest, CtrlReturnLogsAsSent)
{
    auto dialog = open();
    fillFields(*dialog);
    dialog->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog.get()));
    QTest::keyClick(child<QPlainTextEdit>(*dialog, "body"), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(stored().size(), 1);
}
