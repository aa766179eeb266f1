// A save changes one program; the list must say so for that row alone (a
// reset of thousands of sorted rows is what froze the window), and after
// any mix of edits it must read exactly like a list built afresh: with the
// season read on this thread (rows made and compared by the list) and on
// the worker (rows made there and compared with the ones made before).
#include "UiFixture.h"
#include "support/Builders.h"

#include "models/ProgramListModel.h"
#include "models/ProgramRows.h"
#include "rules/RuleEngine.h"
#include "storage/ProgramRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <set>

namespace rapport::test {
namespace {

using ui::ProgramListModel;

class ProgramListUpdateTest : public UiFixture, public ::testing::WithParamInterface<bool>
{
protected:
    bool byWorker() const { return GetParam(); }

    void SetUp() override
    {
        UiFixture::SetUp();
        clock.set(QDateTime(QDate(2027, 2, 20), QTime(12, 0), QTimeZone::utc()));
        loadDemo();
        model = std::make_unique<ProgramListModel>(session());
        if (byWorker()) {
            // The worker's first rows have nothing to be compared with.
            reload();
            model->refresh();
        }
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        resets = std::make_unique<QSignalSpy>(model.get(), &QAbstractItemModel::modelReset);
        changes = std::make_unique<QSignalSpy>(model.get(), &QAbstractItemModel::dataChanged);
        inserts = std::make_unique<QSignalSpy>(model.get(), &QAbstractItemModel::rowsInserted);
        removes = std::make_unique<QSignalSpy>(model.get(), &QAbstractItemModel::rowsRemoved);
    }

    core::Program stored(qsizetype i) { return session().snapshot().programs.at(i); }

    void reload()
    {
        if (byWorker()) {
            ASSERT_TRUE(session().reload().ok());
            settle();
            ASSERT_NE(session().programRows(), nullptr);
        } else {
            ASSERT_TRUE(session().reloadNow().ok());
            ASSERT_EQ(session().programRows(), nullptr);
        }
    }

    void save(const core::Program &p)
    {
        ASSERT_TRUE(core::ProgramRepository(session().db()).update(p).ok());
        reload();
        model->refresh();
    }

    // Every cell and role the list shows, row by row.
    static QStringList contents(const ProgramListModel &m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < m.columnCount(); ++c) {
                const QModelIndex i = m.index(r, c);
                for (const int role :
                     {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(ProgramListModel::SortRole),
                      int(ProgramListModel::NeedsAttentionRole)})
                    cells << i.data(role).toString();
            }
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }

    void expectSameAsFresh()
    {
        const ProgramListModel fresh(session());
        EXPECT_EQ(contents(*model), contents(fresh));
    }

