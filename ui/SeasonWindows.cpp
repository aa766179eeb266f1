#include "SeasonWindows.h"

#include "FileChooser.h"
#include "MailSyncRunner.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "RecentSeasons.h"
#include "SeasonDocument.h"
#include "SeasonMenu.h"
#include "SeasonServer.h"
#include "Session.h"

#include "io/Backup.h"
#include "storage/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace rapport::ui {
namespace {

QString seasonFilter()
{
    return SeasonWindows::tr("Rapport seasons (*.sqlite)");
}

} // namespace

SeasonWindows::SeasonWindows(const core::Clock &clock, Prompter &prompter, QObject *parent)
    : QObject(parent), m_clock(clock), m_prompter(prompter)
{}

SeasonWindows::~SeasonWindows()
{
    m_closing.clear();
    m_open.clear();
}

core::Result<SeasonWindows::Opened> SeasonWindows::open(const QString &path, MainWindow *replacing,
                                                        Show show)
{
    // Windows closed since the event loop last ran still hold their
    // seasons' locks: their stacks have unwound by now.
    m_closing.clear();
    const QString canonical = core::canonicalSeasonPath(path);
    for (const auto &document : m_open) {
        if (document->path() == canonical) {
            document->bringForward();
            return Opened{Opened::BroughtForward, document->window()};
        }
    }
    if (SeasonServer::askToActivate(canonical))
        return Opened{Opened::Elsewhere, nullptr};
    auto opened = SeasonDocument::open(canonical, m_clock);
    if (!opened)
        return opened.error();
    // Asked only now: a season that cannot be opened costs no edits.
    if (replacing && !replacing->mayCloseSeason())
        return Opened{Opened::Cancelled, nullptr};
    SeasonDocument &document = *opened.value();
    m_open.push_back(std::move(opened.value()));
    connect(&document.session(), &Session::rulesFailed, this, &SeasonWindows::rulesFailed);
    MainWindow &window = document.createWindow(m_prompter);
    // Mail is read by itself only in windows opened for the user.
    window.mailSync()->setAutomatic(true);
    new SeasonMenu(window, *this);
    connect(&window, &MainWindow::closed, this, [this, w = &window] { closed(w); });
    // A season without a layout of its own takes the place of the one it
    // replaces.
    if (replacing && !window.hasStoredGeometry())
        window.setGeometry(replacing->geometry());
    recentSeasons::add(canonical);
    if (show == Show::Now)
        window.show();
    if (replacing)
        replacing->close();
    return Opened{Opened::NewWindow, &window};
}

void SeasonWindows::closed(MainWindow *window)
{
    for (auto it = m_open.begin(); it != m_open.end(); ++it) {
        if ((*it)->window() == window) {
            m_closing.push_back(std::move(*it));
            m_open.erase(it);
            break;
        }
    }
    QTimer::singleShot(0, this, [this] { m_closing.clear(); });
}

QList<MainWindow *> SeasonWindows::windows() const
{
    QList<MainWindow *> out;
    for (const auto &document : m_open)
        out << document->window();
    return out;
}

SeasonDocument *SeasonWindows::documentOf(const MainWindow *window) const
{
    for (const auto &document : m_open) {
        if (document->window() == window)
            return document.get();
    }
    return nullptr;
}

void SeasonWindows::setFileChooser(FileChooser *chooser)
{
    m_chooser = chooser;
}

FileChooser &SeasonWindows::files()
{
    if (m_chooser)
        return *m_chooser;
    if (!m_dialogs)
        m_dialogs = std::make_unique<DialogFileChooser>();
    return *m_dialogs;
}

void SeasonWindows::openOrTell(MainWindow *from, const QString &path)
{
    auto opened = open(path, from);
    if (!opened)
        m_prompter.showError(from, opened.errorMessage());
    else if (opened->how == Opened::Elsewhere)
        from->showStatusMessage(tr("%1 is open in another Rapport window, which was brought "
                                   "forward.")
                                    .arg(QDir::toNativeSeparators(path)));
}

void SeasonWindows::newSeason(MainWindow *from)
{
    QString path =
        files().saveFile(from, tr("New season"), QStringLiteral("season.sqlite"), seasonFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    // A new season never replaces a file: the dialog's "replace?" is not
    // enough warning for a season's worth of messages.
    if (QFileInfo::exists(path)) {
        m_prompter.showError(from, tr("%1 already exists. Open it with File ▸ Open…, or choose "
                                      "another name for the new season.")
                                       .arg(QDir::toNativeSeparators(path)));
        return;
    }
    auto opened = open(path, from);
    if (!opened) {
        m_prompter.showError(from, opened.errorMessage());
        return;
    }
    // Its first stop: who the applicant is and the season's dates.
    if (opened->how == Opened::NewWindow)
        opened->window->showPage(MainWindow::SettingsIndex);
}

void SeasonWindows::openChosen(MainWindow *from)
{
    const QString path = files().openFile(
        from, tr("Open a season"), seasonFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openOrTell(from, path);
}

void SeasonWindows::openRecent(MainWindow *from, const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        m_prompter.showError(from,
                             tr("%1 is no longer there.").arg(QDir::toNativeSeparators(path)));
        recentSeasons::list(); // drops it
        return;
    }
    openOrTell(from, path);
}

bool SeasonWindows::saveCopy(MainWindow *from)
{
    SeasonDocument *document = documentOf(from);
    if (!document)
        return false;
    const QString suggested =
        QFileInfo(document->path()).completeBaseName() + QStringLiteral("-copy.sqlite");
    QString path =
        files().saveFile(from, tr("Save a copy of the season"), suggested, seasonFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (core::canonicalSeasonPath(path) == document->path()) {
        m_prompter.showError(from, tr("%1 is the season itself; choose another file for the copy.")
                                       .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    // The file dialog asked before replacing a file; the copy is written
    // beside it and takes its place only once complete.
    if (auto s = core::Backup::create(document->session().db(), path,
                                      core::PartialFile::Existing::Replace);
        !s) {
        m_prompter.showError(from, tr("The copy could not be saved: %1").arg(s.errorMessage()));
        return false;
    }
    from->showStatusMessage(tr("A copy of the season was saved to %1; this window still shows "
                               "the season itself.")
                                .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace rapport::ui
