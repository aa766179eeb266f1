#include "FindingMarks.h"

#include "FindingsPanel.h"
#include "Icons.h"
#include "Labels.h"

#include <QAction>
#include <QHelpEvent>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>
#include <vector>

namespace rapport::ui {

FindingMarks::FindingMarks(QPlainTextEdit *body, QLineEdit *subject, QObject *parent)
    : QObject(parent), m_body(body), m_subject(subject)
{
    if (m_body)
        m_body->viewport()->installEventFilter(this);
    if (m_subject) {
        m_subjectMarker = new QAction(this);
        m_subjectMarker->setObjectName(QStringLiteral("subjectFindingMarker"));
        m_subjectMarker->setText(tr("A check found something in the subject"));
        m_subjectMarker->setVisible(false);
        m_subject->addAction(m_subjectMarker, QLineEdit::TrailingPosition);
        connect(m_subjectMarker, &QAction::triggered, this, [this] {
            if (!m_subjectFindings.isEmpty())
                reveal(m_subjectFindings.first());
        });
    }
}

FindingMarks::~FindingMarks() = default;

FindingMarks *FindingMarks::attach(QPlainTextEdit *body, QLineEdit *subject, FindingsPanel *panel,
                                   findingText::RuleTitles titles, QObject *parent)
{
    auto *marks = new FindingMarks(body, subject, parent);
    marks->setRuleTitles(titles);
    panel->setRuleTitles(std::move(titles));
    connect(panel, &FindingsPanel::findingActivated, marks, &FindingMarks::reveal);
    return marks;
}

void FindingMarks::setRuleTitles(findingText::RuleTitles titles)
{
    m_titles = std::move(titles);
    updateSubjectMarker();
}

QColor FindingMarks::tint(core::Severity severity, const QPalette &palette)
{
    // Translucent, so the text keeps its own colour: a dark base needs a
    // stronger tint for the colour to show at all.
    QColor color = labels::severityColor(severity);
    color.setAlphaF(palette.color(QPalette::Base).lightnessF() > 0.5 ? 0.22f : 0.38f);
    return color;
}

void FindingMarks::setFindings(const QList<core::Finding> &findings)
{
    m_marks.clear();
    m_subjectFindings.clear();
    // Every sentence a finding names: its first, and any further ones.
    struct Spot
    {
        const core::Finding *finding;
        core::TextSpan span;
    };
    std::vector<Spot> spots;
    for (const core::Finding &f : findings) {
        if (f.span())
            spots.push_back({&f, *f.span()});
        for (const core::TextSpan &more : f.moreSpans())
            spots.push_back({&f, more});
    }
    std::erase_if(spots, [](const Spot &s) { return s.span.length <= 0 || s.span.start < 0; });
    // Most severe first: a sentence tinted by one finding is not tinted
    // again by a milder one (translucent tints would mix into a new colour).
    std::stable_sort(spots.begin(), spots.end(), [](const Spot &a, const Spot &b) {
        return core::moreSevere(a.finding->severity, b.finding->severity);
    });
    QList<QTextEdit::ExtraSelection> selections;
    for (const Spot &spot : spots) {
        const core::Finding &f = *spot.finding;
        const qsizetype end = spot.span.start + spot.span.length;
        if (spot.span.inSubject) {
            const bool listed =
                std::any_of(m_subjectFindings.cbegin(), m_subjectFindings.cend(),
                            [&](const core::Finding &g) { return g.rule == f.rule; });
            if (m_subject && end <= m_subject->text().size() && !listed)
                m_subjectFindings.append(f);
            continue;
        }
        // A span past the text is stale: never mark the wrong words.
        if (!m_body || end > m_body->document()->characterCount() - 1)
            continue;
        QTextCursor cursor(m_body->document());
        cursor.setPosition(static_cast<int>(spot.span.start));
        cursor.setPosition(static_cast<int>(end), QTextCursor::KeepAnchor);
        m_marks.append({f, cursor});
        const bool covered =
            std::any_of(selections.cbegin(), selections.cend(), [&](const auto &s) {
                return s.cursor.selectionStart() <= cursor.selectionStart() &&
                       cursor.selectionEnd() <= s.cursor.selectionEnd();
            });
        if (covered)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursor;
        selection.format.setBackground(tint(f.severity, m_body->palette()));
        selections << selection;
    }
    if (m_body)
        m_body->setExtraSelections(selections);
    updateSubjectMarker();
}

void FindingMarks::clear()
{
    setFindings({});
}

bool FindingMarks::reveal(const core::Finding &finding)
{
    if (!finding.span())
        return false;
    if (finding.span()->inSubject) {
        if (!m_subject)
            return false;
        const int start = static_cast<int>(finding.span()->start);
        const int length = static_cast<int>(finding.span()->length);
        if (start + length > m_subject->text().size())
            return false;
        m_subject->setFocus(Qt::OtherFocusReason);
        // Cursor at the start, so a long subject scrolls to the sentence.
        m_subject->setSelection(start + length, -length);
        return true;
    }
    if (!m_body)
        return false;
    // The mark's cursor has followed any typing since the check.
    int start = -1;
    int end = -1;
    for (const Mark &mark : std::as_const(m_marks)) {
        if (mark.finding.rule == finding.rule && mark.finding.sentence() == finding.sentence()) {
            start = mark.cursor.selectionStart();
            end = mark.cursor.selectionEnd();
            break;
        }
    }
    if (start < 0)
        return false;
    QTextCursor cursor(m_body->document());
    // Anchor at the end, caret at the start: the start scrolls into view.
    cursor.setPosition(end);
    cursor.setPosition(start, QTextCursor::KeepAnchor);
    m_body->setFocus(Qt::OtherFocusReason);
    m_body->setTextCursor(cursor);
    m_body->ensureCursorVisible();
    return true;
}

QString FindingMarks::toolTipAt(int position) const
{
    QList<core::Finding> here; // most severe first, as in the findings panel
    for (const Mark &mark : m_marks) {
        if (mark.cursor.selectionStart() <= position && position < mark.cursor.selectionEnd())
            here << mark.finding;
    }
    return describe(here);
}

QString FindingMarks::describe(const QList<core::Finding> &findings) const
{
    QString html;
    for (const core::Finding &f : findings) {
        const QString title = findingText::title(m_titles, f);
        html +=
            QStringLiteral("<p>%1%2</p>")
                .arg(title.isEmpty() ? QString()
                                     : QStringLiteral("<b>%1</b><br>").arg(title.toHtmlEscaped()),
                     findingText::readable(f.message(), m_titles).toHtmlEscaped());
    }
    return html.isEmpty() ? QString() : QStringLiteral("<qt>%1</qt>").arg(html);
}

void FindingMarks::updateSubjectMarker()
{
    if (!m_subjectMarker)
        return;
    m_subjectMarker->setVisible(!m_subjectFindings.isEmpty());
    if (m_subjectFindings.isEmpty())
        return;
    m_subjectMarker->setIcon(severityIcon(m_subjectFindings.first().severity));
    QString tip = describe(m_subjectFindings);
    tip.insert(tip.size() - int(QStringLiteral("</qt>").size()),
               QStringLiteral("<p><i>%1</i></p>")
                   .arg(tr("Click to select it in the subject.").toHtmlEscaped()));
    m_subjectMarker->setToolTip(tip);
}

bool FindingMarks::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !m_body || watched != m_body->viewport() ||
        m_marks.isEmpty())
        return QObject::eventFilter(watched, event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QTextCursor at = m_body->cursorForPosition(help->pos());
    const QRect caret = m_body->cursorRect(at);
    int position = at.position();
    // The caret goes between letters: the letter under the mouse is the
    // one before it when the mouse is left of the caret.
    if (help->pos().x() < caret.left() && position > at.block().position())
        --position;
    // Past the end of a line is not over its words.
    const bool pastEnd = at.atBlockEnd() && help->pos().x() > caret.right() + 4;
    const QString tip = pastEnd ? QString() : toolTipAt(position);
    if (tip.isEmpty()) {
        QToolTip::hideText();
        return QObject::eventFilter(watched, event);
    }
    // Gone when the mouse leaves this line.
    const QRect line(0, caret.top(), m_body->viewport()->width(), caret.height());
    QToolTip::showText(help->globalPos(), tip, m_body->viewport(), line);
    return true;
}

} // namespace rapport::ui
