#pragma once

#include "Result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace rapport::core {
class Clock;
class SeasonLock;
} // namespace rapport::core

namespace rapport::ui {

class MainWindow;
class Prompter;
class SeasonServer;
class Session;

// One open season file: its lock, its door for other Rapport processes, the
// Session and the window showing it. A season is opened and closed here
// only, so whatever belongs to one season (an undo history) lives beside its
// Session and goes with it.
class SeasonDocument final : public QObject
{
    Q_OBJECT

public:
    // Takes the season's lock (refused while another window holds it),
    // clears what a killed backup left beside it, and opens the Session,
    // which reads the season behind the window.
    static core::Result<std::unique_ptr<SeasonDocument>> open(const QString &path,
                                                              const core::Clock &clock);
    ~SeasonDocument() override;
    Q_DISABLE_COPY_MOVE(SeasonDocument)

    // The canonical path: one name per file, whichever path reached it.
    const QString &path() const { return m_path; }
    Session &session() { return *m_session; }
    // Built once; owned here, so it goes before the Session it shows.
    MainWindow &createWindow(Prompter &prompter);
    MainWindow *window() const { return m_window.get(); }
    // Shown, raised and given the keyboard (another Rapport asked for it).
    void bringForward();

private:
    SeasonDocument() = default;

    QString m_path;
    std::unique_ptr<core::SeasonLock> m_lock;
    SeasonServer *m_server = nullptr;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace rapport::ui
