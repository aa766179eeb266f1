#include "UiFixture.h"
#include "support/Builders.h"

#include "models/DashboardListModel.h"
#include "models/DashboardRows.h"
#include "models/DashboardSummary.h"
#include "pages/DashboardPage.h"
#include "report/SeasonReport.h"
#include "widgets/DashboardCard.h"

#include "rules/RuleData.h"
#include "rules/RuleEngine.h"
#include "storage/AcknowledgementRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/ProgramRepository.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

namespace rapport::test {
namespace {

using ui::DashboardPage;
using ui::DashboardSummary;

const QTimeZone kEastern(-5 * 3600);
const QDateTime kNow(QDate(2027, 1, 20), QTime(10, 0), kEastern);
// Noon UTC: the same day in every time zone the tests may run in.
const QDateTime kAcknowledgedAt(QDate(2027, 1, 15), QTime(7, 5), kEastern);
const QString kReason = QStringLiteral("Northgate is where I truly want to train");
const QString kNorthgate = QStringLiteral("Northgate Medical Center Otolaryngology");

// Two interviewed programs, each sent a letter of intent: the second one
// tells a second program it is the top choice (a quota.top_choice
// violation), which the applicant acknowledged with a reason when logging it.
class AcknowledgedBreachTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        clock.set(kNow);
        core::ProgramRepository programs(session().db());
        auto lakeside = programs.add(ProgramBuilder()
                                         .status(core::ProgramStatus::Interviewed)
                                         .interview(QDate(2027, 1, 5), QTime(9, 0)));
        auto northgate = programs.add(ProgramBuilder(kNorthgate)
                                          .status(core::ProgramStatus::Interviewed)
                                          .interview(QDate(2027, 1, 8), QTime(9, 0)));
        ASSERT_TRUE(lakeside.ok() && northgate.ok());
        lakesideId = *lakeside;
        northgateId = *northgate;
        core::CommunicationRepository communications(session().db());
        auto first = communications.add(
            CommunicationBuilder(lakesideId)
                .at(QDateTime(QDate(2027, 1, 12), QTime(11, 0), kEastern))
                .kind(core::Kind::LetterOfIntent)
                .subject(QStringLiteral("Letter of intent"))
                .body(QStringLiteral("Dear Dr. Lopez,\n\nLakeside University is my first choice; "
                                     "its rhinology clinic stays with me.\n\nSincerely,\n"
                                     "A. Applicant")));
        auto second = communications.add(
            CommunicationBuilder(northgateId)
                .at(QDateTime(QDate(2027, 1, 15), QTime(7, 0), kEastern))
                .kind(core::Kind::LetterOfIntent)
                .subject(QStringLiteral("My first choice"))
                .body(QStringLiteral("Dear Dr. Osei,\n\nNorthgate Medical Center is my top "
                                     "choice; its airway clinic is where I want to train."
                                     "\n\nSincerely,\nA. Applicant")));
        ASSERT_TRUE(first.ok() && second.ok());
        secondLetterId = *second;
        ASSERT_TRUE(session().reloadNow().ok());

        // What the compose window records when the user goes past a finding.
        const QList<core::Finding> findings = session().engine().checkSeason();
        const auto breach = std::find_if(findings.cbegin(), findings.cend(), [&](const auto &f) {
            return f.rule == QLatin1String("quota.top_choice") &&
                   f.communicationId() == secondLetterId;
        });
        ASSERT_NE(breach, findings.cend());
        ASSERT_EQ(breach->severity, core::Severity::Violation);
        breachMessage = breach->message();
        ASSERT_TRUE(core::AcknowledgementRepository(session().db())
                        .add(secondLetterId, *breach, kAcknowledgedAt, kReason)
                        .ok());
        ASSERT_TRUE(session().reloadNow().ok());
        // The breach is the season's only warning or violation.
        for (const core::Finding &f : session().findings()) {
            if (f.severity != core::Severity::Info) {
                ASSERT_TRUE(f.acknowledged)
                    << f.rule.toStdString() << ": " << f.message().toStdString();
            }
        }
    }

    DashboardSummary build()
    {
        return DashboardSummary::build(session().snapshot(), session().findings(),
                                       session().engine().allowances(), clock.now());
    }

    qint64 lakesideId = 0;
    qint64 northgateId = 0;
    qint64 secondLetterId = 0;
    QString breachMessage;
};