    std::unique_ptr<ProgramListModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::unique_ptr<QSignalSpy> resets, changes, inserts, removes;
};

TEST_P(ProgramListUpdateTest, AnEditedProgramIsOneChangedRow)
{
    core::Program p = stored(7);
    p.policyNote = QStringLiteral("Updates by email to the coordinator only");
    p.preferenceRank = 2;
    save(p);
    EXPECT_EQ(resets->size(), 0);
    EXPECT_EQ(inserts->size(), 0);
    EXPECT_EQ(removes->size(), 0);
    ASSERT_EQ(changes->size(), 1);
    const QModelIndex first = changes->first().at(0).toModelIndex();
    const QModelIndex last = changes->first().at(1).toModelIndex();
    EXPECT_EQ(first.row(), model->indexOf(p.id).row());
    EXPECT_EQ(last.row(), first.row());
    expectSameAsFresh();
}

TEST_P(ProgramListUpdateTest, NothingChangedSaysNothing)
{
    reload();
    model->refresh();
    EXPECT_EQ(resets->size() + changes->size() + inserts->size() + removes->size(), 0);
}

TEST_P(ProgramListUpdateTest, AddedRenamedAndRemovedProgramsMoveOnlyTheirRows)
{
    const qsizetype before = model->rowCount();
    auto added = core::ProgramRepository(session().db())
                     .add(ProgramBuilder(QStringLiteral("Aardvark Valley Otolaryngology")));
    ASSERT_TRUE(added.ok());
    core::Program renamed = stored(3);
    renamed.name = QStringLiteral("Zephyr Coast Otolaryngology"); // sorts last now
    ASSERT_TRUE(core::ProgramRepository(session().db()).update(renamed).ok());
    const qint64 removed = stored(20).id;
    ASSERT_TRUE(core::ProgramRepository(session().db()).remove(removed).ok());
    reload();
    model->refresh();

    EXPECT_EQ(resets->size(), 0);
    EXPECT_EQ(model->rowCount(), before);
    EXPECT_TRUE(model->indexOf(*added).isValid());
    EXPECT_FALSE(model->indexOf(removed).isValid());
    EXPECT_EQ(model->indexOf(renamed.id).row(), model->rowCount() - 1);
    // One row out for the removed program, one out and in for the renamed.
    int removedRows = 0;
    int insertedRows = 0;
    for (const auto &args : std::as_const(*removes))
        removedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
    for (const auto &args : std::as_const(*inserts))
        insertedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
    EXPECT_EQ(removedRows, 2);
    EXPECT_EQ(insertedRows, 2);
    expectSameAsFresh();
}

// Hidden, the list skips reads; shown again it must still announce exactly
// the rows that changed meanwhile, however many reads it missed.
TEST_P(ProgramListUpdateTest, ReadsMissedWhileHiddenChangeOnlyTheirRows)
{
    for (const int missed : {2, 10}) {
        SCOPED_TRACE(missed);
        changes->clear();
        std::set<int> edited;
        for (int i = 0; i < missed; ++i) {
            core::Program p = stored(2 + (i % 3));
            p.policyNote = QStringLiteral("Note %1 of %2").arg(i).arg(missed);
            ASSERT_TRUE(core::ProgramRepository(session().db()).update(p).ok());
            reload();
            edited.insert(model->indexOf(p.id).row());
        }
        model->refresh();
        EXPECT_EQ(resets->size(), 0);
        std::set<int> announced;
        for (const auto &args : std::as_const(*changes)) {
            for (int r = args.at(0).toModelIndex().row(); r <= args.at(1).toModelIndex().row(); ++r)
                announced.insert(r);
        }
        EXPECT_EQ(announced, edited);
        expectSameAsFresh();
    }
}

// Rows made by the worker know what changed since each of the last sets
// made, so a list need not compare 4,000 rows to find out.
class ProgramRowsTest : public UiFixture
{};

TEST_F(ProgramRowsTest, KnowWhatChangedSinceEachOfTheLastSets)
{
    clock.set(QDateTime(QDate(2027, 2, 20), QTime(12, 0), QTimeZone::utc()));
    loadDemo();
    const auto make = [this] {
        return ui::ProgramRows::make(session().snapshot(), session().engine().allowances(),
                                     session().findings(), clock.now());
    };
    const auto edit = [this](qsizetype i, const QString &note) {
        core::Program p = session().snapshot().programs.at(i);
        p.policyNote = note;
        EXPECT_TRUE(core::ProgramRepository(session().db()).update(p).ok());
        EXPECT_TRUE(session().reloadNow().ok());
        return p.id;
    };
    ui::ProgramRows first = make();
    const qint64 a = edit(5, QStringLiteral("By email only"));
    ui::ProgramRows second = make();
    second.compareWith(first);
    const qint64 b = edit(6, QStringLiteral("No updates after the interview"));
    ui::ProgramRows third = make();
    third.compareWith(second);

    ASSERT_NE(second.changedSince(first.serial), nullptr);
    EXPECT_EQ(*second.changedSince(first.serial), QSet<qint64>({a}));
    ASSERT_NE(third.changedSince(second.serial), nullptr);
    EXPECT_EQ(*third.changedSince(second.serial), QSet<qint64>({b}));
    ASSERT_NE(third.changedSince(first.serial), nullptr);
    EXPECT_EQ(*third.changedSince(first.serial), QSet<qint64>({a, b}));
    EXPECT_EQ(third.changedSince(third.serial + 1), nullptr) << "never made";

    ui::ProgramRows last = std::move(third);
    for (int i = 0; i < 8; ++i) {
        ui::ProgramRows next = make();
        next.compareWith(last);
        last = std::move(next);
    }
    EXPECT_EQ(last.changedSince(first.serial), nullptr) << "too long ago: compared afresh";
}

INSTANTIATE_TEST_SUITE_P(ReadHereOrByTheWorker, ProgramListUpdateTest, ::testing::Bool(),
                         [](const ::testing::TestParamInfo<bool> &param) {
                             return param.param ? std::string("ByTheWorker")
                                                : std::string("ReadHere");
                         });

} // namespace
} // namespace rapport::test
