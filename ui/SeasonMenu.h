#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace rapport::ui {

class MainWindow;
class SeasonWindows;

// The season's part of a window's File menu: New Season…, Open…, Open
// Recent ▸, Save a Copy… and Close, put before the menu's other actions.
class SeasonMenu final : public QObject
{
    Q_OBJECT

public:
    SeasonMenu(MainWindow &window, SeasonWindows &windows);

    QMenu *recentMenu() const { return m_recent; }

private:
    // Filled as it opens, so files moved or deleted meanwhile are left out.
    void fillRecent();

    MainWindow &m_window;
    SeasonWindows &m_windows;
    QMenu *m_recent = nullptr;
};

} // namespace rapport::ui
