#include "UiFixture.h"

#include "io/Backup.h"
#include "models/LogFilterProxy.h"
#include "models/LogModel.h"
#include "rules/RuleEngine.h"
#include "storage/CommunicationRepository.h"
#include "storage/ProgramRepository.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <set>

using rapport::test::UiFixture;
using rapport::ui::LogFilterProxy;
using rapport::ui::LogModel;
namespace core = rapport::core;

class LogModelTest : public UiFixture
{
protected:
    // What every row shows: its cells' text, the worst finding and whether
    // it is a draft (italics).
    static QList<QStringList> shown(const LogModel &model)
    {
        QList<QStringList> rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < LogModel::ColumnCount; ++column)
                cells << model.index(row, column).data().toString();
            cells << model.index(row, 0).data(LogModel::WorstSeverityRole).toString();
            cells << QString::number(model.index(row, 0).data(Qt::FontRole).isValid());
            rows << cells;
        }
        return rows;
    }
    // The rows a model's dataChanged signals covered.
    static std::set<int> announcedRows(const QSignalSpy &spy)
    {
        std::set<int> rows;
        for (const QList<QVariant> &signal : spy) {
            const auto top = signal.at(0).value<QModelIndex>().row();
            const auto bottom = signal.at(1).value<QModelIndex>().row();
            for (int row = top; row <= bottom; ++row)
                rows.insert(row);
        }
        return rows;
    }
    static std::set<int> differingRows(const QList<QStringList> &before,
                                       const QList<QStringList> &after)
    {
        std::set<int> rows;
        for (int row = 0; row < before.size(); ++row) {
            if (before.at(row) != after.at(row))
                rows.insert(row);
        }
        return rows;
    }
    // Writes an entry as another window would, then reads the season again.
    void store(const core::Communication &c)
    {
        ASSERT_TRUE(core::CommunicationRepository(session().db()).update(c).ok());
        ASSERT_TRUE(session().reloadNow().ok());
    }
    const core::Communication *firstOfKind(core::Kind kind)
    {
        for (const core::Communication &c : session().snapshot().communications) {
            if (c.kind == kind)
                return &c;
        }
        return nullptr;
    }
};

TEST_F(LogModelTest, PassesTheModelTesterThroughResetsAndFilters)
{
    LogModel model(session());
    LogFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);

    loadDemo();
    ASSERT_GT(model.rowCount(), 100);
    EXPECT_EQ(model.rowCount(), session().snapshot().communications.size());

    proxy.sort(LogModel::DateColumn, Qt::DescendingOrder);
    proxy.setDirection(core::Direction::Incoming);
    proxy.setKind(core::Kind::ThankYou);
    proxy.setDirection(std::nullopt);
    proxy.setFindingsOnly(true);
    proxy.setAllowedIds(std::vector<qint64>{});
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setAllowedIds(std::nullopt);
    proxy.sort(LogModel::FindingsColumn, Qt::AscendingOrder);
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_GT(proxy.rowCount(), 0);
}

TEST_F(LogModelTest, TypedAccessorsAndFindingsFromOneSeasonCheck)
{
    loadDemo();
    LogModel model(session());
    const core::Communication &first = session().snapshot().communications.first();
    const QModelIndex index = model.indexOf(first.id);
    ASSERT_TRUE(index.isValid());
    ASSERT_NE(model.communicationAt(index), nullptr);
    EXPECT_EQ(model.communicationAt(index)->id, first.id);
    EXPECT_EQ(model.communicationAt(QModelIndex()), nullptr);
    EXPECT_FALSE(model.indexOf(-1).isValid());

    // Counts and worst severity per entry, as the season check reports them.
    QHash<qint64, int> expected;
    QHash<qint64, core::Severity> worst;
    for (const core::Finding &f : session().engine().checkSeason()) {
        if (!f.communicationId())
            continue;
        const qint64 id = *f.communicationId();
        if (!expected.contains(id) || core::moreSevere(f.severity, worst.value(id)))
            worst[id] = f.severity;
        ++expected[id];
    }
    ASSERT_FALSE(expected.isEmpty()) << "the demo season has breaches of every rule";
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        EXPECT_EQ(model.findingCount(it.key()), it.value());
        EXPECT_EQ(model.worstSeverity(it.key()), worst.value(it.key()));
        const QModelIndex cell = model.indexOf(it.key(), LogModel::FindingsColumn);
        EXPECT_EQ(cell.data().toInt(), it.value());
        EXPECT_EQ(cell.data(LogModel::WorstSeverityRole).toInt(),
                  static_cast<int>(worst.value(it.key())));
    }
}

