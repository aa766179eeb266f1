#include "IoFixture.h"

#include "Labels.h"
#include "dialogs/ImportProgramsDialog.h"
#include "models/ImportPreviewModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

using rapport::test::IoFixture;
using rapport::test::testData;
using rapport::ui::ImportPreviewModel;
using rapport::ui::ImportProgramsDialog;
namespace core = rapport::core;

namespace {

QString label(const QWidget &dialog, const char *name)
{
    auto *l = dialog.findChild<QLabel *>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("(no %1)").arg(QLatin1String(name));
}

QPushButton *importButton(const QWidget &dialog)
{
    return dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
}

} // namespace

class ImportProgramsDialogTest : public IoFixture
{
protected:
    qsizetype storedPrograms()
    {
        settle();
        return session().snapshot().programs.size();
    }
};

TEST_F(ImportProgramsDialogTest, PreviewsEveryRowWithBadOnesAtTheirLine)
{
    ImportProgramsDialog dialog(session(), prompter, files);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(dialog.openFile(testData(QStringLiteral("csv/programs-broken.csv"))));

    ImportPreviewModel *model = dialog.model();
    ASSERT_EQ(model->rowCount(), 10);
    EXPECT_EQ(label(dialog, "importCounts"), QStringLiteral("4 good rows, 6 with problems."));

    const QModelIndex sierra = model->indexOfLine(8, ImportPreviewModel::OutcomeColumn);
    ASSERT_TRUE(sierra.isValid());
    EXPECT_TRUE(sierra.data().toString().startsWith(
        QStringLiteral("line 8: interview date \"13/45/2026\" is not a date")));
    EXPECT_EQ(sierra.data(Qt::ForegroundRole).value<QColor>(),
              rapport::ui::labels::severityColor(core::Severity::Violation));
    EXPECT_EQ(dialog.view()->columnSpan(sierra.row(), ImportPreviewModel::OutcomeColumn),
              model->columnCount() - ImportPreviewModel::OutcomeColumn)
        << "the message spans the field columns";

    const QModelIndex firstRow = model->indexOfLine(2, ImportPreviewModel::OutcomeColumn);
    EXPECT_EQ(firstRow.data().toString(), QStringLiteral("New"));
    const int city = model->columnOf(core::ProgramColumn::City);
    ASSERT_GE(city, 0);
    EXPECT_EQ(model->index(firstRow.row(), city).data().toString(), QStringLiteral("Pittsburgh"));
    EXPECT_EQ(model->headerData(city, Qt::Horizontal).toString(), QStringLiteral("City"));
    EXPECT_EQ(storedPrograms(), 0) << "nothing is written by the preview";
}

TEST_F(ImportProgramsDialogTest, RemappingAColumnReadsTheRowsAgain)
{
    ImportProgramsDialog dialog(session(), prompter, files);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(dialog.openFile(testData(QStringLiteral("csv/programs-synonyms.csv"))));
    ImportPreviewModel *model = dialog.model();
    EXPECT_EQ(label(dialog, "ignoredColumns"), QStringLiteral("Ignored: Unrelated Column"));
    const int notes = model->columnOf(core::ProgramColumn::Notes);
    ASSERT_GE(notes, 0);
    EXPECT_EQ(model->index(0, notes).data().toString(), QStringLiteral("Moved to the 21st"));

    // "Comments" (the 11th column) is really a note about the policy.
    QComboBox *comments = dialog.mappingCombo(10);
    ASSERT_NE(comments, nullptr);
    EXPECT_EQ(comments->currentData().toInt(), int(core::ProgramColumn::Notes));
    comments->setCurrentIndex(comments->findData(int(core::ProgramColumn::PolicyNote)));
    EXPECT_EQ(model->columnOf(core::ProgramColumn::Notes), -1);
    const int policyNote = model->columnOf(core::ProgramColumn::PolicyNote);
    ASSERT_GE(policyNote, 0);
    EXPECT_EQ(model->index(0, policyNote).data().toString(), QStringLiteral("Moved to the 21st"));
    EXPECT_EQ(model->headerData(policyNote, Qt::Horizontal).toString(),
              QStringLiteral("Policy note"));

    // Giving the program name to another column takes it from the first,
    // whose combo then says it is ignored.
    QComboBox *unrelated = dialog.mappingCombo(12);
    unrelated->setCurrentIndex(unrelated->findData(int(core::ProgramColumn::Name)));
    EXPECT_EQ(dialog.mappingCombo(0)->currentData().toInt(), -1);
    const int name = model->columnOf(core::ProgramColumn::Name);
    EXPECT_EQ(model->index(0, name).data().toString(), QStringLiteral("ignored"));

    // No name at all: nothing can be imported, and the dialog says why.
    unrelated->setCurrentIndex(0);
    EXPECT_FALSE(importButton(dialog)->isEnabled());
    EXPECT_TRUE(label(dialog, "importBlocker").contains(QStringLiteral("program name")));
    EXPECT_EQ(storedPrograms(), 0);
}

