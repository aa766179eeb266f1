#pragma once

#include <QLabel>
#include <QString>

namespace rapport::ui::settingsform {

// The line under a settings form that says what was refused and why.
QLabel *makeErrorLabel(const QString &objectName);
void showError(QLabel *label, const QString &message);
// A short confirmation in the same place, in the palette's normal colour.
void showSaved(QLabel *label, const QString &message);

} // namespace rapport::ui::settingsform
