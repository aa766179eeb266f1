// The offending sentence, marked where it is: tinted in compose and in the
// entry editor, its message on hover, selected from the findings panel.

#include "ComposeFixture.h"

#include "dialogs/CommunicationDialog.h"
#include "dialogs/ComposeDialog.h"
#include "models/FindingsModel.h"
#include "widgets/FindingMarks.h"
#include "widgets/FindingsPanel.h"

#include "rules/RuleEngine.h"

#include <QAction>
#include <QHelpEvent>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolTip>

#include <memory>

using rapport::core::Severity;
using rapport::test::ComposeFixture;
using rapport::ui::ComposeDialog;
using rapport::ui::FindingMarks;
using rapport::ui::FindingsModel;
using rapport::ui::FindingsPanel;

namespace {

const QString kRankInquiry = QStringLiteral("Could you tell me where I stand on your rank list?");
const QString kRule = QStringLiteral("content.rank_inquiry");

struct Range
{
    int start = -1;
    int end = -1;
    bool operator==(const Range &) const = default;
};

std::ostream &operator<<(std::ostream &out, const Range &r)
{
    return out << "[" << r.start << ", " << r.end << ")";
}

QList<Range> marked(const QPlainTextEdit &body)
{
    QList<Range> out;
    for (const QTextEdit::ExtraSelection &s : body.extraSelections())
        out.append({s.cursor.selectionStart(), s.cursor.selectionEnd()});
    return out;
}

} // namespace

class FindingMarksTest : public ComposeFixture
{
protected:
    std::unique_ptr<ComposeDialog> openCompose()
    {
        auto dialog = std::make_unique<ComposeDialog>(session(), prompter);
        dialog->setUrlOpener([](const QUrl &) { return true; });
        dialog->setProgram(programId);
        dialog->setTemplate(QStringLiteral("pre-interview-interest"));
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
        return dialog;
    }

    // Types the rank inquiry as a paragraph of its own before the closing.
    static Range typeRankInquiry(QPlainTextEdit *body)
    {
        QTextCursor cursor = body->document()->find(QStringLiteral("Sincerely"));
        EXPECT_FALSE(cursor.isNull()) << "the template has no closing";
        cursor.movePosition(QTextCursor::StartOfBlock);
        body->setFocus();
        body->setTextCursor(cursor);
        QTest::keyClicks(body, kRankInquiry);
        QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClick(body, Qt::Key_Return);
        const int start = static_cast<int>(body->toPlainText().indexOf(kRankInquiry));
        return {start, start + static_cast<int>(kRankInquiry.size())};
    }

    QString message(const FindingsPanel &panel) const
    {
        for (const auto &f : panel.findings()) {
            if (f.rule == kRule)
                return f.message();
        }
        return {};
    }
};

TEST_F(FindingMarksTest, ComposeTintsExactlyTheSentenceAndDropsItOnceEditedAway)
{
    auto dialog = openCompose();
    auto *body = child<QPlainTextEdit>(*dialog, "body");
    dialog->checkNow();
    ASSERT_TRUE(marked(*body).isEmpty()) << "the template alone raises no sentence";

    const Range sentence = typeRankInquiry(body);
    ASSERT_GE(sentence.start, 0);
    // The debounced check runs by itself once typing pauses.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !marked(*body).isEmpty(); }, 3000));
    EXPECT_EQ(marked(*body), QList<Range>{sentence});
    const QTextEdit::ExtraSelection tint = body->extraSelections().first();
    EXPECT_EQ(tint.format.background().color(),
              FindingMarks::tint(Severity::Violation, body->palette()));
    EXPECT_EQ(tint.cursor.selectedText(), kRankInquiry);

    // Typing before it: the tint moves with the words at once, and the next
    // check puts it in the same place.
    QTextCursor top(body->document());
    body->setTextCursor(top);
    QTest::keyClicks(body, "Hi. ");
    const Range moved{sentence.start + 4, sentence.end + 4};
    EXPECT_EQ(marked(*body), QList<Range>{moved});
    dialog->checkNow();
    EXPECT_EQ(marked(*body), QList<Range>{moved});

    // Edited away: no highlight is left.
    QTextCursor end(body->document());
    end.setPosition(moved.end);
    body->setTextCursor(end);
    for (qsizetype i = 0; i < kRankInquiry.size(); ++i)
        QTest::keyClick(body, Qt::Key_Backspace);
    ASSERT_FALSE(body->toPlainText().contains(QStringLiteral("rank list")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return marked(*body).isEmpty(); }, 3000))
        << "still marked after the sentence was deleted";
}

