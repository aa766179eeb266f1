// The window at 1x, 10x and 100x: start-up, peak memory, and what everyday
// actions cost the UI thread, typed and clicked with QTest into the real
// MainWindow over demo seasons of each scale. Run by hand:
//   xvfb-run -a -s "-screen 0 1440x900x24" gui_bench [--scales 1,10,100] [--repeat N]
//       [--only startup,saves,search,sort,compose,select,report]
// or with QT_QPA_PLATFORM=offscreen. `gui_bench --bare` is the comparison:
// a window with one empty QTableView that quits after its first paint.
//
// Per action: the UI thread's CPU time and the wall time from the input event
// until the result is on screen (no reload under way, no search pending, and
// every posted event, paints included, delivered; a save also waits for
// Session::changed()), and the longest the event loop went without serving a
// 5-ms heartbeat: a frozen window shows as a long stall even when the work
// runs on another thread. Start-up is timed from launching `rapport` to its
// first paint (RAPPORT_EXIT_AFTER_FIRST_PAINT), with its peak memory.
//
// The season report (Ctrl+P) is timed until its PDF is written: the pages are
// set on a worker thread behind a progress dialog, so its UI time and
// stall stay small while its wall time is the whole report.
//
// Seasons are built once per scale into /tmp/rapport-bench-<N>x-<day>.sqlite;
// delete those files after the demo season changes.
#include "EmptyHome.h"
#include "FakePrompter.h"
#include "FileChooser.h"
#include "FirstPaint.h"
#include "IoActions.h"
#include "MainWindow.h"
#include "ProcessSettings.h"
#include "Session.h"
#include "dialogs/CommunicationDialog.h"
#include "dialogs/ComposeDialog.h"
#include "models/LogFilterProxy.h"
#include "models/LogModel.h"
#include "pages/LogPage.h"
#include "pages/ProgramDetailsTab.h"
#include "pages/ProgramsPage.h"

#include "demo/DemoSeason.h"
#include "domain/Parse.h"
#include "domain/Season.h"
#include "storage/Database.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace rapport;

namespace {

// The day the widget tests see the demo from: after its last message and
// before the rank-list deadline, so the whole season is logged.
const QString kNow = QStringLiteral("2027-02-20T12:00-05:00");
constexpr int kHeartbeatMs = 5;
constexpr int kTimeoutMs = 120000;

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "gui_bench: %s\n", qPrintable(message));
    std::exit(1);
}

void require(bool ok, const char *what)
{
    if (!ok)
        fail(QString::fromUtf8(what));
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double worst(const std::vector<double> &v)
{
    return *std::max_element(v.begin(), v.end());
}

// The demo season at scale as it stands on today, built once into /tmp (a
// 100x season takes a while), copied to path for each use.
void copySeason(int scale, const QDate &today, const QString &path)
{
    const QString cached = QStringLiteral("%1/rapport-bench-%2x-%3.sqlite")
                               .arg(QDir::tempPath())
                               .arg(scale)
                               .arg(today.toString(Qt::ISODate));
    if (!QFile::exists(cached)) {
        std::fprintf(stderr, "Building the %dx season into %s...\n", scale, qPrintable(cached));
        const QString building = cached + QStringLiteral(".building.sqlite");
        QFile::remove(building);
        {
            auto db = core::Database::open(building);
            if (!db)
                fail(db.errorMessage());
            core::DemoOptions options;
            options.scale = scale;
            options.today = today;
            options.matchYear = core::Season::matchYearAt(today);
            if (auto made = core::generateDemoSeason(**db, options); !made)
                fail(made.errorMessage());
        }
        require(QFile::rename(building, cached), "could not store the built season");
    }
    QFile::remove(path);
    require(QFile::copy(cached, path), "could not copy the season");
}

// Starts program repeat times, each until it reports its first paint, and
// prints how long that took and its peak memory.
void startUp(const char *what, const QString &program, const QStringList &args, int repeat)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RAPPORT_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("RAPPORT_NOW"), kNow);
    const QRegularExpression peak(QStringLiteral("VmHWM (\\d+) kB"));
    std::vector<double> ms, peakMb;
    for (int i = 0; i < repeat; ++i) {
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer clock;
        clock.start();
        child.start(program, args);
        QByteArray line;
        while (!line.contains('\n') && child.waitForReadyRead(kTimeoutMs))
            line += child.readAllStandardOutput();
        ms.push_back(double(clock.nsecsElapsed()) / 1e6);
        child.waitForFinished(kTimeoutMs);
        const auto match = peak.match(QString::fromUtf8(line));
        if (!match.hasMatch())
            fail(program + QStringLiteral(" did not report its first paint"));
        peakMb.push_back(match.captured(1).toDouble() / 1024);
    }
    std::printf("%s: start-up to first paint median %.0f ms, worst %.0f ms; "
                "peak memory (VmHWM) %.0f MB\n",
                what, median(ms), worst(ms), median(peakMb));
    std::fflush(stdout);
}

