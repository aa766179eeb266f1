#include "ComposeFixture.h"

#include "dialogs/ComposeDialog.h"
#include "widgets/FindingsPanel.h"
#include "widgets/TemplateChooser.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

#include <memory>

using rapport::core::Kind;
using rapport::core::ProgramStatus;
using rapport::test::CommunicationBuilder;
using rapport::test::ComposeFixture;
using rapport::ui::ComposeDialog;
using rapport::ui::TemplateChooser;

namespace {

constexpr int kNameRole = Qt::UserRole + 1;

// The heading each template sits under, by template name.
QHash<QString, QString> sections(const QListWidget &list)
{
    QHash<QString, QString> out;
    QString heading;
    for (int i = 0; i < list.count(); ++i) {
        const QListWidgetItem *item = list.item(i);
        if (!(item->flags() & Qt::ItemIsSelectable))
            heading = item->text();
        else
            out.insert(item->data(kNameRole).toString(), heading);
    }
    return out;
}

QListWidgetItem *itemNamed(const QListWidget &list, const QString &name)
{
    for (int i = 0; i < list.count(); ++i) {
        if ((list.item(i)->flags() & Qt::ItemIsSelectable) &&
            list.item(i)->data(kNameRole).toString() == name)
            return list.item(i);
    }
    return nullptr;
}

} // namespace

// Compose asks the program's allowance which kinds fit now: allowed ones
// are suggested, the others are listed as not allowed now, with the reason.
class TemplateAdviceTest : public ComposeFixture
{
protected:
    void interviewOn(const QDate &date, rapport::core::CommunicationPolicy policy =
                                            rapport::core::CommunicationPolicy::None)
    {
        rapport::core::Program p = *session().program(programId);
        p.status = ProgramStatus::Interviewed;
        p.interviewDate = date;
        p.interviewTime = QTime(9, 0);
        p.policy = policy;
        ASSERT_TRUE(rapport::core::ProgramRepository(session().db()).update(p).ok());
        ASSERT_TRUE(session().reloadNow().ok());
    }

    std::unique_ptr<ComposeDialog> open()
    {
        auto dialog = std::make_unique<ComposeDialog>(session(), prompter);
        dialog->setProgram(programId);
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
        return dialog;
    }
};

TEST_F(TemplateAdviceTest, AfterTheThankYouRoundTheThankYouTemplateSaysWhyNot)
{
    interviewOn(QDate(2027, 1, 7));
    clock.set(QDateTime(QDate(2027, 1, 9), QTime(8, 0), QTimeZone::utc()));
    auto dialog = open();
    auto *list = child<QListWidget>(*dialog, "templateList");
    EXPECT_EQ(sections(*list).value("thank-you"), "Suggested for this program")
        << "due: the days after the interview are for the thank-you";

    // The round goes out; the open window hears of it through the session.
    log(CommunicationBuilder(programId)
            .contact(contactId)
            .on(QDate(2027, 1, 9), QTime(7, 30))
            .kind(Kind::ThankYou)
            .subject("Thank you")
            .body("Dear Dr. Lopez,\n\nThank you for the interview day at Lakeside University."
                  "\n\nSincerely,\nAmina Rahman"));
    const auto where = sections(*list);
    EXPECT_EQ(where.value("thank-you"), "Not allowed now");
    auto *chooser = child<TemplateChooser>(*dialog, "templateChooser");
    // The round starts the minimum gap for the next update.
    EXPECT_EQ(where.value("post-interview-update"), "Not allowed now");
    EXPECT_EQ(chooser->notAllowedReason("post-interview-update"),
              "Keep 14 days after the message of 2027-01-09 (allowed from 2027-01-23)");
    EXPECT_EQ(chooser->notAllowedReason("thank-you"), "Thank-you round sent on 2027-01-09");
    QListWidgetItem *thankYou = itemNamed(*list, "thank-you");
    ASSERT_NE(thankYou, nullptr);
    EXPECT_TRUE(
        thankYou->toolTip().startsWith("Not allowed now: Thank-you round sent on 2027-01-09."))
        << thankYou->toolTip().toStdString();
    EXPECT_NE(thankYou->foreground().color(), list->palette().color(QPalette::Text)) << "greyed";

    // It can still be chosen: the description and the checks say why not.
    ASSERT_TRUE(chooser->choose("thank-you"));
    EXPECT_EQ(child<QComboBox>(*dialog, "kind")->currentData().toInt(),
              static_cast<int>(Kind::ThankYou));
    EXPECT_TRUE(child<QLabel>(*dialog, "templateDescription")
                    ->text()
                    .startsWith("Not allowed now: Thank-you round sent on 2027-01-09."));
    dialog->checkNow();
    EXPECT_TRUE(dialog->findingsPanel()->rules().contains("quota.thank_you"))
        << dialog->findingsPanel()->rules().join(' ').toStdString();
}