TEST_F(FindingMarksTest, OneTintPerSentenceInItsWorstFindingsColour)
{
    auto dialog = openCompose();
    auto *body = child<QPlainTextEdit>(*dialog, "body");
    auto *panel = child<FindingsPanel>(*dialog, "findingsPanel");
    body->moveCursor(QTextCursor::End);
    const QString promise = QStringLiteral("I promise to rank you first.");
    body->setFocus();
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, promise);
    dialog->checkNow();
    // A promise and a top-choice claim, both in the one sentence.
    ASSERT_TRUE(panel->rules().contains("content.binding_commitment"));
    ASSERT_TRUE(panel->rules().contains("content.top_choice_claim"));

    const QList<QTextEdit::ExtraSelection> tints = body->extraSelections();
    ASSERT_EQ(tints.size(), 1) << "the milder finding's tint would mix with the worse one's";
    EXPECT_EQ(tints.first().cursor.selectedText(), promise);
    EXPECT_EQ(tints.first().format.background().color(),
              FindingMarks::tint(Severity::Violation, body->palette()));
    // Hovering it still tells both.
    const int inside = tints.first().cursor.selectionStart() + 3;
    const QString tip = dialog->findingMarks()->toolTipAt(inside);
    const auto &data = session().engine().data();
    EXPECT_TRUE(tip.contains(data.title("content.binding_commitment").toHtmlEscaped()));
    EXPECT_TRUE(tip.contains(data.title("content.top_choice_claim").toHtmlEscaped()));
}

TEST_F(FindingMarksTest, EverySentenceRaisingARuleIsTintedNotOnlyTheFirst)
{
    auto dialog = openCompose();
    auto *body = child<QPlainTextEdit>(*dialog, "body");
    auto *panel = child<FindingsPanel>(*dialog, "findingsPanel");
    body->moveCursor(QTextCursor::End);
    body->setFocus();
    const QString first = QStringLiteral("Will I be ranked?");
    const QString second = QStringLiteral("Could you tell me where I stand on your list?");
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, first + QStringLiteral(" The tour was lovely. ") + second);
    dialog->checkNow();
    // One finding for the rule, two sentences marked.
    ASSERT_EQ(panel->rules().count(kRule), 1);
    QStringList tinted;
    for (const QTextEdit::ExtraSelection &s : body->extraSelections())
        tinted << s.cursor.selectedText();
    EXPECT_TRUE(tinted.contains(first)) << tinted.join(" | ").toStdString();
    EXPECT_TRUE(tinted.contains(second)) << tinted.join(" | ").toStdString();
    EXPECT_FALSE(tinted.contains(QStringLiteral("The tour was lovely.")));
}

TEST_F(FindingMarksTest, HoveringTheSentenceShowsTheFindingInPlainWords)
{
    auto dialog = openCompose();
    auto *body = child<QPlainTextEdit>(*dialog, "body");
    auto *panel = child<FindingsPanel>(*dialog, "findingsPanel");
    const Range sentence = typeRankInquiry(body);
    dialog->checkNow();
    const QString said = message(*panel);
    ASSERT_FALSE(said.isEmpty());

    const auto hover = [&](int position) {
        QTextCursor at(body->document());
        at.setPosition(position);
        const QPoint point = body->cursorRect(at).center() + QPoint(2, 0);
        QHelpEvent event(QEvent::ToolTip, point, body->viewport()->mapToGlobal(point));
        QApplication::sendEvent(body->viewport(), &event);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    };
    const QString over = hover(sentence.start + 10);
    EXPECT_TRUE(over.contains(said.toHtmlEscaped())) << over.toStdString();
    EXPECT_TRUE(over.contains(session().engine().data().title(kRule).toHtmlEscaped()))
        << over.toStdString();
    EXPECT_FALSE(over.contains(kRule)) << "no rule id in what the user reads";
    QToolTip::hideText();
    ASSERT_TRUE(QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 3000));

    // Over the salutation, which raised nothing: not this finding.
    EXPECT_FALSE(hover(3).contains(said.toHtmlEscaped()));
    QToolTip::hideText();
}

