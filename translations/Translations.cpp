#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace rapport::i18n {

QString installTranslators(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    auto *rapport = new QTranslator(app);
    const QString catalogues = QStringLiteral(":/i18n");
    // "1 entry", not "1 entries": %n plurals need a catalogue even in English.
    if (!rapport->load(locale, QStringLiteral("rapport"), QStringLiteral("_"), catalogues) &&
        !rapport->load(QStringLiteral("rapport_en"), catalogues)) {
        delete rapport;
        return {};
    }
    QCoreApplication::installTranslator(rapport);
    const QString language = rapport->language().section(QLatin1Char('_'), 0, 0);

    // Qt's own dialogs and buttons, in the language Rapport speaks.
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return language;
}

} // namespace rapport::i18n
