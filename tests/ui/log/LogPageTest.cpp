#include "UiFixture.h"

#include "models/LogFilterProxy.h"
#include "models/LogModel.h"
#include "pages/LogPage.h"
#include "rules/RuleEngine.h"
#include "storage/CommunicationRepository.h"
#include "storage/ProgramRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <functional>

using rapport::test::UiFixture;
using rapport::ui::LogModel;
using rapport::ui::LogPage;
namespace core = rapport::core;

class LogPageTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        loadDemo();
        page = std::make_unique<LogPage>(session(), prompter);
        page->resize(1300, 800);
        search = page->findChild<QLineEdit *>(QStringLiteral("logSearch"));
        table = page->findChild<QTableView *>(QStringLiteral("logTable"));
        ASSERT_NE(search, nullptr);
        ASSERT_NE(table, nullptr);
    }

    int rows() const { return table->model()->rowCount(); }
    int total() { return static_cast<int>(session().snapshot().communications.size()); }
    int countWhere(const std::function<bool(const core::Communication &)> &pred)
    {
        return static_cast<int>(std::count_if(session().snapshot().communications.cbegin(),
                                              session().snapshot().communications.cend(), pred));
    }
    // Every visible row satisfies pred.
    bool allRows(const std::function<bool(const core::Communication &)> &pred) const
    {
        for (int r = 0; r < rows(); ++r) {
            const auto *c = page->model()->communicationAt(
                page->proxy()->mapToSource(table->model()->index(r, 0)));
            if (!c || !pred(*c))
                return false;
        }
        return true;
    }
    template <typename T> T *child(const char *name) const
    {
        return page->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<LogPage> page;
    QLineEdit *search = nullptr;
    QTableView *table = nullptr;
};

TEST_F(LogPageTest, SearchAsYouTypeNarrowsToTheMatchingMessages)
{
    ASSERT_EQ(rows(), total());
    const QRegularExpression word(QStringLiteral("\\bsponsorship"),
                                  QRegularExpression::CaseInsensitiveOption);
    const int expected = countWhere([&](const core::Communication &c) {
        return word.match(c.subject).hasMatch() || word.match(c.body).hasMatch();
    });
    ASSERT_GT(expected, 0);
    ASSERT_LT(expected, total());

    page->focusSearch();
    EXPECT_TRUE(search->hasFocus() || !page->isVisible());
    QTest::keyClicks(search, QStringLiteral("sponsorship"));
    page->flushSearch();
    EXPECT_EQ(rows(), expected);
    EXPECT_EQ(child<QLabel>("logCount")->text(),
              QStringLiteral("Filtered: %1 of %2 messages").arg(expected).arg(total()));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("xylophone"));
    page->flushSearch();
    EXPECT_EQ(rows(), 0);

    // Without the flush the table still follows once typing pauses.
    search->clear();
    ASSERT_TRUE(QTest::qWaitFor([&] { return rows() == total(); }))
        << "clearing the search did not bring every row back";
}

TEST_F(LogPageTest, ASortedSearchShowsTheMatchesInOrderAndClearingBringsAllBack)
{
    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    auto found = core::CommunicationRepository(session().db()).matchingIds(QStringLiteral("thank"));
    ASSERT_TRUE(found);
    const QSet<qint64> matches(found->cbegin(), found->cend());
    ASSERT_GT(matches.size(), 1);
    ASSERT_LT(matches.size(), total());

    QTest::keyClicks(search, QStringLiteral("thank"));
    page->flushSearch();
    ASSERT_EQ(rows(), matches.size());
    EXPECT_TRUE(allRows([&](const core::Communication &c) { return matches.contains(c.id); }));

    // A click on the Program header, as the user sorts.
    QHeaderView *header = table->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(LogModel::ProgramColumn) + 10,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    ASSERT_EQ(header->sortIndicatorSection(), LogModel::ProgramColumn);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto inProgramOrder = [&] {
        const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
        for (int r = 1; r < rows(); ++r) {
            const QString a =
                table->model()->index(r - 1, LogModel::ProgramColumn).data().toString();
            const QString b = table->model()->index(r, LogModel::ProgramColumn).data().toString();
            const int c = collator.compare(a, b);
            if (ascending ? c > 0 : c < 0)
                return false;
        }
        return true;
    };
    EXPECT_EQ(rows(), matches.size());
    EXPECT_TRUE(allRows([&](const core::Communication &c) { return matches.contains(c.id); }));
    EXPECT_TRUE(inProgramOrder());
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    EXPECT_TRUE(inProgramOrder()) << "the other way round";

    search->clear();
    page->flushSearch();
    EXPECT_EQ(rows(), total());
    EXPECT_TRUE(inProgramOrder());
    EXPECT_EQ(child<QLabel>("logCount")->text(), QStringLiteral("%1 of %1 messages").arg(total()));
}

