#include "UiFixture.h"

#include "models/ContactListModel.h"
#include "models/ProgramFilterProxy.h"
#include "models/ProgramListModel.h"
#include "models/TimelineModel.h"

#include "rules/Allowance.h"
#include "rules/RuleEngine.h"
#include "storage/CommunicationRepository.h"
#include "storage/ProfileRepository.h"

#include <QAbstractItemModelTester>

using rapport::test::UiFixture;
using namespace rapport;
using ui::ProgramListModel;
using ui::TimelineModel;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

class ProgramModelsTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        // After the demo's last message, so the whole story is sent by now.
        clock.set(QDateTime(QDate(2027, 2, 20), QTime(12, 0), QTimeZone::utc()));
        loadDemo();
    }

    // The first demo program for which pred holds.
    template <typename Pred> const core::Program *findProgram(Pred pred)
    {
        for (const core::Program &p : session().snapshot().programs) {
            if (pred(p))
                return &p;
        }
        return nullptr;
    }
};

TEST_F(ProgramModelsTest, ProgramListModelPassesTheModelTesterAcrossReloads)
{
    ProgramListModel model(session());
    QAbstractItemModelTester tester(&model, kFatal);
    EXPECT_EQ(model.rowCount(), session().snapshot().programs.size());
    EXPECT_EQ(model.columnCount(), ProgramListModel::ColumnCount);
    QObject::connect(&session(), &ui::Session::changed, &model, &ProgramListModel::refresh);
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_EQ(model.rowCount(), 40);
}

TEST_F(ProgramModelsTest, ProgramListReadsQuotaUseNextAndTheStarFromTheAllowance)
{
    ProgramListModel model(session());
    const core::Allowances &allowances = session().engine().allowances();
    int starred = 0;
    int overQuota = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex name = model.index(row, ProgramListModel::NameColumn);
        const core::ProgramAllowance *a =
            allowances.program(name.data(ProgramListModel::ProgramIdRole).toLongLong());
        ASSERT_NE(a, nullptr);
        EXPECT_EQ(name.data(ProgramListModel::TopChoiceRole).toBool(), a->toldTopChoice);
        if (a->toldTopChoice)
            ++starred;
        for (int c = ProgramListModel::PreInterviewColumn;
             c <= ProgramListModel::PostInterviewColumn; ++c) {
            const QModelIndex cell = model.index(row, c);
            const core::KindAllowance &k = (*a)[*ProgramListModel::quotaOf(c)];
            const int used = cell.data(ProgramListModel::QuotaUsedRole).toInt();
            const int maximum = cell.data(ProgramListModel::QuotaMaximumRole).toInt();
            EXPECT_EQ(used, k.used);
            EXPECT_EQ(maximum, k.maximum);
            EXPECT_EQ(cell.data(ProgramListModel::QuotaRecommendedRole).toInt(), k.recommended);
            EXPECT_GT(maximum, 0);
            EXPECT_EQ(cell.data().toString(), QStringLiteral("%1/%2").arg(used).arg(maximum));
            if (used > maximum)
                ++overQuota;
        }
        const QModelIndex next = model.index(row, ProgramListModel::NextColumn);
        EXPECT_FALSE(next.data().toString().isEmpty());
        EXPECT_EQ(next.data(ProgramListModel::NextTypeRole).toString(),
                  core::toString(a->next.type));
        EXPECT_TRUE(next.data(Qt::ToolTipRole).toString().contains(a->next.text.toHtmlEscaped()));
        if (a->thankYouDue) {
            EXPECT_TRUE(name.data(ProgramListModel::NeedsAttentionRole).toBool());
        }
    }
    // The demo tells two programs they are the top choice (the second a
    // breach) and breaks the pre-interview, thank-you and post-interview
    // quotas once each.
    EXPECT_EQ(starred, allowances.topChoice().told.size());
    EXPECT_GE(starred, 2);
    EXPECT_GE(overQuota, 3);
}

TEST_F(ProgramModelsTest, OpenFindingsCountAndWorstSeverityMatchTheEngine)
{
    ProgramListModel model(session());
    QHash<qint64, int> open;
    for (const core::Finding &f : session().engine().checkSeason()) {
        if (!f.acknowledged && f.programId)
            ++open[*f.programId];
    }
    ASSERT_FALSE(open.isEmpty());
    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        const QModelIndex cell = model.indexOf(it.key(), ProgramListModel::FindingsColumn);
        EXPECT_EQ(cell.data(ProgramListModel::OpenFindingsRole).toInt(), it.value());
        EXPECT_GE(cell.data(ProgramListModel::WorstSeverityRole).toInt(), 0);
        EXPECT_TRUE(cell.data(Qt::ForegroundRole).value<QColor>().isValid());
    }
}

