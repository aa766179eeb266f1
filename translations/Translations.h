#pragma once

#include <QLocale>
#include <QString>

namespace rapport::i18n {

// Installs Rapport's translation for the first of the locale's languages
// that has one (QLocale::system() reads LANGUAGE, then LC_ALL, LC_MESSAGES
// and LANG), else the English catalogue, which holds English plural forms;
// and Qt's own strings for the same language. Needs a QCoreApplication.
// Returns the language installed, e.g. "es" or "en".
QString installTranslators(const QLocale &locale = QLocale::system());

} // namespace rapport::i18n