TEST_F(LogPageTest, TheSelectionFollowsItsEntryThroughSortsAndFilters)
{
    const core::Communication entry = session().snapshot().communications.at(10);
    page->selectCommunication(entry.id);
    ASSERT_EQ(page->selectedIds(), QList<qint64>{entry.id});
    table->sortByColumn(LogModel::SubjectColumn, Qt::AscendingOrder);
    EXPECT_EQ(page->selectedIds(), QList<qint64>{entry.id});
    auto *combo = child<QComboBox>("logProgram");
    combo->setCurrentIndex(combo->findData(entry.programId));
    EXPECT_EQ(page->selectedIds(), QList<qint64>{entry.id});
    EXPECT_EQ(page->model()->communicationAt(page->proxy()->mapToSource(table->currentIndex())),
              page->model()->communicationAt(page->model()->indexOf(entry.id)));

    // Filtered out: nothing is selected, nothing else either.
    auto *direction = child<QComboBox>("logDirection");
    const core::Direction other = entry.direction == core::Direction::Incoming
                                      ? core::Direction::Outgoing
                                      : core::Direction::Incoming;
    direction->setCurrentIndex(direction->findData(static_cast<int>(other)));
    EXPECT_EQ(page->selectedIds(), QList<qint64>());
}

TEST_F(LogPageTest, ColumnWidthsSurviveAFilterThatHidesTheFirstRow)
{
    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    QHeaderView *header = table->horizontalHeader();
    header->resizeSection(LogModel::ProgramColumn, 333);
    const int subject = header->sectionSize(LogModel::SubjectColumn);
    const auto *first =
        page->model()->communicationAt(page->proxy()->mapToSource(table->model()->index(0, 0)));
    ASSERT_NE(first, nullptr);
    auto *combo = child<QComboBox>("logProgram");
    for (int i = 1; i < combo->count(); ++i) {
        if (combo->itemData(i).toLongLong() != first->programId) {
            combo->setCurrentIndex(i);
            break;
        }
    }
    ASSERT_LT(rows(), total());
    EXPECT_EQ(header->sectionSize(LogModel::ProgramColumn), 333);
    EXPECT_EQ(header->sectionSize(LogModel::SubjectColumn), subject) << "still stretched";
    EXPECT_EQ(header->sectionResizeMode(LogModel::SubjectColumn), QHeaderView::Stretch);
}

TEST_F(LogPageTest, ProgramFilter)
{
    auto *combo = child<QComboBox>("logProgram");
    const core::Program &program = session().snapshot().programs.at(3);
    combo->setCurrentIndex(combo->findData(program.id));
    const int expected =
        countWhere([&](const core::Communication &c) { return c.programId == program.id; });
    ASSERT_GT(expected, 0);
    EXPECT_EQ(rows(), expected);
    EXPECT_TRUE(allRows([&](const core::Communication &c) { return c.programId == program.id; }));
    combo->setCurrentIndex(0);
    EXPECT_EQ(rows(), total());
}

TEST_F(LogPageTest, DateRangeIsInclusiveAtBothEnds)
{
    const auto &all = session().snapshot().communications;
    const QDate from = all.at(all.size() / 4).at.date();
    const QDate to = all.at(all.size() / 2).at.date();
    child<QDateEdit>("logFrom")->setDate(from);
    child<QDateEdit>("logTo")->setDate(to);
    const auto inRange = [&](const core::Communication &c) {
        return c.at.date() >= from && c.at.date() <= to;
    };
    EXPECT_EQ(rows(), countWhere(inRange));
    EXPECT_TRUE(allRows(inRange));
    EXPECT_FALSE(allRows([&](const core::Communication &c) { return c.at.date() != from; }))
        << "messages on the first day are in";
    EXPECT_FALSE(allRows([&](const core::Communication &c) { return c.at.date() != to; }))
        << "messages on the last day are in";

    // A single day.
    child<QDateEdit>("logTo")->setDate(from);
    EXPECT_EQ(rows(),
              countWhere([&](const core::Communication &c) { return c.at.date() == from; }));

    // "Any date" at the lowest value of each edit.
    child<QDateEdit>("logFrom")->setDate(child<QDateEdit>("logFrom")->minimumDate());
    child<QDateEdit>("logTo")->setDate(child<QDateEdit>("logTo")->minimumDate());
    EXPECT_EQ(child<QDateEdit>("logFrom")->text(), QStringLiteral("Any date"));
    EXPECT_EQ(rows(), total());
}