TEST_F(ProgramModelsTest, FilterProxyPassesTheModelTesterAndFilters)
{
    ProgramListModel model(session());
    ui::ProgramFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, kFatal);
    const core::Program &first = session().snapshot().programs.first();

    proxy.setText(first.city.toUpper());
    ASSERT_GE(proxy.rowCount(), 1);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        EXPECT_TRUE(proxy.index(row, 0)
                        .data(ProgramListModel::SearchTextRole)
                        .toString()
                        .contains(first.city, Qt::CaseInsensitive));
    }
    proxy.setText(QStringLiteral("no program is called this"));
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setText({});

    proxy.setStatus(core::ProgramStatus::Interviewed);
    const auto interviewed = std::count_if(
        session().snapshot().programs.cbegin(), session().snapshot().programs.cend(),
        [](const core::Program &p) { return p.status == core::ProgramStatus::Interviewed; });
    EXPECT_EQ(proxy.rowCount(), interviewed);
    proxy.setStatus(std::nullopt);

    proxy.setNeedsAttention(true);
    ASSERT_GT(proxy.rowCount(), 0);
    EXPECT_LT(proxy.rowCount(), model.rowCount());
    for (int row = 0; row < proxy.rowCount(); ++row)
        EXPECT_TRUE(proxy.index(row, 0).data(ProgramListModel::NeedsAttentionRole).toBool());

    proxy.setNeedsAttention(false);
    proxy.sort(ProgramListModel::InterviewColumn, Qt::AscendingOrder);
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const qint64 key = proxy.index(row, ProgramListModel::InterviewColumn)
                               .data(ProgramListModel::SortRole)
                               .toLongLong();
        EXPECT_LE(previous, key);
        previous = key;
    }
    ASSERT_TRUE(session().reloadNow().ok()); // the tester watches the reset
}

TEST_F(ProgramModelsTest, TimelineInterleavesMilestonesInDateOrder)
{
    const core::Program *program = findProgram([this](const core::Program &p) {
        if (!p.interviewDate.isValid() || !p.applicationDate.isValid())
            return false;
        return std::count_if(session().snapshot().communications.cbegin(),
                             session().snapshot().communications.cend(),
                             [&p](const core::Communication &c) { return c.programId == p.id; }) >=
               4;
    });
    ASSERT_NE(program, nullptr);
    TimelineModel model(session());
    QAbstractItemModelTester tester(&model, kFatal);
    model.setProgram(program->id);

    int communications = 0;
    QHash<int, int> milestoneRow;
    QDateTime previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const QDateTime at = index.data(TimelineModel::DateTimeRole).toDateTime();
        if (previous.isValid()) {
            EXPECT_LE(previous, at) << "row " << row;
        }
        previous = at;
        if (model.isMilestone(index))
            milestoneRow.insert(index.data(TimelineModel::MilestoneRole).toInt(), row);
        else
            ++communications;
    }
    const auto expected = std::count_if(
        session().snapshot().communications.cbegin(), session().snapshot().communications.cend(),
        [program](const core::Communication &c) { return c.programId == program->id; });
    EXPECT_EQ(communications, expected);
    for (auto m : {TimelineModel::Milestone::Application, TimelineModel::Milestone::Interview,
                   TimelineModel::Milestone::RankListDeadline, TimelineModel::Milestone::MatchDay,
                   TimelineModel::Milestone::Today})
        EXPECT_TRUE(milestoneRow.contains(static_cast<int>(m))) << static_cast<int>(m);

    // Everything before the interview row happened before the interview, and
    // everything after it after.
    const int interviewRow =
        milestoneRow.value(static_cast<int>(TimelineModel::Milestone::Interview));
    for (int row = 0; row < model.rowCount(); ++row) {
        const core::Communication *c = model.communicationAt(model.index(row));
        if (!c)
            continue;
        if (row < interviewRow) {
            EXPECT_LE(c->at, program->interviewAt());
        } else {
            EXPECT_GE(c->at, program->interviewAt());
        }
    }
    EXPECT_LT(milestoneRow.value(static_cast<int>(TimelineModel::Milestone::RankListDeadline)),
              milestoneRow.value(static_cast<int>(TimelineModel::Milestone::MatchDay)));

    model.setProgram(session().snapshot().programs.last().id);
    model.setProgram(0);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ProgramModelsTest, TimelineMarksUnconfirmedSeasonDatesAsEstimates)
{
    TimelineModel model(session());
    model.setProgram(session().snapshot().programs.first().id);
    const auto row = [&model](TimelineModel::Milestone which) {
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex index = model.index(r);
            if (model.isMilestone(index) &&
                index.data(TimelineModel::MilestoneRole).toInt() == static_cast<int>(which))
                return index;
        }
        return QModelIndex();
    };
    const QModelIndex deadline = row(TimelineModel::Milestone::RankListDeadline);
    const QModelIndex matchDay = row(TimelineModel::Milestone::MatchDay);
    const QModelIndex interview = row(TimelineModel::Milestone::Interview);
    ASSERT_TRUE(deadline.isValid() && matchDay.isValid() && interview.isValid());
    EXPECT_EQ(deadline.data().toString(), QStringLiteral("Rank-list deadline (estimated)"));
    EXPECT_EQ(matchDay.data().toString(), QStringLiteral("Match Day (estimated)"));
    EXPECT_TRUE(deadline.data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Estimated date — check the NRMP calendar")));
    EXPECT_EQ(interview.data().toString(), QStringLiteral("Interview")) << "the program's own";
    EXPECT_FALSE(interview.data(Qt::ToolTipRole).isValid());

    core::Season season = session().snapshot().season;
    season.datesConfirmed = true;
    ASSERT_TRUE(core::ProfileRepository(session().db()).saveSeason(season).ok());
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_EQ(deadline.data().toString(), QStringLiteral("Rank-list deadline"));
    EXPECT_EQ(matchDay.data().toString(), QStringLiteral("Match Day"));
    EXPECT_FALSE(matchDay.data(Qt::ToolTipRole).isValid());
}

