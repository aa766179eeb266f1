// What the window says about findings: rule titles and plain words, never
// rule ids; a program's misconduct as the program's, never the applicant's.

#include "ComposeFixture.h"

#include "dialogs/CommunicationDialog.h"
#include "dialogs/ComposeDialog.h"
#include "dialogs/ConfirmFindingsDialog.h"
#include "models/DashboardRows.h"
#include "models/DashboardSummary.h"
#include "models/FindingsModel.h"
#include "models/LogModel.h"
#include "models/TimelineModel.h"
#include "widgets/FindingsPanel.h"

#include "rules/RuleEngine.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTextCursor>

#include <memory>

using rapport::core::Finding;
using rapport::test::CommunicationBuilder;
using rapport::test::ComposeFixture;
using rapport::ui::FindingsModel;
using rapport::ui::FindingsPanel;

class FindingWordingTest : public ComposeFixture
{
protected:
    // Every rule id the engine knows that occurs in text.
    QStringList idsIn(const QString &text)
    {
        QStringList out;
        for (const QString &id : session().engine().data().ruleIds()) {
            if (text.contains(id))
                out << id;
        }
        return out;
    }

    // All the words the findings panel shows: its summary, and each row as
    // the delegate paints it and as a screen reader reads it.
    static QString shownText(const FindingsPanel &panel)
    {
        QStringList parts{panel.summaryText()};
        const FindingsModel *model = panel.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            for (int role : {int(Qt::DisplayRole), int(FindingsModel::TitleRole),
                             int(FindingsModel::MessageRole), int(FindingsModel::GuidanceRole),
                             int(FindingsModel::SeverityLabelRole), int(Qt::AccessibleTextRole)})
                parts << index.data(role).toString();
        }
        return parts.join(QLatin1Char('\n'));
    }

    qint64 logRankRequest()
    {
        return log(CommunicationBuilder(programId)
                       .contact(contactId)
                       .incoming()
                       .kind(rapport::core::Kind::ProgramInterest)
                       .subject("Your interview")
                       .body("Dear Dr. Rahman,\n\nThank you for visiting. Where will you rank "
                             "us?\n\nBest,\nDr. Lopez"));
    }
};

TEST_F(FindingWordingTest, ComposeShowsTitlesAndMessagesNotRuleIds)
{
    // A third pre-interview email that also asks about rank: a quota
    // finding and a wording finding.
    log(CommunicationBuilder(programId).contact(contactId).on(QDate(2026, 9, 15)));
    log(CommunicationBuilder(programId).contact(contactId).on(QDate(2026, 10, 20)));
    rapport::ui::ComposeDialog dialog(session(), prompter);
    dialog.setProgram(programId);
    dialog.setTemplate(QStringLiteral("pre-interview-interest"));
    dialog.show();
    auto *body = child<QPlainTextEdit>(dialog, "body");
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, " Could you tell me where I stand on your rank list? You are my "
                           "top choice.");
    dialog.checkNow();

    FindingsPanel *panel = dialog.findingsPanel();
    ASSERT_TRUE(panel->rules().contains("content.rank_inquiry"));
    ASSERT_TRUE(panel->rules().contains("quota.pre_interview"));
    // Its guidance names another rule ("counts towards quota.top_choice").
    ASSERT_TRUE(panel->rules().contains("content.top_choice_claim"))
        << panel->rules().join(' ').toStdString();
    const QString shown = shownText(*panel);
    EXPECT_TRUE(idsIn(shown).isEmpty()) << idsIn(shown).join(' ').toStdString();

    // Each row has its rule's title; the id is in the tooltip only.
    const QModelIndex row = panel->model()->indexOf("content.rank_inquiry");
    const QString title = session().engine().data().title("content.rank_inquiry");
    ASSERT_NE(title, "content.rank_inquiry") << "the rule data has a title";
    EXPECT_EQ(row.data(FindingsModel::TitleRole).toString(), title);
    EXPECT_TRUE(row.data(Qt::ToolTipRole).toString().startsWith("Rule: content.rank_inquiry · "))
        << row.data(Qt::ToolTipRole).toString().toStdString();
}

