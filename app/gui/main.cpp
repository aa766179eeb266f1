// rapport: the desktop window.

#include "Clock.h"
#include "FirstPaint.h"
#include "MailSyncRunner.h"
#include "MainWindow.h"
#include "ProcessSettings.h"
#include "Prompter.h"
#include "ScreenshotTour.h"
#include "SeasonDocument.h"
#include "SeasonWindows.h"
#include "Session.h"
#include "Translations.h"
#include "demo/DemoSeason.h"
#include "dialogs/FirstRunDialog.h"
#include "domain/Parse.h"
#include "domain/Season.h"
#include "storage/AppSettings.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

#include <cstdio>

namespace {

// Without a display Qt aborts with a cryptic plugin message; say what to do.
bool haveDisplay()
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

QString demoPath()
{
    return rapport::core::appDataFolder() + QStringLiteral("/demo-season.sqlite");
}

// The demo lives in its own file, so it never mixes with the user's season.
// It is the season as it stands on today, the clock's date: nothing in it is
// dated later.
bool ensureDemo(const QString &path, const QDate &today, QString *error)
{
    if (QFileInfo::exists(path))
        return true;
    auto db = rapport::core::Database::open(path);
    if (!db) {
        *error = db.errorMessage();
        return false;
    }
    rapport::core::DemoOptions options;
    options.today = today;
    options.matchYear = rapport::core::Season::matchYearAt(today);
    auto made = rapport::core::generateDemoSeason(**db, options);
    if (!made)
        *error = made.errorMessage();
    return made.ok();
}

} // namespace

int main(int argc, char *argv[])
{
    rapport::gui::applyProcessSettings();
    if (!haveDisplay()) {
        std::fputs("rapport: no display. Start it from a desktop session, or under a virtual "
                   "display: xvfb-run -a ./scripts/run (Debian package xvfb).\n",
                   stderr);
        return 1;
    }
    QApplication app(argc, argv);
    rapport::core::setApplicationIdentity();
    rapport::core::moveLegacySettings();
    QApplication::setApplicationDisplayName(QStringLiteral("Rapport"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.rapport.Rapport"));
    rapport::i18n::installTranslators();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Pre-Match communication tracker"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("season"),
                                 QApplication::translate("main", "Season file to open."),
                                 QStringLiteral("[SEASON]"));
    QCommandLineOption databaseOption(QStringLiteral("database"),
                                      QApplication::translate("main", "Season database file."),
                                      QStringLiteral("PATH"));
    QCommandLineOption demoOption(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the demo season."));
    QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Save screenshots of the main pages into DIR, then quit."),
        QStringLiteral("DIR"));
    parser.addOption(databaseOption);
    parser.addOption(demoOption);
    parser.addOption(screenshotsOption);
    parser.process(app);

    // The window manager draws the application's icon: it waits for the
    // window's first paint, unless a dialog comes first.
    const auto showIcon = [] {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rapport.svg")));
    };
    rapport::ui::DialogPrompter prompter;
    const auto fail = [&](const QString &message) {
        showIcon();
        prompter.showError(nullptr, message);
        return 1;
    };
    // RAPPORT_NOW pins the clock (YYYY-MM-DDTHH:MM±HH:MM), so demos and the
    // documentation's screenshots show the season at a chosen moment.
    std::unique_ptr<rapport::core::Clock> clockPtr;
    if (const QString now = qEnvironmentVariable("RAPPORT_NOW"); !now.isEmpty()) {
        auto moment = rapport::core::parseMoment(now, QStringLiteral("RAPPORT_NOW"));
        if (!moment) {
            std::fprintf(stderr, "rapport: %s\n", qPrintable(moment.errorMessage()));
            return 2;
        }
        clockPtr = std::make_unique<rapport::core::FixedClock>(*moment);
    } else {
        clockPtr = std::make_unique<rapport::core::SystemClock>();
    }
    const rapport::core::Clock &clock = *clockPtr;
    // An empty --database would quietly open the default season.
    if (parser.isSet(databaseOption) && parser.value(databaseOption).trimmed().isEmpty()) {
        std::fprintf(stderr, "rapport: --database is given an empty value\n");
        return 2;
    }
    // `rapport PATH`, as a file manager starts it, is --database PATH.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (!positional.isEmpty() && parser.isSet(databaseOption))) {
        std::fprintf(stderr, "rapport: give one season file, as SEASON or --database\n");
        return 2;
    }
    QString path = rapport::core::Database::resolvePath(
        positional.isEmpty() ? parser.value(databaseOption) : positional.first());
    QString error;
    if (parser.isSet(demoOption)) {
        path = parser.isSet(databaseOption) || !positional.isEmpty() ? path : demoPath();
        if (!ensureDemo(path, clock.now().date(), &error))
            return fail(error);
    }

    rapport::ui::SeasonWindows windows(clock, prompter);
    // The rules are read behind the window: a broken rule file of the user's
    // still stops Rapport, a moment after the window shows.
    QObject::connect(&windows, &rapport::ui::SeasonWindows::rulesFailed, &app,
                     [&](const QString &message) {
                         prompter.showError(nullptr, message);
                         QApplication::exit(1);
                     });
    using Opened = rapport::ui::SeasonWindows::Opened;
    auto opened = windows.open(path, nullptr, rapport::ui::SeasonWindows::Show::Later);
    if (!opened)
        return fail(opened.errorMessage());
    // Started again on a season a window shows: that window came forward.
    if (opened->how == Opened::Elsewhere) {
        std::printf("rapport: %s is open in another Rapport window, which was brought forward\n",
                    qPrintable(path));
        return 0;
    }
    rapport::ui::MainWindow *window = opened->window;
    // An empty season: welcome, profile, or a look at the demo first.
    if (!parser.isSet(demoOption) && !parser.isSet(screenshotsOption) &&
        rapport::ui::isFirstRun(windows.documentOf(window)->session())) {
        showIcon();
        if (rapport::ui::FirstRunDialog::run(windows.documentOf(window)->session(), prompter) ==
            rapport::ui::FirstRunChoice::OpenDemo) {
            const QString demo = demoPath();
            if (!ensureDemo(demo, clock.now().date(), &error))
                return fail(error);
            opened = windows.open(demo, window, rapport::ui::SeasonWindows::Show::Later);
            if (!opened)
                return fail(opened.errorMessage());
            if (opened->how == Opened::Elsewhere)
                return 0;
            window = opened->window;
        }
    }
    if (qEnvironmentVariableIntValue("RAPPORT_EXIT_AFTER_FIRST_PAINT"))
        rapport::gui::exitAfterFirstPaint(*window);
    rapport::gui::afterFirstPaint(*window, showIcon);
    // The pictures need no keyring, no server and no mail arriving meanwhile.
    if (parser.isSet(screenshotsOption))
        window->mailSync()->setAutomatic(false);
    window->show();
    if (parser.isSet(screenshotsOption)) {
        rapport::ui::Session &session = windows.documentOf(window)->session();
        auto *tour =
            new rapport::ui::ScreenshotTour(*window, session, parser.value(screenshotsOption));
        QObject::connect(tour, &rapport::ui::ScreenshotTour::finished, &app,
                         [](bool ok) { QApplication::exit(ok ? 0 : 1); });
        session.afterUpdate(tour, [tour] { tour->start(); });
    }
    return QApplication::exec();
}
