#include "widgets/FindingsPanel.h"
#include "models/FindingsModel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QTest>

#include <gtest/gtest.h>

using rapport::core::Finding;
using rapport::core::Severity;
using rapport::ui::FindingsModel;
using rapport::ui::FindingsPanel;

namespace {

Finding finding(const char *rule, Severity severity, const char *message = "A message")
{
    Finding f;
    f.rule = QString::fromLatin1(rule);
    f.severity = severity;
    f.setMessage(QString::fromLatin1(message));
    f.guidance = QStringLiteral("The guidance behind it, long enough to wrap onto a second line "
                                "in a narrow panel so that the row grows to fit it.");
    return f;
}

} // namespace

TEST(FindingsModel, PassesTheModelTesterThroughResets)
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFindings({finding("content.length", Severity::Info),
                       finding("content.rank_inquiry", Severity::Violation, "Asks about rank")});
    ASSERT_EQ(model.rowCount(), 2);
    const QModelIndex second = model.index(1, 0);
    EXPECT_EQ(second.data().toString(), "Asks about rank");
    EXPECT_EQ(second.data(FindingsModel::RuleRole).toString(), "content.rank_inquiry");
    EXPECT_EQ(second.data(FindingsModel::SeverityRole).toInt(),
              static_cast<int>(Severity::Violation));
    EXPECT_FALSE(second.data(FindingsModel::GuidanceRole).toString().isEmpty());
    EXPECT_FALSE(second.data(Qt::DecorationRole).isNull());
    EXPECT_EQ(model.indexOf("content.rank_inquiry"), second);
    EXPECT_FALSE(model.indexOf("quota.thank_you").isValid());
    EXPECT_EQ(model.findingAt(second).rule, "content.rank_inquiry");
    EXPECT_EQ(model.count(Severity::Info), 1);
    model.setFindings({});
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.rules().isEmpty());
}

TEST(FindingsPanel, SortsBySeveritySummarisesAndShowsAnEmptyState)
{
    FindingsPanel panel;
    panel.resize(320, 400);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *empty = panel.findChild<QLabel *>(QStringLiteral("findingsEmpty"));
    auto *list = panel.findChild<QListView *>(QStringLiteral("findingsList"));
    ASSERT_NE(empty, nullptr);
    ASSERT_NE(list, nullptr);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_EQ(empty->text(),
              QString::fromUtf8("No findings — this message keeps to the guidance."));

    panel.setFindings({finding("timing.min_gap", Severity::Warning),
                       finding("content.length", Severity::Info),
                       finding("content.rank_inquiry", Severity::Violation),
                       finding("quota.pre_interview", Severity::Warning)});
    EXPECT_EQ(panel.rules(), (QStringList{"content.rank_inquiry", "timing.min_gap",
                                          "quota.pre_interview", "content.length"}));
    EXPECT_EQ(panel.summaryText(), "1 violation, 2 warnings, 1 note");
    EXPECT_TRUE(list->isVisible());
    EXPECT_FALSE(empty->isVisible());
    // Guidance wraps: a row is taller than two lines of text.
    EXPECT_GT(list->visualRect(panel.model()->index(0, 0)).height(),
              2 * list->fontMetrics().height());

    panel.setFindings({});
    EXPECT_TRUE(empty->isVisible());
    EXPECT_TRUE(panel.rules().isEmpty());
}

TEST(FindingsPanel, CountsAProgramsMisconductApartFromTheApplicantsViolations)
{
    FindingsPanel panel;
    panel.setFindings({finding("incoming.rank_request", Severity::Violation),
                       finding("incoming.requires_communication", Severity::Warning),
                       finding("incoming.strong_interest", Severity::Info)});
    EXPECT_EQ(panel.summaryText(), "2 concerns about the program's conduct, 1 note");
    const QModelIndex first = panel.model()->index(0, 0);
    EXPECT_EQ(first.data(FindingsModel::SeverityLabelRole).toString(), "Program's conduct");
    EXPECT_FALSE(first.data(Qt::AccessibleTextRole).toString().contains("Violation"));

    panel.setFindings({finding("content.rank_inquiry", Severity::Violation),
                       finding("match.outside_contract", Severity::Violation)});
    EXPECT_EQ(panel.summaryText(), "1 concern about the program's conduct, 1 violation");
}