TEST_F(FindingMarksTest, ClickingAFindingSelectsItsSentence)
{
    auto dialog = openCompose();
    auto *body = child<QPlainTextEdit>(*dialog, "body");
    auto *panel = child<FindingsPanel>(*dialog, "findingsPanel");
    const Range sentence = typeRankInquiry(body);
    dialog->checkNow();
    QTextCursor elsewhere(body->document());
    body->setTextCursor(elsewhere);
    ASSERT_FALSE(body->textCursor().hasSelection());

    auto *list = panel->findChild<QListView *>(QStringLiteral("findingsList"));
    ASSERT_NE(list, nullptr);
    const QModelIndex row = panel->model()->indexOf(kRule);
    ASSERT_TRUE(row.isValid());
    list->scrollTo(row);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());

    EXPECT_EQ(body->textCursor().selectionStart(), sentence.start);
    EXPECT_EQ(body->textCursor().selectionEnd(), sentence.end);
    EXPECT_EQ(body->textCursor().selectedText(), kRankInquiry);
}

TEST_F(FindingMarksTest, ASentenceInTheSubjectGetsAMarkerThere)
{
    auto dialog = openCompose();
    auto *subject = child<QLineEdit>(*dialog, "subject");
    auto *panel = child<FindingsPanel>(*dialog, "findingsPanel");
    QAction *marker = dialog->findingMarks()->subjectMarker();
    ASSERT_NE(marker, nullptr);
    dialog->checkNow();
    EXPECT_FALSE(marker->isVisible());

    subject->selectAll();
    QTest::keyClicks(subject, QStringLiteral("Thank you. ") + kRankInquiry);
    dialog->checkNow();
    ASSERT_TRUE(marker->isVisible()) << panel->rules().join(' ').toStdString();
    EXPECT_TRUE(marker->toolTip().contains(message(*panel).toHtmlEscaped()))
        << marker->toolTip().toStdString();
    EXPECT_TRUE(child<QPlainTextEdit>(*dialog, "body")->extraSelections().isEmpty())
        << "the body has nothing to mark";

    subject->deselect();
    marker->trigger();
    EXPECT_EQ(subject->selectedText(), kRankInquiry);
}

TEST_F(FindingMarksTest, TheEntryEditorMarksAProgramsSentenceToo)
{
    const QString asked = QStringLiteral("Where will you rank us?");
    const qint64 id = log(
        rapport::test::CommunicationBuilder(programId)
            .contact(contactId)
            .incoming()
            .kind(rapport::core::Kind::ProgramInterest)
            .subject("Your interview")
            .body("Dear Dr. Rahman,\n\nThank you for visiting. " + asked + "\n\nBest,\nDr. Lopez"));
    rapport::ui::CommunicationDialog dialog(session(), prompter, id);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *body = child<QPlainTextEdit>(dialog, "body");
    const int start = static_cast<int>(body->toPlainText().indexOf(asked));
    ASSERT_EQ(marked(*body), (QList<Range>{{start, start + static_cast<int>(asked.size())}}));

    // Editing the entry re-checks it: the mark goes with the sentence.
    QTextCursor cursor(body->document());
    cursor.setPosition(start);
    cursor.setPosition(start + static_cast<int>(asked.size()), QTextCursor::KeepAnchor);
    body->setTextCursor(cursor);
    body->setFocus();
    QTest::keyClicks(body, "We enjoyed meeting you.");
    ASSERT_TRUE(QTest::qWaitFor([&] { return marked(*body).isEmpty(); }, 3000));
}
