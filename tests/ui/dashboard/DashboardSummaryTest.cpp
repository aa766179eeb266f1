#include "UiFixture.h"

#include "models/DashboardListModel.h"
#include "models/DashboardRows.h"
#include "models/DashboardSummary.h"
#include "rules/RuleEngine.h"
#include "storage/ProfileRepository.h"
#include "storage/ProgramRepository.h"

#include <QAbstractItemModelTester>
#include <QSet>

#include <algorithm>

namespace rapport::test {
namespace {

using ui::DashboardSummary;

// Inside the demo season (Match 2027): interviews ran from 2026-10-20 every
// four days; the one on 2026-11-21 (Great Lakes, 08:00 US Eastern) has no
// thank-you logged.
const QDateTime kNow(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());
const QString kGreatLakes = QStringLiteral("Great Lakes Health Sciences Otolaryngology");

class DashboardSummaryTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        clock.set(kNow);
    }

    DashboardSummary build()
    {
        const core::RuleEngine &engine = session().engine();
        return DashboardSummary::build(session().snapshot(), engine.checkSeason(),
                                       engine.allowances(), clock.now());
    }

    qint64 programId(const QString &name)
    {
        for (const core::Program &p : session().snapshot().programs) {
            if (p.name == name)
                return p.id;
        }
        return 0;
    }
};

TEST_F(DashboardSummaryTest, EmptySeasonHasNothingToDo)
{
    const DashboardSummary s = build();
    EXPECT_TRUE(s.thankYous.isEmpty());
    EXPECT_TRUE(s.findings.isEmpty());
    EXPECT_TRUE(s.flagged.isEmpty());
    EXPECT_TRUE(s.topChoices.isEmpty());
    EXPECT_EQ(s.messagesInRange, 0);
    EXPECT_EQ(s.programCount, 0);
    // The season's default dates still give a chart frame and milestones.
    EXPECT_FALSE(s.weeks.isEmpty());
    ASSERT_EQ(s.comingUp.size(), 2);
    EXPECT_EQ(s.comingUp.at(0).type, DashboardSummary::Milestone::Type::RankListDeadline);
}

// Great Lakes does not consider post-interview communication, thank-you
// notes included: its interview yesterday opens no reminder.
TEST_F(DashboardSummaryTest, NoThankYouReminderWhereThePolicyRulesOutPostInterviewContact)
{
    loadDemo();
    const core::Program *greatLakes = session().program(programId(kGreatLakes));
    ASSERT_NE(greatLakes, nullptr);
    ASSERT_EQ(greatLakes->policy, core::CommunicationPolicy::NoPostInterview);
    ASSERT_LT(greatLakes->interviewAt(), kNow);
    const DashboardSummary s = build();
    for (const auto &due : s.thankYous)
        EXPECT_NE(due.programId, greatLakes->id) << due.programName.toStdString();
}

TEST_F(DashboardSummaryTest, ThankYouForAProgramAddedYesterday)
{
    core::Program p;
    p.name = QStringLiteral("Test Valley Otolaryngology");
    p.status = core::ProgramStatus::Interviewed;
    p.interviewDate = QDate(2026, 11, 21);
    p.interviewTime = QTime(7, 0); // 07:00 UTC: 29 h ago, 43 h left
    auto id = core::ProgramRepository(session().db()).add(p);
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(session().reloadNow().ok());
    DashboardSummary s = build();
    ASSERT_EQ(s.thankYous.size(), 1);
    EXPECT_EQ(s.thankYous.first().programId, *id);
    EXPECT_EQ(s.thankYous.first().secondsLeft, 43 * 3600);

    clock.advanceSecs(43 * 3600 - 30 * 60);
    s = build();
    ASSERT_EQ(s.thankYous.size(), 1);
    EXPECT_EQ(ui::dashboardRows::thankYous(s).first().trailing, QStringLiteral("due in 30 min"));
}