// Neighbouring rows of the sorted proxy never read out of order: text as the
// collator orders it, whatever its case; dates by moment; findings worst
// first, then by count.
TEST_F(LogModelTest, EveryColumnSortsAsItReads)
{
    loadDemo();
    LogModel model(session());
    LogFilterProxy proxy;
    proxy.setSourceModel(&model);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto compare = [&](const QModelIndex &a, const QModelIndex &b) {
        switch (a.column()) {
        case LogModel::DateColumn: {
            const qint64 x = model.communicationAt(a)->at.toMSecsSinceEpoch();
            const qint64 y = model.communicationAt(b)->at.toMSecsSinceEpoch();
            return x < y ? -1 : x > y ? 1 : 0;
        }
        case LogModel::FindingsColumn: {
            const auto key = [](const QModelIndex &i) {
                return std::pair(i.data(LogModel::WorstSeverityRole).toInt(),
                                 i.data(LogModel::FindingCountRole).toInt());
            };
            return key(a) < key(b) ? -1 : key(b) < key(a) ? 1 : 0;
        }
        default: return collator.compare(a.data().toString(), b.data().toString());
        }
    };
    for (int column = 0; column < LogModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            ASSERT_EQ(proxy.rowCount(), model.rowCount());
            int outOfOrder = 0;
            int changes = 0;
            for (int row = 1; row < proxy.rowCount(); ++row) {
                const int c = compare(proxy.mapToSource(proxy.index(row - 1, column)),
                                      proxy.mapToSource(proxy.index(row, column)));
                if (order == Qt::AscendingOrder ? c > 0 : c < 0)
                    ++outOfOrder;
                changes += c != 0;
            }
            EXPECT_EQ(outOfOrder, 0) << "column " << column << " order " << order;
            if (column != LogModel::StateColumn) { // the demo has no drafts
                EXPECT_GT(changes, 0) << "column " << column << " has more than one value";
            }
        }
    }
}

TEST_F(LogModelTest, ASortKeepsThePreviousOrderAmongEqualRowsThroughARefresh)
{
    loadDemo();
    LogModel model(session());
    LogFilterProxy proxy;
    proxy.setSourceModel(&model);
    const auto newestFirstWithinEachProgram = [&] {
        int sameProgram = 0;
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const auto *a = model.communicationAt(proxy.mapToSource(proxy.index(row - 1, 0)));
            const auto *b = model.communicationAt(proxy.mapToSource(proxy.index(row, 0)));
            if (a->programId != b->programId)
                continue;
            ++sameProgram;
            if (a->at < b->at)
                return false;
        }
        return sameProgram > 100;
    };
    proxy.sort(LogModel::DateColumn, Qt::DescendingOrder);
    proxy.sort(LogModel::ProgramColumn, Qt::AscendingOrder);
    EXPECT_TRUE(newestFirstWithinEachProgram());
    proxy.sort(LogModel::ProgramColumn, Qt::DescendingOrder);
    EXPECT_TRUE(newestFirstWithinEachProgram());
    model.refresh();
    EXPECT_TRUE(newestFirstWithinEachProgram()) << "a refresh does not shuffle ties";
}

