#pragma once

#include "FindingText.h"

#include "domain/Finding.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTextCursor>

class QAction;
class QLineEdit;
class QPalette;
class QPlainTextEdit;

namespace rapport::ui {

// Shows where in a message its findings are: the sentence that raised each
// one tinted by severity in the text (an extra selection, so the spelling
// underline of the syntax highlighter stays), a marker at the end of the
// subject line when the sentence is there (a line edit cannot tint a
// range), and the finding's words as a tooltip over the sentence. The tints
// are live cursors: they follow the text as the user types until the next
// check replaces them.
class FindingsPanel;

class FindingMarks final : public QObject
{
    Q_OBJECT

public:
    FindingMarks(QPlainTextEdit *body, QLineEdit *subject, QObject *parent = nullptr);
    ~FindingMarks() override;
    Q_DISABLE_COPY_MOVE(FindingMarks)

    void setRuleTitles(findingText::RuleTitles titles);

    // Marks for an editor with a findings panel beside it: both speak of
    // rules by their titles, and choosing a finding in the panel reveals its
    // sentence. Owned by parent.
    static FindingMarks *attach(QPlainTextEdit *body, QLineEdit *subject, FindingsPanel *panel,
                                findingText::RuleTitles titles, QObject *parent);

    // Marks the findings that point at words (the others have no span),
    // replacing the previous marks.
    void setFindings(const QList<core::Finding> &findings);
    void clear();

    // Selects the finding's sentence in the body or subject, scrolled into
    // view, and gives that editor focus. False when it points at no words.
    bool reveal(const core::Finding &finding);

    // What the tooltip over a body position says; empty when no sentence
    // is marked there.
    QString toolTipAt(int position) const;
    // The marker on the subject line; hidden without a subject finding.
    QAction *subjectMarker() const { return m_subjectMarker; }

    // A translucent tint of the severity's colour, readable under the text
    // of light and dark palettes alike.
    static QColor tint(core::Severity severity, const QPalette &palette);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Mark
    {
        core::Finding finding;
        QTextCursor cursor; // selects the sentence; moves with edits
    };

    QString describe(const QList<core::Finding> &findings) const;
    void updateSubjectMarker();

    QPointer<QPlainTextEdit> m_body;
    QPointer<QLineEdit> m_subject;
    QAction *m_subjectMarker = nullptr;
    QList<Mark> m_marks;
    QList<core::Finding> m_subjectFindings;
    findingText::RuleTitles m_titles;
};

} // namespace rapport::ui