TEST_F(LogPageTest, DirectionAndKindFilters)
{
    auto *direction = child<QComboBox>("logDirection");
    direction->setCurrentIndex(direction->findData(static_cast<int>(core::Direction::Incoming)));
    const auto incoming = [](const core::Communication &c) {
        return c.direction == core::Direction::Incoming;
    };
    EXPECT_EQ(rows(), countWhere(incoming));
    EXPECT_TRUE(allRows(incoming));

    auto *kind = child<QComboBox>("logKind");
    direction->setCurrentIndex(0);
    kind->setCurrentIndex(kind->findData(static_cast<int>(core::Kind::ThankYou)));
    const auto thanks = [](const core::Communication &c) {
        return c.kind == core::Kind::ThankYou;
    };
    ASSERT_GT(countWhere(thanks), 0);
    EXPECT_EQ(rows(), countWhere(thanks));
    EXPECT_TRUE(allRows(thanks));
}

TEST_F(LogPageTest, HasFindingsFilter)
{
    QSet<qint64> withFindings;
    for (const core::Finding &f : session().engine().checkSeason()) {
        if (f.communicationId())
            withFindings.insert(*f.communicationId());
    }
    ASSERT_FALSE(withFindings.isEmpty());
    child<QCheckBox>("logFindingsOnly")->setChecked(true);
    EXPECT_EQ(rows(), withFindings.size());
    EXPECT_TRUE(allRows([&](const core::Communication &c) { return withFindings.contains(c.id); }));
}

TEST_F(LogPageTest, DeleteAsksThenRemoves)
{
    // The Del shortcut needs an active window.
    page->show();
    QApplication::setActiveWindow(page.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(page.get()));
    table->setFocus();
    table->selectRow(0);
    const qint64 id = page->selectedIds().value(0);
    ASSERT_GT(id, 0);

    prompter.deleteAnswer = false;
    QTest::keyClick(table, Qt::Key_Delete);
    ASSERT_EQ(prompter.deletions.size(), 1);
    EXPECT_EQ(rows(), total());
    EXPECT_TRUE(core::CommunicationRepository(session().db()).get(id).ok());

    prompter.deleteAnswer = true;
    const int before = rows();
    QTest::mouseClick(child<QPushButton>("logDelete"), Qt::LeftButton);
    EXPECT_EQ(prompter.deletions.size(), 2);
    settle();
    EXPECT_EQ(rows(), before - 1);
    EXPECT_FALSE(core::CommunicationRepository(session().db()).get(id).ok());
    EXPECT_FALSE(page->model()->indexOf(id).isValid());
}

TEST_F(LogPageTest, EnterOpensTheEntry)
{
    QSignalSpy requested(page.get(), &LogPage::communicationRequested);
    table->setFocus();
    table->selectRow(2);
    const qint64 id = page->selectedIds().value(0);
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.first().first().toLongLong(), id);

    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    const QModelIndex fifth = table->model()->index(4, LogModel::SubjectColumn);
    const QPoint at = table->visualRect(fifth).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    ASSERT_EQ(requested.size(), 2);
    EXPECT_EQ(requested.last().first().toLongLong(), page->selectedIds().value(0));
    EXPECT_NE(requested.last().first().toLongLong(), id);
}

TEST_F(LogPageTest, SelectionSurvivesAReload)
{
    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    table->selectRow(7);
    const qint64 id = page->selectedIds().value(0);
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_EQ(page->selectedIds(), QList<qint64>{id});
}

