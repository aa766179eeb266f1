#pragma once

#include <QString>
#include <QStringList>

namespace rapport::ui::plainText {

// Qt shows a tooltip that looks like markup as rich text. Tooltips that
// carry user or imported text go through here so they show it as typed.
QString toolTip(const QString &text);
// Line per entry, escaped: the tooltip is rich text either way.
QString toolTip(const QStringList &lines);

} // namespace rapport::ui::plainText
