#include "SpellTextEdit.h"

#include "SpellHighlighter.h"

#include "spelling/SpellChecker.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QTextBlock>

#include <memory>

namespace rapport::ui {

SpellTextEdit::SpellTextEdit(QWidget *parent)
    : QPlainTextEdit(parent), m_highlighter(new SpellHighlighter(document()))
{
    if (m_highlighter->hasChecker())
        explainUnavailable();
    else
        connect(m_highlighter, &SpellHighlighter::checkerReady, this,
                &SpellTextEdit::explainUnavailable);
}

SpellTextEdit::SpellTextEdit(core::SpellChecker &checker, QWidget *parent)
    : QPlainTextEdit(parent), m_highlighter(new SpellHighlighter(document(), checker))
{
    explainUnavailable();
}

void SpellTextEdit::explainUnavailable()
{
    if (!m_highlighter->checker().isAvailable())
        setToolTip(m_highlighter->checker().errorMessage());
}

SpellTextEdit::~SpellTextEdit() = default;

void SpellTextEdit::setKnownWords(QSet<QString> words)
{
    m_highlighter->setKnownWords(std::move(words));
}

QMenu *SpellTextEdit::createSpellingMenu(const QPoint &viewportPos)
{
    QMenu *menu = createStandardContextMenu();
    const QTextCursor at = cursorForPosition(viewportPos);
    const QTextBlock block = at.block();
    const auto range = m_highlighter->misspellingAt(block, at.positionInBlock());
    if (!range)
        return menu;

    const QString word = block.text().sliced(range->start, range->length);
    const int from = block.position() + int(range->start);
    const int to = from + int(range->length);
    core::SpellChecker &checker = m_highlighter->checker();
    QList<QAction *> actions;
    const QStringList suggestions = checker.suggestions(word);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(QString(suggestion).replace(u'&', QStringLiteral("&&")), menu);
        action->setObjectName(QStringLiteral("spellingSuggestion"));
        QFont font = action->font();
        font.setBold(true);
        action->setFont(font);
        connect(action, &QAction::triggered, this,
                [this, from, to, word, suggestion] { replace(from, to, word, suggestion); });
        actions.append(action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No suggestions"), menu);
        none->setEnabled(false);
        actions.append(none);
    }
    auto *separator = new QAction(menu);
    separator->setSeparator(true);
    actions.append(separator);

    auto *add = new QAction(tr("Add \u201c%1\u201d to Dictionary").arg(word), menu);
    add->setObjectName(QStringLiteral("spellingAdd"));
    add->setToolTip(tr("Never underline this word again"));
    connect(add, &QAction::triggered, this, [this, &checker, word] {
        const core::Status saved = checker.addToUserDictionary(word);
        SpellHighlighter::rehighlightAll();
        if (!saved)
            Q_EMIT spellingError(saved.errorMessage());
    });
    auto *ignore = new QAction(tr("Ignore \u201c%1\u201d").arg(word), menu);
    ignore->setObjectName(QStringLiteral("spellingIgnore"));
    ignore->setToolTip(tr("Accept this word until Rapport quits"));
    connect(ignore, &QAction::triggered, this, [&checker, word] {
        checker.ignoreForSession(word);
        SpellHighlighter::rehighlightAll();
    });
    auto *end = new QAction(menu);
    end->setSeparator(true);
    actions << add << ignore << end;

    menu->insertActions(menu->actions().value(0), actions);
    return menu;
}

void SpellTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    const std::unique_ptr<QMenu> menu(createSpellingMenu(event->pos()));
    menu->exec(event->globalPos());
}

void SpellTextEdit::replace(int from, int to, const QString &word, const QString &replacement)
{
    QTextCursor cursor(document());
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    // The text may have changed since the menu was built.
    if (cursor.selectedText() != word)
        return;
    // One edit block: a single Ctrl+Z brings the misspelling back.
    cursor.beginEditBlock();
    cursor.insertText(replacement);
    cursor.endEditBlock();
}

} // namespace rapport::ui