TEST_F(DashboardSummaryTest, OverviewLine)
{
    const QString empty = ui::dashboardRows::overview(build());
    EXPECT_TRUE(empty.contains(QStringLiteral("0 programs"))) << empty.toStdString();
    EXPECT_TRUE(empty.contains(QStringLiteral("no warnings or violations")));
    EXPECT_TRUE(empty.contains(QStringLiteral("nothing urgent")));
    // After the demo's last message: both letters of intent are sent by now.
    clock.set(QDateTime(QDate(2027, 2, 20), QTime(12, 0), QTimeZone::utc()));
    loadDemo();
    const DashboardSummary s = build();
    const QString demo = ui::dashboardRows::overview(s);
    EXPECT_TRUE(demo.startsWith(QStringLiteral("2027 Match"))) << demo.toStdString();
    EXPECT_TRUE(demo.contains(QStringLiteral("40 programs")));
    // The flagged messages and the second top-choice letter.
    EXPECT_TRUE(
        demo.contains(QStringLiteral("%1 things need your attention").arg(1 + s.flagged.size())))
        << demo.toStdString();
}

TEST_F(DashboardSummaryTest, TimeLeftWords)
{
    using ui::dashboardRows::timeLeft;
    EXPECT_EQ(timeLeft(31 * 3600 + 59 * 60), QStringLiteral("due in 31 h"));
    EXPECT_EQ(timeLeft(-5 * 3600 - 10), QStringLiteral("overdue by 5 h"));
    EXPECT_EQ(timeLeft(-120), QStringLiteral("overdue by 2 min"));
    EXPECT_EQ(ui::dashboardRows::daysLeft(1), QStringLiteral("tomorrow"));
    EXPECT_EQ(ui::dashboardRows::daysLeft(12), QStringLiteral("in 12 days"));
}

TEST_F(DashboardSummaryTest, ViolationsByProgramWorstFirst)
{
    loadDemo();
    const DashboardSummary s = build();
    ASSERT_FALSE(s.findings.isEmpty());
    for (qsizetype i = 1; i < s.findings.size(); ++i) {
        const auto &a = s.findings.at(i - 1);
        const auto &b = s.findings.at(i);
        EXPECT_TRUE(a.violations > b.violations ||
                    (a.violations == b.violations && a.warnings >= b.warnings))
            << i;
    }
    // The second letter of intent breaks quota.top_choice at Northgate.
    const qint64 northgate = programId(QStringLiteral("Northgate Medical Center Otolaryngology"));
    auto row = std::find_if(s.findings.cbegin(), s.findings.cend(),
                            [&](const auto &f) { return f.programId == northgate; });
    ASSERT_NE(row, s.findings.cend());
    EXPECT_GE(row->violations, 1);
    EXPECT_EQ(row->messages().size(), row->violations + row->warnings);

    // Only the applicant's open findings count: checkSeason() less
    // acknowledged, info and what programs did (listed as flagged instead).
    int expected = 0;
    int byPrograms = 0;
    for (const core::Finding &f : session().engine().checkSeason()) {
        if (f.acknowledged || f.severity == core::Severity::Info)
            continue;
        if (f.rule.startsWith(QLatin1String("incoming.")) ||
            f.rule == QLatin1String("match.outside_contract"))
            ++byPrograms;
        else
            ++expected;
    }
    ASSERT_GT(byPrograms, 0) << "the demo has messages from programs that break the rules";
    int counted = 0;
    for (const auto &f : s.findings)
        counted += f.violations + f.warnings;
    EXPECT_EQ(counted, expected);
    // A program's misconduct never reads as the applicant's violation.
    for (const auto &m : s.flagged) {
        for (const QString &message : m.messages) {
            for (const auto &f : s.findings)
                EXPECT_FALSE(f.messages().contains(message)) << message.toStdString();
        }
    }
}

