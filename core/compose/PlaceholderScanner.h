#pragma once

#include <QList>
#include <QString>

namespace rapport::core::placeholders {

// One well-formed, known placeholder in a text.
struct Token
{
    QString name;         // trimmed, e.g. "program.name"
    qsizetype start = 0;  // offset of "{{" in the text
    qsizetype length = 0; // through the closing "}}"
};

// A malformed or unknown placeholder. Lines and columns count from 1; the
// message says what is wrong but not where (the caller knows the part).
struct Problem
{
    int line = 0;
    int column = 0;
    int length = 0;
    QString message;
};

struct Scan
{
    QList<Token> tokens;
    QList<Problem> problems;
};

// Finds every "{{name}}" in text. A placeholder never spans lines, so a
// missing brace is reported on the line where it happens instead of
// swallowing the rest of the letter.
Scan scan(const QString &text);

} // namespace rapport::core::placeholders
