#pragma once

#include <QStringList>

class QWidget;

namespace rapport::test {

// The Alt-key mnemonics a window offers as it stands: its menu bar's titles
// and its visible buttons, check boxes, tabs, group boxes and labels with a
// buddy. Each clash reads "Alt+F: “&File” (menu), “&Follow-ups” (check box)".
QStringList mnemonicClashes(QWidget *window);
// Every mnemonic the window offers, "Alt+F “&File” (menu)", to choose a
// free letter from.
QStringList mnemonicsOf(QWidget *window);

} // namespace rapport::test