TEST_F(AcknowledgedBreachTest, SummaryKeepsTheBreachAsAcknowledged)
{
    const DashboardSummary s = build();
    EXPECT_TRUE(s.findings.isEmpty()) << "nothing is open";
    ASSERT_EQ(s.acknowledged.size(), 1);
    const DashboardSummary::Acknowledged &a = s.acknowledged.first();
    EXPECT_EQ(a.programId, northgateId);
    EXPECT_EQ(a.communicationId, secondLetterId);
    EXPECT_EQ(a.rule, QStringLiteral("quota.top_choice"));
    EXPECT_EQ(a.severity, core::Severity::Violation);
    EXPECT_EQ(a.message, breachMessage);
    EXPECT_EQ(a.acknowledgedAt, kAcknowledgedAt);
    EXPECT_EQ(a.reason, kReason);
    EXPECT_EQ(s.acknowledgedCount(core::Severity::Violation), 1);
    EXPECT_EQ(s.acknowledgedCount(core::Severity::Warning), 0);
}

TEST_F(AcknowledgedBreachTest, TextsNeverClaimEverythingIsWithinTheLimits)
{
    const DashboardSummary s = build();
    const QString overview = ui::dashboardRows::overview(s);
    EXPECT_TRUE(overview.contains(QStringLiteral("none open, 1 violation gone past knowingly")))
        << overview.toStdString();
    EXPECT_FALSE(overview.contains(QStringLiteral("no warnings"))) << overview.toStdString();

    const QString empty = ui::dashboardRows::findingsEmptyText(s);
    EXPECT_EQ(empty, QStringLiteral("No open violations or warnings. One you went past knowingly "
                                    "is listed under “Gone past knowingly”."));
    EXPECT_FALSE(empty.contains(QStringLiteral("within the limits")));

    const QList<ui::DashboardRow> rows = ui::dashboardRows::acknowledged(s);
    ASSERT_EQ(rows.size(), 1);
    const ui::DashboardRow &row = rows.first();
    EXPECT_EQ(row.title, kNorthgate);
    // The reason first, then what was gone past ("the program" for its name).
    EXPECT_TRUE(row.subtitle.startsWith(QStringLiteral("“%1” · The program is the 2nd program "
                                                       "told")
                                            .arg(kReason)))
        << row.subtitle.toStdString();
    EXPECT_EQ(row.trailing, QStringLiteral("Jan 15"));
    ASSERT_EQ(row.badges.size(), 1);
    EXPECT_EQ(row.badges.first().text, QStringLiteral("violation"));
    EXPECT_TRUE(row.toolTip.contains(breachMessage));
    EXPECT_TRUE(row.toolTip.contains(QStringLiteral("Your reason: %1").arg(kReason)));
    EXPECT_EQ(row.communicationId, secondLetterId);
}

TEST_F(AcknowledgedBreachTest, TopChoicesComeFromTheAllowanceInTheOrderTold)
{
    const DashboardSummary s = build();
    ASSERT_EQ(s.topChoices.size(), 2);
    EXPECT_EQ(s.topChoices.at(0).programId, lakesideId);
    EXPECT_TRUE(s.topChoices.at(0).letterOfIntent);
    EXPECT_FALSE(s.topChoices.at(0).overLimit);
    EXPECT_EQ(s.topChoices.at(1).programId, northgateId);
    EXPECT_EQ(s.topChoices.at(1).communicationId, secondLetterId);
    EXPECT_TRUE(s.topChoices.at(1).overLimit);
    EXPECT_EQ(s.topChoicesOverLimit(), 1);
    const auto rows = ui::dashboardRows::topChoices(s);
    EXPECT_TRUE(rows.at(0).trailing.isEmpty());
    EXPECT_EQ(rows.at(1).trailing, QStringLiteral("one too many"));
}

TEST_F(AcknowledgedBreachTest, DashboardShowsTheBreachGonePastKnowingly)
{
    DashboardPage page(session(), prompter);
    page.resize(1360, 840);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));

    auto *findings = page.card(DashboardPage::FindingsCard);
    EXPECT_TRUE(findings->emptyLabel()->isVisible());
    EXPECT_TRUE(findings->emptyLabel()->text().startsWith(
        QStringLiteral("No open violations or warnings. One you went past knowingly")));
    auto *overview = page.findChild<QLabel *>(QStringLiteral("dashboardOverview"));
    ASSERT_NE(overview, nullptr);
    EXPECT_TRUE(overview->text().contains(QStringLiteral("1 violation gone past knowingly")));

    auto *card = page.card(DashboardPage::AcknowledgedCard);
    EXPECT_TRUE(card->isVisible());
    auto *model = page.model(DashboardPage::AcknowledgedCard);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->rows().first().programId, northgateId);

    // A click opens the message the acknowledgement is stored with.
    QSignalSpy opened(&page, &ui::Page::communicationRequested);
    QTreeView *view = card->view();
    const QRect rect = view->visualRect(model->index(0, ui::DashboardListModel::MainColumn));
    ASSERT_TRUE(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first().at(0).toLongLong(), secondLetterId);
}

