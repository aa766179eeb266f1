#pragma once

#include <QString>

namespace rapport::core {

// The readable text of an HTML mail body: tags dropped (with style, script
// and comments), block ends and <br> as line breaks, entities decoded,
// runs of spaces collapsed. Not a renderer: QTextDocument would need QtGui,
// which core must not link.
QString htmlToText(const QString &html);

} // namespace rapport::core