// Delivered only after every other posted event, paints included (they are
// posted at low priority): by then the window has caught up.
class Sentinel final : public QObject
{
public:
    std::function<void()> delivered;
    void post() { QCoreApplication::postEvent(this, new QEvent(QEvent::User), INT_MIN + 1); }

protected:
    bool event(QEvent *e) override
    {
        if (e->type() != QEvent::User)
            return QObject::event(e);
        if (delivered)
            delivered();
        return true;
    }
};

// Answers the report's Save dialog with one file.
class ReportFile final : public ui::FileChooser
{
public:
    explicit ReportFile(QString path) : m_path(std::move(path)) {}
    QString openFile(QWidget *, const QString &, const QString &) override { return {}; }
    QStringList openFiles(QWidget *, const QString &, const QString &) override { return {}; }
    QString saveFile(QWidget *, const QString &, const QString &, const QString &) override
    {
        return m_path;
    }

private:
    QString m_path;
};

struct Row
{
    QString action;
    std::vector<double> uiMs, wallMs, stallMs;
};

// Drives one shown window through the actions and times each.
class Bench
{
public:
    Bench(ui::Session &session, ui::MainWindow &window, const test::FakePrompter &prompter)
        : m_session(session), m_window(window), m_prompter(prompter)
    {
        // Debounce timers (the log's search): while one runs, a result is still to come.
        for (QTimer *t : window.findChildren<QTimer *>()) {
            if (t->isSingleShot() && t->interval() < 1000)
                m_debounce << t;
        }
        QObject::connect(&session, &ui::Session::changed, &m_sentinel, [this] { ++m_changes; });
        m_clock.start();
        m_heartbeat.setTimerType(Qt::PreciseTimer);
        m_heartbeat.setInterval(kHeartbeatMs);
        QObject::connect(&m_heartbeat, &QTimer::timeout, &m_heartbeat, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestGap = std::max(m_longestGap, now - m_lastTick);
            m_lastTick = now;
        });
        m_heartbeat.start();
    }

    void run(int repeat, const QString &report, const QStringList &only)
    {
        const auto wanted = [&only](const char *group) {
            return only.isEmpty() || only.contains(QLatin1String(group));
        };
        activate();
        require(settle(), "the window did not settle after opening");
        if (wanted("saves"))
            saves(repeat);
        if (wanted("search"))
            search(repeat);
        if (wanted("sort")) {
            sortColumns(QStringLiteral("Log"), m_window.logPage()->table(), repeat);
            m_window.showPage(ui::MainWindow::ProgramsIndex);
            sortColumns(QStringLiteral("Programs"), m_window.programsPage()->listView(), repeat);
        }
        if (wanted("compose"))
            compose(repeat);
        if (wanted("select"))
            selectPrograms(repeat);
        if (wanted("report"))
            seasonReport(std::min(repeat, 3), report);
        if (!m_prompter.errors.isEmpty())
            fail(QStringLiteral("the window reported: ") +
                 m_prompter.errors.join(QLatin1Char('\n')));
    }

    void print() const
    {
        std::printf("| action | median UI ms | worst UI ms | median wall ms | longest stall ms |\n"
                    "|---|---:|---:|---:|---:|\n");
        for (const Row &r : m_rows)
            std::printf("| %s | %.1f | %.1f | %.1f | %.1f |\n", qPrintable(r.action),
                        median(r.uiMs), worst(r.uiMs), median(r.wallMs), worst(r.stallMs));
    }

