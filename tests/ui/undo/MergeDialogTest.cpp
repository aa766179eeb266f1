// The dialog that picks the record to keep says what moves as one is chosen.

#include "dialogs/MergeDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace rapport::test {
namespace {

TEST(MergeDialog, ShowsWhatMovesForTheChosenOneAndFindsByName)
{
    ui::MergeChoice choice;
    choice.title = QStringLiteral("Merge Riverside ENT Into…");
    choice.question = QStringLiteral("Which program is “Riverside ENT” the same as?");
    choice.candidates = {{7, QStringLiteral("Lakeside University")},
                         {9, QStringLiteral("Riverside University")}};
    choice.outcome = [](qint64 keep) {
        return QStringLiteral("Everything moves to %1").arg(keep);
    };
    ui::MergeDialog dialog(choice);
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("mergeCandidates"));
    auto *outcome = dialog.findChild<QLabel *>(QStringLiteral("mergeOutcome"));
    auto *merge = dialog.findChild<QPushButton *>(QStringLiteral("mergeAccept"));
    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("mergeFilter"));
    ASSERT_TRUE(list && outcome && merge && filter);
    EXPECT_EQ(dialog.chosen(), 0);
    EXPECT_FALSE(merge->isEnabled()) << "nothing chosen yet";

    QTest::keyClicks(filter, QStringLiteral("river"));
    EXPECT_TRUE(list->item(0)->isHidden());
    EXPECT_FALSE(list->item(1)->isHidden());
    list->setCurrentRow(1);
    EXPECT_EQ(dialog.chosen(), 9);
    EXPECT_EQ(outcome->text(), QStringLiteral("Everything moves to 9"));
    EXPECT_TRUE(merge->isEnabled());

    // A choice the filter hides is no choice.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("lake"));
    EXPECT_EQ(dialog.chosen(), 0);
    EXPECT_FALSE(merge->isEnabled());
}

} // namespace
} // namespace rapport::test
