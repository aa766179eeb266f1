#pragma once

#include <QString>
#include <QStringList>

namespace rapport::core {

class PhraseMatcher;

// An email body cut into what the length, salutation and tailoring rules
// look at: the greeting line, the text in between, and the closing with the
// signature below it (which RULES.md leaves out of the line count).
struct MessageParts
{
    QString salutation;    // the greeting as written, e.g. "Dear Dr. Lopez,"; empty if none
    QStringList coreLines; // non-empty lines between greeting and closing
    bool hasClosing = false;

    QString coreText() const { return coreLines.join(QLatin1Char('\n')); }
    // The core lines as a reader sees them: a paragraph typed as one line
    // wraps at width.
    int wrappedLines(int width) const;

    // Greetings and closings are the content.salutation "salutations" and
    // content.length "closings" patterns of the rule data.
    static MessageParts split(const QString &body, const PhraseMatcher &matcher);

    // The body with the earlier messages a reply quotes blanked out: lines
    // starting with ">" and everything from a quote header (content.length
    // "quote_headers", e.g. "On … wrote:") on become spaces, line breaks
    // kept, so every offset into it is an offset into the body. Rules judge
    // what the author wrote, not what they quoted.
    static QString blankQuotes(const QString &body, const PhraseMatcher &matcher);
};

} // namespace rapport::core