TEST(FindingsPanel, RowsShowTheRulesTitleAndKeepTheIdInTheTooltip)
{
    FindingsPanel panel;
    panel.resize(320, 400);
    panel.setFindings({finding("content.rank_inquiry", Severity::Violation, "Asks about rank")});
    const QModelIndex row = panel.model()->index(0, 0);
    EXPECT_TRUE(row.data(FindingsModel::TitleRole).toString().isEmpty()) << "no titles yet";
    auto *list = panel.findChild<QListView *>(QStringLiteral("findingsList"));
    const int untitled = list->sizeHintForIndex(row).height();

    panel.setRuleTitles([](const QString &rule) {
        return rule == QLatin1String("content.rank_inquiry") ? QStringLiteral("Asking about rank")
                                                             : rule;
    });
    EXPECT_EQ(row.data(FindingsModel::TitleRole).toString(), "Asking about rank");
    EXPECT_GT(list->sizeHintForIndex(row).height(), untitled) << "the title takes a line";
    EXPECT_EQ(row.data(Qt::ToolTipRole).toString(), "Rule: content.rank_inquiry");
    // A rule without a title shows none, rather than its id.
    panel.setFindings({finding("content.length", Severity::Info)});
    EXPECT_TRUE(panel.model()->index(0, 0).data(FindingsModel::TitleRole).toString().isEmpty());
}

TEST(FindingsPanel, ARowKeepsItsHeightWhenTheListGrowsAScrollBar)
{
    FindingsPanel panel;
    panel.resize(320, 560);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    auto *list = panel.findChild<QListView *>(QStringLiteral("findingsList"));
    ASSERT_NE(list, nullptr);
    QString told;
    for (int i = 1; i <= 5; ++i)
        told +=
            QStringLiteral("Lakeside University Otolaryngology (Site %1) on 2027-02-03; ").arg(i);
    Finding topChoice = finding("season.top_choice", Severity::Violation);
    topChoice.setMessage(QStringLiteral("Northgate is the 6th program told it is your top choice "
                                        "(before: %1); the maximum is 1")
                             .arg(told));

    panel.setFindings({topChoice});
    QCoreApplication::processEvents();
    ASSERT_FALSE(list->verticalScrollBar()->isVisible());
    const int alone = list->visualRect(panel.model()->index(0, 0)).height();
    EXPECT_GT(alone, 6 * list->fontMetrics().height()) << "the whole message is shown";

    QList<Finding> many{topChoice};
    for (int i = 0; i < 20; ++i)
        many << finding("content.length", Severity::Info);
    panel.setFindings(many);
    QCoreApplication::processEvents();
    ASSERT_TRUE(list->verticalScrollBar()->isVisible());
    EXPECT_EQ(list->visualRect(panel.model()->index(0, 0)).height(), alone);
}

TEST(FindingsPanel, ALineBreakInAFindingStartsANewLine)
{
    FindingsPanel panel;
    panel.resize(320, 400);
    auto *list = panel.findChild<QListView *>(QStringLiteral("findingsList"));
    ASSERT_NE(list, nullptr);
    Finding oneLine = finding("content.length", Severity::Info, "Short. Plain.");
    oneLine.guidance.clear();
    panel.setFindings({oneLine});
    const int single = list->sizeHintForIndex(panel.model()->index(0, 0)).height();

    Finding twoLines = oneLine;
    twoLines.setMessage(QStringLiteral("Short.\nPlain."));
    panel.setFindings({twoLines});
    EXPECT_EQ(list->sizeHintForIndex(panel.model()->index(0, 0)).height(),
              single + list->fontMetrics().lineSpacing());
}