TEST_F(FindingWordingTest, TheConfirmationNamesRulesByTitle)
{
    log(CommunicationBuilder(programId).contact(contactId).on(QDate(2026, 9, 1)));
    const qint64 id =
        log(CommunicationBuilder(programId).contact(contactId).on(QDate(2026, 10, 1)));
    rapport::ui::CommunicationDialog editor(session(), prompter, id);
    auto *body = child<QPlainTextEdit>(editor, "body");
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, " Could you tell me where I stand on your rank list?");
    editor.checkNow();
    const QList<Finding> findings = editor.findingsPanel()->findings();
    ASSERT_FALSE(findings.isEmpty());

    rapport::ui::ConfirmFindingsDialog dialog(
        QStringLiteral("Save"), findings,
        rapport::ui::findingText::titlesOf(session().engine().data()));
    QStringList shown;
    QStringList tips;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        shown << label->text();
        tips << label->toolTip();
    }
    const QString all = shown.join('\n');
    EXPECT_TRUE(idsIn(all).isEmpty()) << idsIn(all).join(' ').toStdString();
    EXPECT_TRUE(all.contains(session().engine().data().title("content.rank_inquiry")));
    EXPECT_TRUE(tips.join('\n').contains("Rule: content.rank_inquiry"));
}

TEST_F(FindingWordingTest, AnIncomingFlaggedEntrySpeaksOfTheProgram)
{
    const qint64 id = logRankRequest();
    rapport::ui::CommunicationDialog dialog(session(), prompter, id);
    dialog.show();
    const FindingsPanel *panel = dialog.findingsPanel();
    ASSERT_TRUE(panel->rules().contains("incoming.rank_request"))
        << panel->rules().join(' ').toStdString();

    // The panel: the program's conduct, not a violation of the applicant's.
    EXPECT_FALSE(panel->summaryText().contains("violation", Qt::CaseInsensitive))
        << panel->summaryText().toStdString();
    EXPECT_TRUE(panel->summaryText().contains("program's conduct"))
        << panel->summaryText().toStdString();
    const QString shown = shownText(*panel);
    EXPECT_FALSE(shown.contains("Violation")) << shown.toStdString();
    const QModelIndex row = panel->model()->indexOf("incoming.rank_request");
    EXPECT_TRUE(row.data(FindingsModel::MessageRole)
                    .toString()
                    .startsWith(QStringLiteral("Lakeside University Otolaryngology asked")))
        << row.data(FindingsModel::MessageRole).toString().toStdString();

    // The timeline's badge and tooltip.
    rapport::ui::TimelineModel timeline(session());
    timeline.setProgram(programId);
    const QModelIndex entry = timeline.indexOf(id);
    ASSERT_TRUE(entry.isValid());
    const QStringList badges =
        entry.data(rapport::ui::TimelineModel::FindingLabelsRole).toStringList();
    ASSERT_FALSE(badges.isEmpty());
    EXPECT_FALSE(badges.contains("Violation")) << badges.join(", ").toStdString();
    EXPECT_TRUE(badges.contains("Program's conduct")) << badges.join(", ").toStdString();
    const QString tip = entry.data(Qt::ToolTipRole).toString();
    EXPECT_FALSE(tip.contains("Violation")) << tip.toStdString();

    // The log's tooltip.
    rapport::ui::LogModel log(session());
    const QString logTip =
        log.indexOf(id, rapport::ui::LogModel::FindingsColumn).data(Qt::ToolTipRole).toString();
    EXPECT_FALSE(logTip.isEmpty());
    EXPECT_FALSE(logTip.contains("Violation")) << logTip.toStdString();

    // The dashboard: a flagged message from the program, not an open
    // violation of the applicant's.
    const auto &engine = session().engine();
    const auto summary = rapport::ui::DashboardSummary::build(
        session().snapshot(), engine.checkSeason(), engine.allowances(), clock.now());
    EXPECT_EQ(summary.flagged.size(), 1);
    EXPECT_EQ(summary.openViolations(), 0);
    EXPECT_TRUE(summary.findings.isEmpty());
    const auto flagged = rapport::ui::dashboardRows::flagged(summary);
    ASSERT_EQ(flagged.size(), 1);
    EXPECT_TRUE(flagged.first().subtitle.startsWith("The program asked"))
        << flagged.first().subtitle.toStdString();
    EXPECT_TRUE(rapport::ui::dashboardRows::overview(summary).contains("no warnings or violations"))
        << rapport::ui::dashboardRows::overview(summary).toStdString();
}
