#pragma once

#include "Result.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace rapport::core {
class Clock;
}

namespace rapport::ui {

class FileChooser;
class MainWindow;
class Prompter;
class SeasonDocument;

// Every season window of this process, one per season file, and the one
// way seasons are opened and closed: File ▸ New Season…, Open…, Open
// Recent, Save a Copy… and Close act through here. A season another window
// holds (here or in another Rapport process) is brought forward instead of
// being opened twice.
class SeasonWindows final : public QObject
{
    Q_OBJECT

public:
    SeasonWindows(const core::Clock &clock, Prompter &prompter, QObject *parent = nullptr);
    ~SeasonWindows() override;
    Q_DISABLE_COPY_MOVE(SeasonWindows)

    enum class Show
    {
        Now,
        Later // the caller shows the window (start-up: a first-run dialog may come first)
    };
    struct Opened
    {
        enum How
        {
            NewWindow,      // window shows the season
            BroughtForward, // window of this process already showed it
            Elsewhere,      // another Rapport process's window came forward
            Cancelled       // the user kept the season they had (unsaved edits)
        };
        How how = Cancelled;
        MainWindow *window = nullptr;
    };
    // Opens the season at path in a window of its own. replacing: the window
    // the user opened it from, which closes once the new one is there (after
    // asking about its unsaved edits).
    core::Result<Opened> open(const QString &path, MainWindow *replacing = nullptr,
                              Show show = Show::Now);

    // The File menu's actions, each asking through the FileChooser and
    // telling errors through the Prompter.
    void newSeason(MainWindow *from);
    void openChosen(MainWindow *from);
    void openRecent(MainWindow *from, const QString &path);
    bool saveCopy(MainWindow *from);

    QList<MainWindow *> windows() const;
    SeasonDocument *documentOf(const MainWindow *window) const;
    void setFileChooser(FileChooser *chooser); // nullptr: the desktop's dialogs

Q_SIGNALS:
    // A season's user rule file could not be read (see Session::rulesFailed).
    void rulesFailed(const QString &message);

private:
    void openOrTell(MainWindow *from, const QString &path);
    void closed(MainWindow *window);
    FileChooser &files();

    const core::Clock &m_clock;
    Prompter &m_prompter;
    std::unique_ptr<FileChooser> m_dialogs;
    FileChooser *m_chooser = nullptr;
    std::vector<std::unique_ptr<SeasonDocument>> m_open;
    // Closed windows, deleted once their close event has returned.
    std::vector<std::unique_ptr<SeasonDocument>> m_closing;
};

} // namespace rapport::ui
