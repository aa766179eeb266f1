#include "SpellHighlighter.h"

#include "Session.h"

#include "spelling/SpellChecker.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QSignalBlocker>
#include <QTextBlock>

#include <chrono>
#include <future>
#include <memory>

namespace rapport::ui {
namespace {

QList<SpellHighlighter *> &allHighlighters()
{
    static QList<SpellHighlighter *> highlighters;
    return highlighters;
}

// Asked for from the window's thread only; the checker is then used there.
std::shared_future<std::shared_ptr<core::SpellChecker>> &spellCheckerLoad()
{
    static std::shared_future<std::shared_ptr<core::SpellChecker>> load;
    return load;
}

} // namespace

void loadSpellCheckerSoon()
{
    auto &load = spellCheckerLoad();
    if (!load.valid())
        load = std::async(std::launch::async, [] {
                   auto checker = std::make_shared<core::SpellChecker>();
                   if (QCoreApplication *app = QCoreApplication::instance())
                       QMetaObject::invokeMethod(
                           app, [] { SpellHighlighter::handOutSharedChecker(); },
                           Qt::QueuedConnection);
                   return checker;
               }).share();
}

core::SpellChecker &sharedSpellChecker()
{
    loadSpellCheckerSoon();
    return *spellCheckerLoad().get();
}

QSet<QString> knownWordsOf(Session &session)
{
    return session.seasonWords();
}

SpellHighlighter::SpellHighlighter(QTextDocument *document, core::SpellChecker &checker)
    : QSyntaxHighlighter(document), m_checker(&checker)
{
    allHighlighters().append(this);
}

SpellHighlighter::SpellHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    loadSpellCheckerSoon();
    const auto &load = spellCheckerLoad();
    if (load.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
        m_checker = load.get().get();
    allHighlighters().append(this);
}

void SpellHighlighter::handOutSharedChecker()
{
    core::SpellChecker &shared = sharedSpellChecker();
    const auto waiting = allHighlighters();
    for (SpellHighlighter *highlighter : waiting) {
        if (highlighter->m_checker)
            continue;
        highlighter->m_checker = &shared;
        highlighter->recheck();
        Q_EMIT highlighter->checkerReady();
    }
}

SpellHighlighter::~SpellHighlighter()
{
    allHighlighters().removeOne(this);
}

void SpellHighlighter::setKnownWords(QSet<QString> words)
{
    m_knownWords = std::move(words);
    recheck();
}

void SpellHighlighter::setChecking(bool on)
{
    if (on == m_checking)
        return;
    m_checking = on;
    recheck();
}

std::optional<core::spelling::TextRange> SpellHighlighter::misspellingAt(const QTextBlock &block,
                                                                         int positionInBlock) const
{
    if (!m_checking || !m_checker)
        return std::nullopt;
    for (const auto &range : m_checker->misspellings(block.text(), m_knownWords)) {
        if (range.start <= positionInBlock && positionInBlock <= range.end())
            return range;
    }
    return std::nullopt;
}

QTextCharFormat SpellHighlighter::misspeltFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(QColor(0xd7, 0x26, 0x26));
    return format;
}

void SpellHighlighter::recheck()
{
    // rehighlight() wraps its work in an edit block, and closing one emits
    // QTextDocument::contentsChanged even though only formats changed.
    const QSignalBlocker quiet(document());
    rehighlight();
}

void SpellHighlighter::rehighlightAll()
{
    for (SpellHighlighter *highlighter : std::as_const(allHighlighters()))
        highlighter->recheck();
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_checking || !m_checker)
        return;
    const QTextCharFormat format = misspeltFormat();
    for (const auto &range : m_checker->misspellings(text, m_knownWords))
        setFormat(int(range.start), int(range.length), format);
}

} // namespace rapport::ui