TEST_F(TemplateAdviceTest, TheMinimumGapSaysFromWhen)
{
    clock.set(QDateTime(QDate(2027, 1, 12), QTime(12, 0), QTimeZone::utc()));
    log(CommunicationBuilder(programId).contact(contactId).on(QDate(2027, 1, 8)));
    auto dialog = open();
    const auto where = sections(*child<QListWidget>(*dialog, "templateList"));
    EXPECT_EQ(where.value("pre-interview-interest"), "Not allowed now");
    EXPECT_EQ(where.value("application-update"), "Not allowed now");
    EXPECT_EQ(where.value("visa-inquiry"), "Suggested for this program")
        << "a visa question never waits for the gap";
    EXPECT_EQ(where.value("thank-you"), "Other templates");
    EXPECT_EQ(child<TemplateChooser>(*dialog, "templateChooser")
                  ->notAllowedReason("pre-interview-interest"),
              "Keep 14 days after the message of 2027-01-08 (allowed from 2027-01-22)");
}

TEST_F(TemplateAdviceTest, AProgramsPolicySaysWhyNot)
{
    interviewOn(QDate(2027, 1, 7), rapport::core::CommunicationPolicy::NoPostInterview);
    clock.set(QDateTime(QDate(2027, 1, 20), QTime(12, 0), QTimeZone::utc()));
    auto dialog = open();
    auto *chooser = child<TemplateChooser>(*dialog, "templateChooser");
    const auto where = sections(*child<QListWidget>(*dialog, "templateList"));
    for (const char *name : {"thank-you", "post-interview-update", "letter-of-intent"}) {
        EXPECT_EQ(where.value(name), "Not allowed now") << name;
        EXPECT_EQ(chooser->notAllowedReason(name),
                  "Lakeside University Otolaryngology does not want post-interview "
                  "communication")
            << name;
    }
}

TEST_F(TemplateAdviceTest, EnterInTheFilterOpensTheFirstShownTemplate)
{
    auto dialog = open();
    auto *filter = child<QLineEdit>(*dialog, "templateFilter");
    auto *list = child<QListWidget>(*dialog, "templateList");
    auto *chooser = child<TemplateChooser>(*dialog, "templateChooser");
    QTest::keyClicks(filter, "thank-you after");
    QTest::keyClick(filter, Qt::Key_Return);
    EXPECT_EQ(chooser->currentName(), "thank-you");
    EXPECT_EQ(child<QComboBox>(*dialog, "kind")->currentData().toInt(),
              static_cast<int>(Kind::ThankYou));
    EXPECT_TRUE(child<QLineEdit>(*dialog, "subject")->text().contains("Thank you"))
        << child<QLineEdit>(*dialog, "subject")->text().toStdString();

    // Another filter: the first template it shows, not the one still current.
    filter->clear();
    QTest::keyClicks(filter, "sponsor");
    QTest::keyClick(filter, Qt::Key_Return);
    EXPECT_EQ(chooser->currentName(), "visa-inquiry");
    EXPECT_FALSE(list->currentItem()->isHidden());
    EXPECT_EQ(child<QComboBox>(*dialog, "kind")->currentData().toInt(),
              static_cast<int>(Kind::VisaInquiry));
}