TEST_F(ImportProgramsDialogTest, ImportsTheGoodRowsAndUpdatesOnReimport)
{
    const QString file = testData(QStringLiteral("csv/programs-broken.csv"));
    {
        ImportProgramsDialog dialog(session(), prompter, files);
        ASSERT_TRUE(dialog.openFile(file));
        EXPECT_EQ(importButton(dialog)->text(), QStringLiteral("&Import 4 programs"));
        EXPECT_EQ(storedPrograms(), 0);
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        ASSERT_TRUE(dialog.summary().has_value());
        EXPECT_EQ(dialog.summary()->added, 4);
        EXPECT_EQ(dialog.summary()->problems.size(), 6);
        EXPECT_TRUE(label(dialog, "importSummary").contains(QStringLiteral("4 programs added")));
        EXPECT_TRUE(label(dialog, "importSummary").contains(QStringLiteral("line 9:")));
    }
    EXPECT_EQ(storedPrograms(), 4) << "the session was reloaded";

    ImportProgramsDialog again(session(), prompter, files);
    ASSERT_TRUE(again.openFile(file));
    EXPECT_EQ(label(again, "importCounts"),
              QStringLiteral("4 good rows, 6 with problems; 4 will update existing programs."));
    EXPECT_EQ(again.model()->indexOfLine(2, ImportPreviewModel::OutcomeColumn).data().toString(),
              QStringLiteral("Update"));
    QTest::mouseClick(importButton(again), Qt::LeftButton);
    ASSERT_TRUE(again.summary().has_value());
    EXPECT_EQ(again.summary()->added, 0);
    EXPECT_EQ(again.summary()->updated, 4);
    EXPECT_EQ(storedPrograms(), 4) << "re-import updates instead of duplicating";
    EXPECT_TRUE(prompter.errors.isEmpty()) << prompter.errors.join(QLatin1Char('\n')).toStdString();
}

TEST_F(ImportProgramsDialogTest, AllOrNothingRefusesAFileWithBadRows)
{
    ImportProgramsDialog dialog(session(), prompter, files);
    ASSERT_TRUE(dialog.openFile(testData(QStringLiteral("csv/programs-broken.csv"))));
    auto *strict = dialog.findChild<QRadioButton *>(QStringLiteral("modeAllOrNothing"));
    ASSERT_NE(strict, nullptr);
    QTest::mouseClick(strict, Qt::LeftButton);
    EXPECT_EQ(dialog.mode(), core::ImportMode::AllOrNothing);
    EXPECT_FALSE(importButton(dialog)->isEnabled());
    EXPECT_TRUE(label(dialog, "importBlocker").startsWith(QStringLiteral("6 rows have problems")));
    EXPECT_FALSE(dialog.import());
    EXPECT_EQ(storedPrograms(), 0);

    ASSERT_TRUE(dialog.openFile(testData(QStringLiteral("csv/programs-rfc4180.csv"))));
    EXPECT_TRUE(importButton(dialog)->isEnabled()) << "every row of this file is good";
    EXPECT_TRUE(dialog.import());
    EXPECT_EQ(storedPrograms(), dialog.summary()->added);
}

TEST_F(ImportProgramsDialogTest, AnUnreadableFileIsReportedAndNothingChanges)
{
    ImportProgramsDialog dialog(session(), prompter, files);
    EXPECT_FALSE(dialog.openFile(out.filePath(QStringLiteral("missing.csv"))));
    ASSERT_EQ(prompter.errors.size(), 1);
    EXPECT_TRUE(prompter.errors.first().contains(QStringLiteral("missing.csv")));
    EXPECT_FALSE(importButton(dialog)->isEnabled());
}
