#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace rapport::test {

// User text full of markup. Each piece holds a word found nowhere else, so
// text that shows the word without the markup around it was interpreted.
struct MarkupPiece
{
    QString word;
    QString literal;
};
const QList<MarkupPiece> &markupPieces();
// prefix followed by every piece.
QString withMarkup(const QString &prefix);

struct MarkupReport
{
    QStringList problems;  // one line for each text shown interpreted
    int literalsShown = 0; // texts that show a piece of markup as typed
};

// Walks the labels, text views, item views (display text and tooltips) and
// tooltips of root and its children.
MarkupReport probeMarkup(const QWidget *root);

} // namespace rapport::test