private:
    // Runs the event loop until the window is idle and done() holds.
    bool settle(const std::function<bool()> &done = {})
    {
        QEventLoop loop;
        bool finished = false;
        bool posted = false;
        const auto ready = [&] {
            return !m_session.isUpdating() &&
                   std::none_of(m_debounce.cbegin(), m_debounce.cend(),
                                [](const QPointer<QTimer> &t) { return t && t->isActive(); }) &&
                   (!done || done());
        };
        m_sentinel.delivered = [&] {
            posted = false;
            if (ready()) {
                finished = true;
                loop.quit();
            }
        };
        // The Glib dispatcher says it is about to block even with events
        // pending: the sentinel tells when they have all been handled.
        const auto aboutToBlock = [&] {
            if (!posted && ready()) {
                posted = true;
                m_sentinel.post();
            }
        };
        const auto idle =
            QObject::connect(QAbstractEventDispatcher::instance(),
                             &QAbstractEventDispatcher::aboutToBlock, &loop, aboutToBlock);
        QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        QObject::disconnect(idle);
        m_sentinel.delivered = nullptr;
        return finished;
    }

    // Times input() until the window has settled; a save waits for changed().
    void measure(const QString &action, const std::function<void()> &input,
                 const std::function<bool()> &done = {}, bool save = false)
    {
        require(settle(), "the window did not settle before an action");
        const int changes = m_changes;
        const double cpu = threadCpuMs();
        const qint64 start = m_clock.nsecsElapsed();
        m_lastTick = start;
        m_longestGap = 0;
        input();
        // Sent from outside any event loop, the input's deleteLater()s (a
        // dialog closing) wait for this; the application's loop would do it next.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (!settle([&] { return (!save || m_changes > changes) && (!done || done()); }))
            fail(action + QStringLiteral(": no result after %1 s").arg(kTimeoutMs / 1000));
        const qint64 end = m_clock.nsecsElapsed();
        auto row = std::find_if(m_rows.begin(), m_rows.end(),
                                [&](const Row &r) { return r.action == action; });
        if (row == m_rows.end())
            row = m_rows.insert(m_rows.end(), Row{action, {}, {}, {}});
        row->uiMs.push_back(threadCpuMs() - cpu);
        row->wallMs.push_back(double(end - start) / 1e6);
        row->stallMs.push_back(double(std::max(m_longestGap, end - m_lastTick)) / 1e6);
    }

    // Shortcuts reach the active window only.
    void activate()
    {
        if (QApplication::activeWindow() != &m_window) {
            m_window.activateWindow();
            require(QTest::qWaitForWindowActive(&m_window), "the window could not be activated");
        }
    }

    void shortcut(int key) { QTest::keyClick(&m_window, Qt::Key(key), Qt::ControlModifier); }

    // The window's dialog of type D once it is on screen, else nullptr.
    template <typename D> D *shown() const
    {
        auto *d = m_window.findChild<D *>();
        return d && d->windowHandle() && d->windowHandle()->isExposed() ? d : nullptr;
    }

    static void clickRow(QTableView *view, int row)
    {
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    // Appends an "x" to the field, or takes it off again: always a change.
    static void editEnd(QLineEdit *field, int round)
    {
        QTest::keyClick(field, Qt::Key_End);
        if (round % 2)
            QTest::keyClick(field, Qt::Key_Backspace);
        else
            QTest::keyClick(field, 'x');
    }

    // A program's policy note saved on the Details tab; the Dashboard and the
    // Log shown first after it; then a log entry's subject edited and saved.
    void saves(int repeat)
    {
        ui::ProgramsPage *programs = m_window.programsPage();
        m_window.showPage(ui::MainWindow::ProgramsIndex);
        require(settle(), "the Programs page did not settle");
        clickRow(programs->listView(), 0);
        QTabBar *tabs = programs->tabs()->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {},
                          tabs->tabRect(ui::ProgramsPage::DetailsTab).center());
        auto *note =
            programs->detailsTab()->findChild<QLineEdit *>(QStringLiteral("detailsPolicyNote"));
        auto *save =
            programs->detailsTab()->findChild<QPushButton *>(QStringLiteral("detailsSave"));
        require(note && save, "the Details tab has no policy note or Save button");
        ui::LogPage *log = m_window.logPage();
        for (int i = 0; i < repeat; ++i) {
            require(settle(), "the Details tab did not settle");
            editEnd(note, i);
            require(save->isEnabled(), "the edited program cannot be saved");
            measure(
                QStringLiteral("save: a program's policy note (Details tab, Save)"),
                [&] { QTest::mouseClick(save, Qt::LeftButton); }, {}, true);
            const core::Program *p = m_session.program(programs->currentProgramId());
            require(p && p->policyNote == note->text().trimmed(), "the policy note was not saved");

            measure(QStringLiteral("first Dashboard visit after a save (Ctrl+1)"),
                    [&] { shortcut(Qt::Key_1); });
            require(m_window.currentPage() == ui::MainWindow::DashboardIndex, "no Dashboard");
            measure(QStringLiteral("first Log visit after a save (Ctrl+3)"),
                    [&] { shortcut(Qt::Key_3); });
            require(m_window.currentPage() == ui::MainWindow::LogIndex, "no Log");

            require(settle(), "the Log did not settle");
            clickRow(log->table(), 0);
            measure(
                QStringLiteral("open the newest log entry (Enter)"),
                [&] { QTest::keyClick(log->table(), Qt::Key_Return); },
                [this] { return shown<ui::CommunicationDialog>() != nullptr; });
            auto *entry = shown<ui::CommunicationDialog>();
            editEnd(entry->findChild<QLineEdit *>(QStringLiteral("subject")), i);
            auto *store = entry->findChild<QPushButton *>(QStringLiteral("save"));
            measure(
                QStringLiteral("save: a log entry's subject (entry window, Save)"),
                [&] { QTest::mouseClick(store, Qt::LeftButton); },
                [this] { return !m_window.findChild<ui::CommunicationDialog *>(); }, true);
            activate();
            shortcut(Qt::Key_2);
        }
    }

    // "thank" typed into the log's search letter by letter, each letter until
    // the table shows its result; then the field cleared.
    void search(int repeat)
    {
        ui::LogPage *log = m_window.logPage();
        m_window.showPage(ui::MainWindow::LogIndex);
        require(settle(), "the Log did not settle");
        auto *field = log->findChild<QLineEdit *>(QStringLiteral("logSearch"));
        require(field && field->text().isEmpty(), "the log has no empty search field");
        QTest::mouseClick(field, Qt::LeftButton);
        for (int i = 0; i < repeat; ++i) {
            for (char letter : {'t', 'h', 'a', 'n', 'k'})
                measure(QStringLiteral("log search: one letter of \"thank\""),
                        [&] { QTest::keyClick(field, letter); });
            require(log->proxy()->rowCount() < log->model()->rowCount(), "the search kept all");
            measure(QStringLiteral("clear the search (Ctrl+A, Backspace)"), [&] {
                QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
                QTest::keyClick(field, Qt::Key_Backspace);
            });
            require(log->proxy()->rowCount() == log->model()->rowCount(), "the search stayed");
        }
    }

    // A click on each visible column's header (each click turns the order).
    void sortColumns(const QString &table, QTableView *view, int repeat)
    {
        require(settle(), "the page did not settle before sorting");
        QHeaderView *header = view->horizontalHeader();
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c))
                continue;
            const QString title = view->model()->headerData(c, Qt::Horizontal).toString();
            for (int i = 0; i < repeat; ++i) {
                const QPoint at(header->sectionViewportPosition(c) + header->sectionSize(c) / 2,
                                header->height() / 2);
                measure(QStringLiteral("sort %1 by %2 (header click)").arg(table, title),
                        [&] { QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at); });
                require(header->sortIndicatorSection() == c, "a header click did not sort");
            }
        }
    }

    void compose(int repeat)
    {
        for (int i = 0; i < repeat; ++i) {
            activate();
            measure(
                QStringLiteral("open Compose (Ctrl+N)"), [&] { shortcut(Qt::Key_N); },
                [this] { return shown<ui::ComposeDialog>() != nullptr; });
            auto *dialog = shown<ui::ComposeDialog>();
            measure(
                QStringLiteral("close Compose (Esc)"),
                [&] { QTest::keyClick(dialog, Qt::Key_Escape); },
                [this] { return !m_window.findChild<ui::ComposeDialog *>(); });
        }
    }

    // Down the program list, its Timeline tab showing as it does by default.
    void selectPrograms(int repeat)
    {
        ui::ProgramsPage *programs = m_window.programsPage();
        activate();
        shortcut(Qt::Key_2);
        QTabBar *tabs = programs->tabs()->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {},
                          tabs->tabRect(ui::ProgramsPage::TimelineTab).center());
        require(settle(), "the Programs page did not settle");
        clickRow(programs->listView(), 0);
        for (int i = 0; i < repeat; ++i) {
            const qint64 before = programs->currentProgramId();
            measure(QStringLiteral("select the next program in the list (Down)"),
                    [&] { QTest::keyClick(programs->listView(), Qt::Key_Down); });
            require(programs->currentProgramId() != before, "Down selected no other program");
        }
    }

    // A few times only: at 100x each report takes seconds.
    void seasonReport(int repeat, const QString &path)
    {
        ReportFile file(path);
        ui::IoActions *io = m_window.ioActions();
        io->setFileChooser(&file);
        for (int i = 0; i < repeat; ++i) {
            activate();
            measure(
                QStringLiteral("season report to PDF (Ctrl+P), until written"),
                [&] { shortcut(Qt::Key_P); }, [io] { return !io->isWritingReport(); });
            require(QFile::remove(path), "the season report was not written");
        }
        io->setFileChooser(nullptr);
    }

    ui::Session &m_session;
    ui::MainWindow &m_window;
    const test::FakePrompter &m_prompter;
    QList<QPointer<QTimer>> m_debounce;
    Sentinel m_sentinel;
    QTimer m_heartbeat;
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0;
    qint64 m_longestGap = 0;
    int m_changes = 0;
    std::vector<Row> m_rows; // in the order first met
};

