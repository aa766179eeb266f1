// rapport: the desktop window.

#include "Clock.h"
#include "FirstPaint.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "ScreenshotTour.h"
#include "Session.h"
#include "Translations.h"
#include "demo/DemoSeason.h"
#include "dialogs/FirstRunDialog.h"
#include "domain/Parse.h"
#include "domain/Season.h"
#include "io/BackupFiles.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLockFile>
#include <QStandardPaths>

#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

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
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo-season.sqlite");
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

// One window per season file: a second one would fight over the data.
struct OpenSeason
{
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<rapport::ui::Session> session;
};

rapport::core::Result<OpenSeason> openLocked(const QString &path, const rapport::core::Clock &clock)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    OpenSeason season;
    season.lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    if (!season.lock->tryLock(0))
        return rapport::core::fail(
            QApplication::translate("main", "%1 is already open in another Rapport window.")
                .arg(path));
    // What a killed backup or restore left beside the season goes first.
    rapport::core::removeLeftovers(path);
    // The window shows first; the season is read behind it.
    auto session = rapport::ui::Session::open(path, clock, rapport::ui::Session::FirstLoad::Later);
    if (!session)
        return session.error();
    season.session = std::move(session.value());
    return season;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // glibc gives each new thread an arena of its own (the season's worker,
    // the parallel check's helpers, the background loads), and each keeps
    // what was freed in it: two arenas hold a 100x season in 15 MB less.
    mallopt(M_ARENA_MAX, 2);
#endif
    if (!haveDisplay()) {
        std::fputs("rapport: no display. Start it from a desktop session, or under a virtual "
                   "display: xvfb-run -a ./scripts/run (Debian package xvfb).\n",
                   stderr);
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("rapport"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rapport"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.rapport.Rapport"));
    rapport::i18n::installTranslators();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Pre-Match communication tracker"));
    parser.addHelpOption();
    parser.addVersionOption();
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
    QString path = rapport::core::Database::resolvePath(parser.value(databaseOption));
    QString error;
    if (parser.isSet(demoOption)) {
        path = parser.isSet(databaseOption) ? path : demoPath();
        if (!ensureDemo(path, clock.now().date(), &error))
            return fail(error);
    }

    auto opened = openLocked(path, clock);
    if (!opened)
        return fail(opened.errorMessage());
    OpenSeason season = std::move(opened.value());
    // An empty season: welcome, profile, or a look at the demo first.
    if (!parser.isSet(demoOption) && !parser.isSet(screenshotsOption) &&
        rapport::ui::isFirstRun(*season.session)) {
        showIcon();
        if (rapport::ui::FirstRunDialog::run(*season.session, prompter) ==
            rapport::ui::FirstRunChoice::OpenDemo) {
            season = OpenSeason();
            const QString demo = demoPath();
            if (!ensureDemo(demo, clock.now().date(), &error))
                return fail(error);
            opened = openLocked(demo, clock);
            if (!opened)
                return fail(opened.errorMessage());
            season = std::move(opened.value());
        }
    }
    auto &session = season.session;
    // The rules are read behind the window: a broken rule file of the user's
    // still stops Rapport, a moment after the window shows.
    QObject::connect(session.get(), &rapport::ui::Session::rulesFailed, &app,
                     [&](const QString &message) {
                         prompter.showError(nullptr, message);
                         QApplication::exit(1);
                     });
    rapport::ui::MainWindow window(*session, prompter);
    if (qEnvironmentVariableIntValue("RAPPORT_EXIT_AFTER_FIRST_PAINT"))
        rapport::gui::exitAfterFirstPaint(window);
    rapport::gui::afterFirstPaint(window, showIcon);
    window.show();
    if (parser.isSet(screenshotsOption)) {
        auto *tour =
            new rapport::ui::ScreenshotTour(window, *session, parser.value(screenshotsOption));
        QObject::connect(tour, &rapport::ui::ScreenshotTour::finished, &app,
                         [](bool ok) { QApplication::exit(ok ? 0 : 1); });
        session->afterUpdate(tour, [tour] { tour->start(); });
    }
    return QApplication::exec();
}