// A filter keeps the selection on the entries it still shows, and drops it
// from those it hides, as one layout change rather than row by row.
TEST_F(LogModelTest, AFilterIsOneLayoutChangeThatKeepsPersistentIndexes)
{
    loadDemo();
    LogModel model(session());
    LogFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(LogModel::DateColumn, Qt::DescendingOrder);
    const core::Communication &kept = session().snapshot().communications.at(5);
    const core::Communication *hidden = nullptr;
    for (const core::Communication &c : session().snapshot().communications) {
        if (c.programId != kept.programId) {
            hidden = &c;
            break;
        }
    }
    ASSERT_NE(hidden, nullptr);
    const QPersistentModelIndex keptIndex = proxy.mapFromSource(model.indexOf(kept.id, 2));
    const QPersistentModelIndex hiddenIndex = proxy.mapFromSource(model.indexOf(hidden->id));
    ASSERT_TRUE(keptIndex.isValid());
    ASSERT_TRUE(hiddenIndex.isValid());

    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy removals(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    proxy.setProgramId(kept.programId);
    EXPECT_EQ(layouts.size(), 1);
    EXPECT_EQ(removals.size(), 0);
    EXPECT_EQ(resets.size(), 0);
    ASSERT_TRUE(keptIndex.isValid());
    EXPECT_EQ(keptIndex.column(), 2);
    EXPECT_EQ(model.communicationAt(proxy.mapToSource(keptIndex))->id, kept.id);
    EXPECT_FALSE(hiddenIndex.isValid());

    proxy.setAllowedIds(std::vector<qint64>{hidden->id, kept.id});
    EXPECT_EQ(proxy.rowCount(), 1) << "the other entry is of another program";
    EXPECT_EQ(keptIndex.row(), 0);
    proxy.setProgramId(std::nullopt);
    proxy.setAllowedIds(std::nullopt);
    EXPECT_EQ(proxy.rowCount(), model.rowCount());
    EXPECT_EQ(model.communicationAt(proxy.mapToSource(keptIndex))->id, kept.id);
}

TEST_F(LogModelTest, FindsEveryEntryByIdAfterAnEditAndAfterAMove)
{
    loadDemo();
    LogModel model(session());
    const auto everyIdFound = [&] {
        for (const core::Communication &c : session().snapshot().communications) {
            const core::Communication *shown = model.communicationAt(model.indexOf(c.id));
            if (!shown || shown->id != c.id)
                return false;
        }
        return true;
    };
    ASSERT_TRUE(everyIdFound());

    core::CommunicationRepository repository(session().db());
    const core::Communication first = session().snapshot().communications.first();
    core::Communication edited = first;
    edited.subject = QStringLiteral("A new subject");
    ASSERT_TRUE(repository.update(edited).ok());
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_TRUE(everyIdFound());
    EXPECT_EQ(model.communicationAt(model.indexOf(first.id))->subject,
              QStringLiteral("A new subject"));

    // The first entry moved to the end of the season: every row moves up.
    edited.at = session().snapshot().communications.last().at.addDays(1);
    ASSERT_TRUE(repository.update(edited).ok());
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_TRUE(everyIdFound());
    EXPECT_EQ(model.indexOf(first.id).row(), model.rowCount() - 1);
}

// Saving an entry changes its own cells: the views hear of those cells only,
// so the rows on screen repaint where they changed and the order, the
// selection and every other row stay as they were.
TEST_F(LogModelTest, AnEditAnnouncesTheCellsThatChangedAndNothingElse)
{
    loadDemo();
    LogModel model(session());
    LogFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(LogModel::DateColumn, Qt::DescendingOrder);
    const core::Communication edited = session().snapshot().communications.at(10);
    const QPersistentModelIndex editedRow = proxy.mapFromSource(model.indexOf(edited.id));
    const QPersistentModelIndex otherRow = proxy.index(0, LogModel::SubjectColumn);
    const int shownRow = editedRow.row();
    const QList<QStringList> before = shown(model);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy proxyChanges(&proxy, &QAbstractItemModel::dataChanged);
    core::Communication changed = edited;
    changed.subject = edited.subject + QStringLiteral(" (second thoughts)");
    store(changed);

    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(layouts.size(), 0) << "the date order did not change";
    const std::set<int> differing = differingRows(before, shown(model));
    ASSERT_TRUE(differing.count(model.indexOf(edited.id).row()));
    EXPECT_EQ(announcedRows(changes), differing);
    ASSERT_FALSE(proxyChanges.isEmpty());
    EXPECT_EQ(editedRow.row(), shownRow);
    EXPECT_EQ(proxy.index(shownRow, LogModel::SubjectColumn).data().toString(), changed.subject);
    EXPECT_TRUE(otherRow.isValid());

    // Reading the season again with nothing written announces nothing.
    changes.clear();
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_EQ(resets.size(), 0);
    EXPECT_TRUE(changes.isEmpty());
}

// Sorted by the column that changed, the row moves to its place in one
// layout change, and an index on it follows it there.
TEST_F(LogModelTest, AnEditToTheSortedColumnMovesItsRowInOneLayoutChange)
{
    loadDemo();
    LogModel model(session());
    LogFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(LogModel::SubjectColumn, Qt::AscendingOrder);
    const core::Communication edited = session().snapshot().communications.at(20);
    const QPersistentModelIndex row = proxy.mapFromSource(model.indexOf(edited.id));
    ASSERT_GT(row.row(), 0);

    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    core::Communication changed = edited;
    changed.subject = QStringLiteral("Aardvark research question");
    store(changed);

    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(layouts.size(), 1);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    int before = 0;
    for (const core::Communication &c : session().snapshot().communications)
        before += collator.compare(c.subject, changed.subject) < 0;
    ASSERT_LT(before, 10) << "few subjects come before an aardvark";
    EXPECT_EQ(row.row(), before);
    EXPECT_EQ(proxy.index(before, LogModel::SubjectColumn).data().toString(), changed.subject);
    EXPECT_EQ(model.communicationAt(proxy.mapToSource(row))->id, edited.id);
    for (int r = 1; r < proxy.rowCount(); ++r) {
        ASSERT_LE(collator.compare(proxy.index(r - 1, LogModel::SubjectColumn).data().toString(),
                                   proxy.index(r, LogModel::SubjectColumn).data().toString()),
                  0)
            << "rows " << r - 1 << " and " << r;
    }
}

TEST_F(LogModelTest, AnEditThatNoLongerPassesTheFilterTakesTheRowAway)
{
    loadDemo();
    LogModel model(session());
    LogFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setKind(core::Kind::ThankYou);
    const core::Communication *thanks = firstOfKind(core::Kind::ThankYou);
    ASSERT_NE(thanks, nullptr);
    const int before = proxy.rowCount();
    ASSERT_TRUE(proxy.mapFromSource(model.indexOf(thanks->id)).isValid());

    core::Communication changed = *thanks; // the read it points into goes with the reload
    changed.kind = core::Kind::PostInterviewUpdate;
    store(changed);

    EXPECT_EQ(proxy.rowCount(), before - 1);
    EXPECT_FALSE(proxy.mapFromSource(model.indexOf(changed.id)).isValid());
    for (int r = 0; r < proxy.rowCount(); ++r)
        ASSERT_EQ(proxy.index(r, 0).data(LogModel::KindRole).toInt(),
                  static_cast<int>(core::Kind::ThankYou));
}

TEST_F(LogModelTest, ARenamedProgramRepaintsItsOwnEntries)
{
    loadDemo();
    LogModel model(session());
    const core::Program program = session().snapshot().programs.at(3);
    const QList<QStringList> before = shown(model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    core::Program renamed = program;
    renamed.name = program.name + QStringLiteral(" Medical Center");
    ASSERT_TRUE(core::ProgramRepository(session().db()).update(renamed).ok());
    ASSERT_TRUE(session().reloadNow().ok());

    EXPECT_EQ(resets.size(), 0);
    std::set<int> ofProgram;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.communicationAt(row).programId == program.id)
            ofProgram.insert(row);
    }
    ASSERT_FALSE(ofProgram.empty());
    EXPECT_EQ(differingRows(before, shown(model)), ofProgram);
    EXPECT_EQ(announcedRows(changes), ofProgram);
    for (int row : ofProgram)
        EXPECT_EQ(model.index(row, LogModel::ProgramColumn).data().toString(), renamed.name);
}