TEST_F(AcknowledgedBreachTest, SeasonReportListsTheBreachAsAcknowledged)
{
    const ui::SeasonReport report(session().snapshot(), session().findings(),
                                  session().engine().allowances(), clock.now());
    const QString html = report.seasonHtml();
    // The summary counts it apart from the open ones.
    EXPECT_TRUE(html.contains(QStringLiteral("1 violation, acknowledged")));
    // The sections, by their headings.
    const qsizetype open = html.indexOf(QStringLiteral("<h2>Open findings</h2>"));
    const qsizetype past = html.indexOf(QStringLiteral("<h2>Gone past knowingly</h2>"));
    const qsizetype topChoice = html.indexOf(QStringLiteral("<h2>Top-choice letter</h2>"));
    ASSERT_GE(open, 0);
    ASSERT_GT(past, open) << "listed after the open ones";
    ASSERT_GT(topChoice, past);
    EXPECT_TRUE(html.contains(QStringLiteral("No open warnings or violations; those you went past "
                                             "knowingly follow.")));
    EXPECT_FALSE(html.contains(QStringLiteral("within the limits")));
    const QString section = html.mid(past, topChoice - past);
    EXPECT_TRUE(section.contains(breachMessage.toHtmlEscaped()));
    EXPECT_TRUE(section.contains(kNorthgate.toHtmlEscaped()));
    EXPECT_TRUE(section.contains(
        QStringLiteral("gone past knowingly on 15 Jan 2027: “%1”").arg(kReason).toHtmlEscaped()))
        << section.toStdString();

    // The top-choice letter, from the allowance: both programs, the second one too many.
    const QString top = html.mid(topChoice);
    EXPECT_TRUE(top.contains(QStringLiteral("Lakeside University Otolaryngology")));
    EXPECT_TRUE(top.contains(kNorthgate));
    EXPECT_TRUE(top.contains(QStringLiteral("one too many")));
    EXPECT_TRUE(top.contains(QStringLiteral("More than one program was told")));
}

TEST_F(AcknowledgedBreachTest, ProgramReportSaysWhenAndWhy)
{
    const ui::SeasonReport report(session().snapshot(), session().findings(),
                                  session().engine().allowances(), clock.now());
    auto html = report.programHtml(northgateId);
    ASSERT_TRUE(html.ok());
    EXPECT_TRUE(html->contains(
        QStringLiteral("gone past knowingly on 15 Jan 2027: “%1”").arg(kReason).toHtmlEscaped()));
}

// Without an acknowledgement the summary has nothing gone past, and the
// empty texts say everything is within the limits only when nothing was found.
class NothingFoundTest : public UiFixture
{};

TEST_F(NothingFoundTest, EmptySeasonIsWithinTheLimits)
{
    clock.set(kNow);
    const DashboardSummary s = DashboardSummary::build(
        session().snapshot(), session().findings(), session().engine().allowances(), clock.now());
    EXPECT_TRUE(s.acknowledged.isEmpty());
    EXPECT_EQ(ui::dashboardRows::findingsEmptyText(s),
              QStringLiteral("No violations or warnings. Every message so far is within the "
                             "limits."));
    EXPECT_TRUE(
        ui::dashboardRows::overview(s).contains(QStringLiteral("no warnings or violations")));

    DashboardPage page(session(), prompter);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    EXPECT_FALSE(page.card(DashboardPage::AcknowledgedCard)->isVisible());
}

// The reminder's tooltip names the window the rule data sets, not a fixed 72 hours.
class ThankYouWindowTest : public UiFixture
{
protected:
    void TearDown() override
    {
        QFile::remove(core::RuleData::defaultUserFilePath());
        UiFixture::TearDown();
    }
};

TEST_F(ThankYouWindowTest, TooltipReadsTheWindowFromTheRuleData)
{
    const QString path = core::RuleData::defaultUserFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(R"({"timing.thank_you_window": {"hours": 48}})");
    }
    ASSERT_TRUE(session().reloadRules().ok());
    clock.set(kNow);
    const QDateTime interview = kNow.toUTC().addSecs(-29 * 3600); // stored in UTC
    auto id = core::ProgramRepository(session().db())
                  .add(ProgramBuilder()
                           .status(core::ProgramStatus::Interviewed)
                           .interview(interview.date(), interview.time()));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(session().reloadNow().ok());
    const DashboardSummary s = DashboardSummary::build(
        session().snapshot(), session().findings(), session().engine().allowances(), clock.now());
    ASSERT_EQ(s.thankYous.size(), 1);
    EXPECT_EQ(s.thankYous.first().secondsLeft, 19 * 3600);
    EXPECT_EQ(s.thankYous.first().windowHours, 48);
    const QString tip = ui::dashboardRows::thankYous(s).first().toolTip;
    EXPECT_TRUE(tip.contains(QStringLiteral("within 48 hours"))) << tip.toStdString();
}

} // namespace
} // namespace rapport::test