TEST_F(DashboardSummaryTest, TwoTopChoiceLettersAreBothListed)
{
    // After the demo's last message: both letters of intent are sent by now.
    clock.set(QDateTime(QDate(2027, 2, 20), QTime(12, 0), QTimeZone::utc()));
    loadDemo();
    const DashboardSummary s = build();
    ASSERT_EQ(s.topChoices.size(), 2);
    EXPECT_EQ(s.topChoices.at(0).programName, QStringLiteral("Lakeside University Otolaryngology"));
    EXPECT_EQ(s.topChoices.at(1).programName,
              QStringLiteral("Northgate Medical Center Otolaryngology"));
    EXPECT_TRUE(s.topChoices.at(0).letterOfIntent);
    EXPECT_EQ(s.topChoices.at(0).at.date(), QDate(2027, 2, 3));
    const auto rows = ui::dashboardRows::topChoices(s);
    EXPECT_TRUE(rows.at(0).trailing.isEmpty());
    EXPECT_FALSE(rows.at(1).trailing.isEmpty());
}

TEST_F(DashboardSummaryTest, FlaggedIncomingMessages)
{
    loadDemo();
    const DashboardSummary s = build();
    QSet<QString> programs;
    for (const auto &m : s.flagged) {
        programs.insert(m.programName);
        const core::Communication *c = nullptr;
        for (const core::Communication &comm : session().snapshot().communications) {
            if (comm.id == m.communicationId)
                c = &comm;
        }
        ASSERT_NE(c, nullptr);
        EXPECT_EQ(c->direction, core::Direction::Incoming);
        EXPECT_EQ(c->programId, m.programId);
        EXPECT_FALSE(m.messages.isEmpty());
    }
    // Rank request, withdrawal pressure, application inquiry, contract outside the Match.
    for (const char *name :
         {"Red River Medical School Otolaryngology", "Desert Sun University Otolaryngology",
          "Ironwood University Otolaryngology", "Evergreen Medical College Otolaryngology"})
        EXPECT_TRUE(programs.contains(QLatin1String(name))) << name;
    EXPECT_EQ(s.flagged.first().worst, core::Severity::Violation);
}

TEST_F(DashboardSummaryTest, WeeklySeriesSumsToMessagesInRange)
{
    loadDemo();
    const DashboardSummary s = build();
    const core::Season &season = session().snapshot().season;
    int inRange = 0;
    for (const core::Communication &c : session().snapshot().communications) {
        const QDate d = c.at.date();
        inRange += c.state == core::CommState::Sent && d >= season.applicationsOpen &&
                   d <= season.matchDay;
    }
    int sum = 0;
    for (const auto &w : s.weeks) {
        EXPECT_EQ(w.weekStart.dayOfWeek(), 1);
        sum += w.outgoing + w.incoming;
    }
    EXPECT_GT(inRange, 100);
    EXPECT_EQ(sum, inRange);
    EXPECT_EQ(s.messagesInRange, inRange);
    EXPECT_LE(s.weeks.first().weekStart, season.applicationsOpen);
    EXPECT_GE(s.weeks.last().weekStart.addDays(6), season.matchDay);
    for (qsizetype i = 1; i < s.weeks.size(); ++i)
        EXPECT_EQ(s.weeks.at(i - 1).weekStart.daysTo(s.weeks.at(i).weekStart), 7);
}

TEST_F(DashboardSummaryTest, StatusCountsAndComingUp)
{
    loadDemo();
    const DashboardSummary s = build();
    auto count = [&](core::ProgramStatus st) {
        for (const auto &c : s.statuses) {
            if (c.status == st)
                return c.count;
        }
        return -1;
    };
    EXPECT_EQ(count(core::ProgramStatus::Ranked), 18);
    EXPECT_EQ(count(core::ProgramStatus::Interviewed), 4);
    EXPECT_EQ(count(core::ProgramStatus::Withdrawn), 5);
    EXPECT_EQ(count(core::ProgramStatus::Rejected), 7);
    EXPECT_EQ(count(core::ProgramStatus::Applied), 6);
    EXPECT_EQ(ui::dashboardRows::statuses(s).size(), 5); // statuses without programs are left out

    // Next interviews first (2026-11-25, -29, 12-03), then the two milestones.
    ASSERT_EQ(s.comingUp.size(), DashboardSummary::kUpcomingInterviews + 2);
    EXPECT_EQ(s.comingUp.at(0).date, QDate(2026, 11, 25));
    EXPECT_EQ(s.comingUp.at(0).daysLeft, 3);
    EXPECT_EQ(s.comingUp.at(3).type, DashboardSummary::Milestone::Type::RankListDeadline);
    EXPECT_EQ(s.comingUp.at(3).daysLeft, QDate(2026, 11, 22).daysTo(QDate(2027, 2, 24)));
    EXPECT_EQ(s.comingUp.at(4).type, DashboardSummary::Milestone::Type::MatchDay);
    EXPECT_EQ(s.comingUp.at(4).date, QDate(2027, 3, 19));
}

