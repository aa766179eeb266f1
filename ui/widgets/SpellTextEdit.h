#pragma once

#include <QPlainTextEdit>
#include <QSet>

class QMenu;

namespace rapport::core {
class SpellChecker;
}

namespace rapport::ui {

class SpellHighlighter;

// A plain-text editor that underlines misspelt words and offers, on a
// right click over one, the dictionary's suggestions, "Add to dictionary"
// and "Ignore" above the usual editing actions.
class SpellTextEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    // With the application's shared checker, once it has loaded.
    explicit SpellTextEdit(QWidget *parent = nullptr);
    explicit SpellTextEdit(core::SpellChecker &checker, QWidget *parent = nullptr);
    ~SpellTextEdit() override;
    Q_DISABLE_COPY_MOVE(SpellTextEdit)

    SpellHighlighter *highlighter() const { return m_highlighter; }

    // Names (lower case) the text may use without an underline.
    void setKnownWords(QSet<QString> words);

    // The context menu for a point in the viewport; the caller owns it.
    // contextMenuEvent() shows this menu; tests inspect it.
    QMenu *createSpellingMenu(const QPoint &viewportPos);

Q_SIGNALS:
    // A word was accepted but could not be saved to the user's list.
    void spellingError(const QString &message);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void explainUnavailable();
    void replace(int from, int to, const QString &word, const QString &replacement);

    SpellHighlighter *m_highlighter = nullptr;
};

} // namespace rapport::ui