// A backup restored is another file: what the rows were read as says
// nothing about it, so the model reads it whole.
TEST_F(LogModelTest, ARestoredBackupIsReadWhole)
{
    loadDemo();
    LogModel model(session());
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    ASSERT_TRUE(
        core::Backup::create(session().db(), backup, core::PartialFile::Existing::Replace).ok());
    const core::Communication first = session().snapshot().communications.first();
    core::Communication changed = first;
    changed.subject = QStringLiteral("Written after the backup");
    store(changed);
    ASSERT_EQ(model.communicationAt(model.indexOf(first.id))->subject, changed.subject);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    ASSERT_TRUE(session()
                    .replaceDatabase([&](const QString &path) -> core::Status {
                        auto restored = core::Backup::restore(backup, path, clock.now());
                        if (!restored)
                            return restored.error();
                        return {};
                    })
                    .ok());
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_EQ(resets.size(), 1);
    EXPECT_EQ(model.communicationAt(model.indexOf(first.id))->subject, first.subject);
}

// Collating 29,000 subjects takes a frame and more: after a refresh the
// name and subject columns are collated away from the window's thread, and
// their keys are those the window would have made itself.
TEST_F(LogModelTest, NamesAndSubjectsAreCollatedInTheBackgroundAfterARefresh)
{
    loadDemo();
    LogModel model(session());
    const auto madeInTheBackground = [&] {
        return QTest::qWaitFor([&] {
            return model.sortKeysMade(LogModel::SubjectColumn) &&
                   model.sortKeysMade(LogModel::ProgramColumn) &&
                   model.sortKeysMade(LogModel::ContactColumn);
        });
    };
    const auto sameAsMadeHere = [&] {
        const LogModel here(session());
        for (const int column :
             {LogModel::SubjectColumn, LogModel::ProgramColumn, LogModel::ContactColumn}) {
            if (model.sortKeys(column) != here.sortKeys(column))
                return false;
        }
        return true;
    };
    ASSERT_TRUE(madeInTheBackground());
    EXPECT_FALSE(model.sortKeysMade(LogModel::DateColumn)) << "cheap: made when asked";
    EXPECT_TRUE(sameAsMadeHere());

    core::Communication changed = session().snapshot().communications.at(7);
    changed.subject = QStringLiteral("Aardvark research question");
    store(changed);
    EXPECT_FALSE(model.sortKeysMade(LogModel::SubjectColumn)) << "a subject changed";
    ASSERT_TRUE(madeInTheBackground());
    EXPECT_TRUE(sameAsMadeHere());
}
