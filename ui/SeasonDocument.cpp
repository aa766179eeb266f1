#include "SeasonDocument.h"

#include "MainWindow.h"
#include "SeasonServer.h"
#include "Session.h"

#include "io/BackupFiles.h"
#include "storage/AppSettings.h"
#include "storage/SeasonLock.h"

namespace rapport::ui {

core::Result<std::unique_ptr<SeasonDocument>> SeasonDocument::open(const QString &path,
                                                                   const core::Clock &clock)
{
    std::unique_ptr<SeasonDocument> document(new SeasonDocument);
    document->m_path = core::canonicalSeasonPath(path);
    auto lock = core::SeasonLock::acquire(document->m_path);
    if (!lock)
        return lock.error();
    document->m_lock = std::move(lock.value());
    // What a killed backup or restore left beside the season goes first.
    core::removeLeftovers(document->m_path);
    auto session = Session::open(document->m_path, clock, Session::FirstLoad::Later);
    if (!session)
        return session.error();
    document->m_session = std::move(session.value());
    // Without the socket the season still opens; a second start then says
    // it is open elsewhere instead of bringing this window forward.
    document->m_server = new SeasonServer(document->m_path, document.get());
    document->m_server->listen();
    connect(document->m_server, &SeasonServer::activateRequested, document.get(),
            &SeasonDocument::bringForward);
    return document;
}

SeasonDocument::~SeasonDocument()
{
    m_window.reset();
    m_session.reset();
    // The socket goes before the lock: a Rapport that takes the season once
    // the lock is free must not find its own socket file removed by this one.
    delete m_server;
    m_server = nullptr;
}

MainWindow &SeasonDocument::createWindow(Prompter &prompter)
{
    if (!m_window)
        m_window = std::make_unique<MainWindow>(*m_session, prompter);
    return *m_window;
}

void SeasonDocument::bringForward()
{
    if (!m_window)
        return;
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace rapport::ui