TEST_F(ProgramModelsTest, TimelineCarriesFindingsAndFlagsPressureFromPrograms)
{
    // The demo's program that asks where it will be ranked.
    qint64 flaggedProgram = 0;
    qint64 flaggedEntry = 0;
    for (const core::Finding &f : session().engine().checkSeason()) {
        if (f.rule == QLatin1String("incoming.rank_request") && f.communicationId()) {
            flaggedProgram = *f.programId;
            flaggedEntry = *f.communicationId();
        }
    }
    ASSERT_NE(flaggedEntry, 0);
    TimelineModel model(session());
    model.setProgram(flaggedProgram);
    const QModelIndex entry = model.indexOf(flaggedEntry);
    ASSERT_TRUE(entry.isValid());
    EXPECT_TRUE(entry.data(TimelineModel::IncomingFlaggedRole).toBool());
    EXPECT_TRUE(entry.data(TimelineModel::FindingRulesRole)
                    .toStringList()
                    .contains(QStringLiteral("incoming.rank_request")));
    EXPECT_FALSE(entry.data(TimelineModel::FindingSeveritiesRole).toList().isEmpty());
    EXPECT_EQ(entry.data(TimelineModel::DirectionRole).toInt(),
              static_cast<int>(core::Direction::Incoming));
    EXPECT_FALSE(entry.data(TimelineModel::SubjectRole).toString().isEmpty());
    const QString firstLine = entry.data(TimelineModel::FirstLineRole).toString();
    EXPECT_FALSE(firstLine.contains(QLatin1Char('\n')));
    // Read from the file: the season shown keeps no bodies.
    auto stored = core::CommunicationRepository(session().db()).get(flaggedEntry);
    ASSERT_TRUE(stored.ok());
    EXPECT_FALSE(firstLine.isEmpty());
    EXPECT_TRUE(stored->body.contains(firstLine)) << firstLine.toStdString();

    // Outgoing entries are never flagged as pressure.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(TimelineModel::DirectionRole).toInt() ==
                static_cast<int>(core::Direction::Outgoing) &&
            !model.isMilestone(index)) {
            EXPECT_FALSE(index.data(TimelineModel::IncomingFlaggedRole).toBool());
        }
    }
}

TEST_F(ProgramModelsTest, ContactListModelPassesTheModelTester)
{
    ui::ContactListModel model(session());
    QAbstractItemModelTester tester(&model, kFatal);
    for (const core::Program &p : session().snapshot().programs) {
        model.setProgram(p.id);
        EXPECT_EQ(model.rowCount(), session().contactsOf(p.id).size());
    }
    ASSERT_GT(model.rowCount(), 0);
    const core::Contact *first = model.contactAt(model.index(0, 0));
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(model.indexOf(first->id).row(), 0);
    EXPECT_FALSE(model.index(0, ui::ContactListModel::RoleColumn)
                     .data()
                     .toString()
                     .contains(QLatin1Char('_'))); // a label, not the identifier
    model.setProgram(0);
    EXPECT_EQ(model.rowCount(), 0);
}

} // namespace
