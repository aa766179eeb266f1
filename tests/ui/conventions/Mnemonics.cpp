#include "Mnemonics.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenuBar>
#include <QRadioButton>
#include <QTabBar>
#include <QToolButton>

namespace rapport::test {
namespace {

QString kindOf(const QWidget *w)
{
    if (qobject_cast<const QCheckBox *>(w))
        return QStringLiteral("check box");
    if (qobject_cast<const QRadioButton *>(w))
        return QStringLiteral("radio button");
    if (qobject_cast<const QGroupBox *>(w))
        return QStringLiteral("group box");
    if (qobject_cast<const QLabel *>(w))
        return QStringLiteral("label");
    if (qobject_cast<const QTabBar *>(w))
        return QStringLiteral("tab");
    return QStringLiteral("button");
}

// Each key with what offers it.
QMap<QString, QStringList> byKey(QWidget *window)
{
    QMap<QString, QStringList> byKey;
    const auto add = [&byKey](const QString &text, const QString &kind) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            byKey[key.toString(QKeySequence::PortableText)]
                << QStringLiteral("“%1” (%2)").arg(text, kind);
    };
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (const QAction *menu : main->menuBar()->actions()) {
            if (menu->isVisible())
                add(menu->text(), QStringLiteral("menu"));
        }
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        // Tool buttons show an action's text without its mnemonic.
        if (auto *button = qobject_cast<QAbstractButton *>(w);
            button && !qobject_cast<QToolButton *>(w)) {
            add(button->text(), kindOf(w));
        } else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy()) {
            add(label->text(), kindOf(w));
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            add(box->title(), kindOf(w));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i), kindOf(w));
            }
        }
    }
    return byKey;
}

} // namespace

QStringList mnemonicClashes(QWidget *window)
{
    const QMap<QString, QStringList> keys = byKey(window);
    QStringList clashes;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1: %2").arg(it.key(),
                                                    it.value().join(QStringLiteral(", ")));
    }
    return clashes;
}

QStringList mnemonicsOf(QWidget *window)
{
    const QMap<QString, QStringList> keys = byKey(window);
    QStringList all;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        all << QStringLiteral("%1 %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    return all;
}

} // namespace rapport::test
