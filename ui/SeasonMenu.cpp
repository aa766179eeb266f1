#include "SeasonMenu.h"

#include "MainWindow.h"
#include "RecentSeasons.h"
#include "SeasonWindows.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace rapport::ui {

SeasonMenu::SeasonMenu(MainWindow &window, SeasonWindows &windows)
    : QObject(&window), m_window(window), m_windows(windows)
{
    QMenu *file = window.fileMenu();
    QAction *first = file->actions().value(0);
    const auto add = [&](const QString &text, const char *name, const QKeySequence &keys) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        file->insertAction(first, action);
        return action;
    };
    connect(add(tr("New &Season…"), "actionNewSeason", {}), &QAction::triggered, this,
            [this] { m_windows.newSeason(&m_window); });
    connect(add(tr("&Open…"), "actionOpenSeason", QKeySequence::Open), &QAction::triggered, this,
            [this] { m_windows.openChosen(&m_window); });
    m_recent = new QMenu(tr("Open &Recent"), &window);
    m_recent->setObjectName(QStringLiteral("menuOpenRecent"));
    file->insertMenu(first, m_recent);
    connect(m_recent, &QMenu::aboutToShow, this, &SeasonMenu::fillRecent);
    fillRecent();
    connect(add(tr("Save a Cop&y…"), "actionSaveCopy", {}), &QAction::triggered, this,
            [this] { m_windows.saveCopy(&m_window); });
    connect(add(tr("C&lose"), "actionCloseSeason", QKeySequence::Close), &QAction::triggered,
            &window, &QWidget::close);
    file->insertSeparator(first);
}

void SeasonMenu::fillRecent()
{
    m_recent->clear();
    const QStringList paths = recentSeasons::list();
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        // The folder tells two "season.sqlite" apart; the first nine are
        // numbered for the keyboard.
        QString text =
            QStringLiteral("%1  (%2)")
                .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).path()));
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (i < 9)
            text = QStringLiteral("&%1 ").arg(i + 1) + text;
        QAction *action = m_recent->addAction(text);
        action->setData(path);
        connect(action, &QAction::triggered, this,
                [this, path] { m_windows.openRecent(&m_window, path); });
    }
    m_recent->addSeparator();
    QAction *clear = m_recent->addAction(tr("&Clear List"));
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    clear->setEnabled(!paths.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        recentSeasons::clear();
        fillRecent();
    });
}

} // namespace rapport::ui