void benchScale(int scale, int repeat, const QDir &dir, const QDateTime &now,
                const QStringList &only)
{
    const QString launched = dir.filePath(QStringLiteral("launched-%1x.sqlite").arg(scale));
    const QString driven = dir.filePath(QStringLiteral("driven-%1x.sqlite").arg(scale));
    copySeason(scale, now.date(), launched);
    copySeason(scale, now.date(), driven);
    std::printf("\n### %dx\n\n", scale);
    if (only.isEmpty() || only.contains(QStringLiteral("startup")))
        startUp("rapport", QStringLiteral(RAPPORT_GUI), {QStringLiteral("--database"), launched},
                repeat);

    core::FixedClock clock(now);
    // Opened as the window opens a season: read on the worker after the
    // first paint, so the later reads compare with it as they do there.
    auto session = ui::Session::open(driven, clock, ui::Session::FirstLoad::Later);
    if (!session)
        fail(session.errorMessage());
    test::FakePrompter prompter; // goes ahead past every finding, so saves go through
    ui::MainWindow window(**session, prompter);
    window.show();
    require(QTest::qWaitForWindowExposed(&window), "the window was not shown");
    require(QTest::qWaitFor([&] { return (*session)->isLoaded() && !(*session)->isUpdating(); },
                            kTimeoutMs),
            "the season was not read");
    Bench bench(**session, window, prompter);
    bench.run(repeat, dir.filePath(QStringLiteral("report-%1x.pdf").arg(scale)), only);

    const core::SeasonSnapshot &season = (*session)->snapshot();
    std::printf("season: %lld programs, %lld messages\n\n",
                static_cast<long long>(season.programs.size()),
                static_cast<long long>(season.communications.size()));
    bench.print();
    std::fflush(stdout);
}