TEST_F(LogPageTest, AReloadKeepsEverySelectedEntryAndTheCurrentOne)
{
    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    table->sortByColumn(LogModel::SubjectColumn, Qt::AscendingOrder);
    const auto rowsBetween = [&](int first, int last) {
        return QItemSelection(table->model()->index(first, 0),
                              table->model()->index(last, LogModel::ColumnCount - 1));
    };
    QItemSelectionModel *selection = table->selectionModel();
    selection->select(rowsBetween(3, 6), QItemSelectionModel::ClearAndSelect);
    selection->select(rowsBetween(9, 9), QItemSelectionModel::Select);
    selection->setCurrentIndex(table->model()->index(4, 0), QItemSelectionModel::NoUpdate);
    QList<qint64> selected = page->selectedIds();
    ASSERT_EQ(selected.size(), 5);
    const qint64 current = selected.at(1);
    const auto idAt = [&](const QModelIndex &index) {
        const auto *c = page->model()->communicationAt(page->proxy()->mapToSource(index));
        return c ? c->id : 0;
    };
    ASSERT_EQ(idAt(table->currentIndex()), current);

    // The rows move: an entry above goes, and so does one of the selection.
    core::CommunicationRepository repository(session().db());
    ASSERT_TRUE(repository.remove(idAt(table->model()->index(0, 0))).ok());
    ASSERT_TRUE(repository.remove(selected.takeLast()).ok());
    ASSERT_TRUE(session().reload().ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !session().isUpdating(); }));
    ASSERT_EQ(rows(), total());
    EXPECT_EQ(page->selectedIds(), selected);
    EXPECT_EQ(idAt(table->currentIndex()), current);
}

TEST_F(LogPageTest, TheProgramListFollowsARenameAndKeepsTheChoice)
{
    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    auto *combo = child<QComboBox>("logProgram");
    const int programs = combo->count();
    core::Program program = session().snapshot().programs.at(2);
    combo->setCurrentIndex(combo->findData(program.id));
    const int filtered = rows();
    ASSERT_LT(filtered, total());

    ASSERT_TRUE(session().reload().ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !session().isUpdating(); }));
    EXPECT_EQ(combo->currentData().toLongLong(), program.id);
    EXPECT_EQ(rows(), filtered);

    program.name = QStringLiteral("Zzyzx Regional Medical Center");
    ASSERT_TRUE(core::ProgramRepository(session().db()).update(program).ok());
    ASSERT_TRUE(session().reload().ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !session().isUpdating(); }));
    EXPECT_EQ(combo->count(), programs);
    EXPECT_EQ(combo->itemText(combo->count() - 1), program.name) << "sorted by the new name";
    EXPECT_EQ(combo->currentData().toLongLong(), program.id);
    EXPECT_EQ(rows(), filtered);
}

TEST_F(LogPageTest, AHiddenLogCatchesUpWhenShown)
{
    const core::Communication first = session().snapshot().communications.first();
    ASSERT_TRUE(core::CommunicationRepository(session().db()).remove(first.id).ok());
    ASSERT_TRUE(session().reloadNow().ok());
    EXPECT_TRUE(page->model()->indexOf(first.id).isValid()) << "hidden: not refreshed yet";
    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    EXPECT_FALSE(page->model()->indexOf(first.id).isValid());
    EXPECT_EQ(rows(), total());
}

TEST_F(LogPageTest, FiltersAndColumnsSurviveARestart)
{
    const QString path = QDir::temp().filePath(
        QStringLiteral("rapport-logpage-%1.ini").arg(QCoreApplication::applicationPid()));
    QFile::remove(path);
    const core::Program &program = session().snapshot().programs.at(1);
    {
        auto *combo = child<QComboBox>("logProgram");
        combo->setCurrentIndex(combo->findData(program.id));
        auto *kind = child<QComboBox>("logKind");
        kind->setCurrentIndex(kind->findData(static_cast<int>(core::Kind::PreInterviewInterest)));
        child<QCheckBox>("logFindingsOnly")->setChecked(true);
        table->horizontalHeader()->resizeSection(LogModel::ProgramColumn, 333);
        QSettings settings(path, QSettings::IniFormat);
        page->saveState(settings);
    }
    const int filtered = rows();
    LogPage again(session(), prompter);
    QSettings settings(path, QSettings::IniFormat);
    again.restoreState(settings);
    EXPECT_EQ(again.proxy()->programId(), program.id);
    EXPECT_EQ(again.proxy()->kind(), core::Kind::PreInterviewInterest);
    EXPECT_TRUE(again.proxy()->findingsOnly());
    EXPECT_EQ(again.proxy()->rowCount(), filtered);
    EXPECT_EQ(again.table()->horizontalHeader()->sectionSize(LogModel::ProgramColumn), 333);
    QFile::remove(path);
}