TEST_F(DashboardSummaryTest, ComingUpMarksUnconfirmedSeasonDatesAsEstimates)
{
    loadDemo();
    using Type = DashboardSummary::Milestone::Type;
    DashboardSummary s = build();
    ASSERT_FALSE(session().snapshot().season.datesConfirmed) << "the demo's dates are estimates";
    QList<ui::DashboardRow> rows = ui::dashboardRows::comingUp(s);
    ASSERT_EQ(rows.size(), s.comingUp.size());
    int milestones = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const bool seasonDate = s.comingUp.at(i).type != Type::Interview;
        milestones += seasonDate;
        EXPECT_EQ(s.comingUp.at(i).estimated, seasonDate) << i;
        EXPECT_EQ(rows.at(i).subtitle.endsWith(QStringLiteral(" (estimated)")), seasonDate)
            << rows.at(i).subtitle.toStdString();
        EXPECT_EQ(
            rows.at(i).toolTip.contains(QStringLiteral("Estimated date — check the NRMP calendar")),
            seasonDate)
            << rows.at(i).toolTip.toStdString();
    }
    EXPECT_EQ(milestones, 2);
    EXPECT_EQ(rows.at(3).subtitle, QStringLiteral("Wednesday, February 24, 2027 (estimated)"));

    core::Season confirmed = session().snapshot().season;
    confirmed.datesConfirmed = true;
    ASSERT_TRUE(core::ProfileRepository(session().db()).saveSeason(confirmed).ok());
    ASSERT_TRUE(session().reloadNow().ok());
    s = build();
    rows = ui::dashboardRows::comingUp(s);
    ASSERT_EQ(rows.size(), 5);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        EXPECT_FALSE(s.comingUp.at(i).estimated) << i;
        EXPECT_FALSE(rows.at(i).subtitle.contains(QStringLiteral("estimated"))) << i;
        EXPECT_TRUE(rows.at(i).toolTip.isEmpty()) << i;
    }
    EXPECT_EQ(rows.at(4).subtitle, QStringLiteral("Friday, March 19, 2027"));
}

TEST_F(DashboardSummaryTest, ListModelPassesTheModelTester)
{
    loadDemo();
    const DashboardSummary s = build();
    ui::DashboardListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(ui::dashboardRows::flagged(s));
    ASSERT_EQ(model.rowCount(), s.flagged.size());
    EXPECT_TRUE(model.hasActions());
    const QModelIndex first = model.index(0, ui::DashboardListModel::MainColumn);
    EXPECT_EQ(first.data(ui::DashboardListModel::CommunicationIdRole).toLongLong(),
              s.flagged.first().communicationId);
    EXPECT_EQ(model.index(0, ui::DashboardListModel::ActionColumn).data().toString(),
              QStringLiteral("Reply safely"));
    EXPECT_EQ(model.indexOfProgram(s.flagged.first().programId), first);
    model.setRows(ui::dashboardRows::statuses(s));
    EXPECT_FALSE(model.hasActions());
    EXPECT_TRUE(model.index(0, 0).data(ui::DashboardListModel::BarRole).isValid());
    model.setRows(ui::dashboardRows::findings(s));
    model.setRows({});
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.indexOfProgram(1).isValid());
}

} // namespace
} // namespace rapport::test