int usage()
{
    std::fputs("usage: gui_bench [--scales 1,10,100] [--repeat N]\n"
               "                 [--only startup,saves,search,sort,compose,select,report]\n"
               "       gui_bench --bare\n",
               stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    rapport::gui::applyProcessSettings();
    // Settings and rule files of an empty home: every window opens as on a
    // first start. Static, so that fail()'s exit() removes it too.
    static QTemporaryDir home;
    bench::useEmptyHome(home);
    // Without a display, offscreen (the children inherit it).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("rapport"));

    const QStringList args = QApplication::arguments().mid(1);
    if (args == QStringList{QStringLiteral("--bare")}) {
        QTableView view;
        view.resize(1360, 840);
        gui::exitAfterFirstPaint(view);
        view.show();
        return QApplication::exec();
    }
    QList<int> scales{1, 10, 100};
    int repeat = 7;
    QStringList only;
    for (int i = 0; i < args.size(); i += 2) {
        if (i + 1 >= args.size())
            return usage();
        if (args[i] == QStringLiteral("--scales")) {
            scales.clear();
            for (const QString &s : args[i + 1].split(QLatin1Char(',')))
                scales << s.toInt();
        } else if (args[i] == QStringLiteral("--repeat")) {
            repeat = args[i + 1].toInt();
        } else if (args[i] == QStringLiteral("--only")) {
            only = args[i + 1].split(QLatin1Char(','));
        } else {
            return usage();
        }
    }
    if (repeat < 1 || scales.contains(0))
        return usage();

    auto now = core::parseMoment(kNow, QStringLiteral("now"));
    require(now.ok(), "bad moment");
    static QTemporaryDir dir;
#ifndef NDEBUG
    std::fputs("gui_bench: a Debug build; time the release preset's\n", stderr);
#endif
    std::printf("gui_bench: platform %s, Qt %s, today %s, %d runs per action\n\n",
                qPrintable(QApplication::platformName()), qVersion(), qPrintable(kNow), repeat);
    startUp("bare window (one empty QTableView)", QApplication::applicationFilePath(),
            {QStringLiteral("--bare")}, repeat);
    for (int scale : scales)
        benchScale(scale, repeat, QDir(dir.path()), *now, only);
    return 0;
}
