#include "MainWindow.h"

#include "FindingText.h"
#include "Icons.h"
#include "IoActions.h"
#include "MailDrop.h"
#include "MailSyncRunner.h"
#include "Prompter.h"
#include "Session.h"
#include "dialogs/CommunicationDialog.h"
#include "dialogs/ComposeDialog.h"
#include "models/ProgramListModel.h"
#include "models/TimelineModel.h"
#include "pages/DashboardPage.h"
#include "pages/InboxPage.h"
#include "pages/LogPage.h"
#include "pages/ProgramsPage.h"
#include "pages/SettingsPage.h"
#include "pages/TemplatesPage.h"
#include "rules/RuleEngine.h"
#include "storage/AppSettings.h"
#include "storage/Database.h"
#include "undo/RecordActions.h"
#include "undo/UndoActions.h"
#include "widgets/ElidedLabel.h"
#include "widgets/MailSyncIndicator.h"
#include "widgets/SpellHighlighter.h"
#include "widgets/WindowSize.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <array>

namespace rapport::ui {

namespace {

// The pages in PageIndex order, as the settings name them.
QStringList pageNames()
{
    return {QStringLiteral("dashboard"), QStringLiteral("programs"),  QStringLiteral("log"),
            QStringLiteral("inbox"),     QStringLiteral("templates"), QStringLiteral("settings")};
}

} // namespace

MainWindow::MainWindow(Session &session, Prompter &prompter, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_prompter(prompter),
      m_settingsGroup(core::seasonSettingsGroup(session.db().path()))
{
    // The season is the document: its file names the window.
    setWindowFilePath(m_session.db().path());
    setWindowTitle(tr("%1 — Rapport").arg(QFileInfo(m_session.db().path()).fileName()));
    setObjectName(QStringLiteral("mainWindow"));
    m_mailSync = new MailSyncRunner(m_session, this);
    createFrame();
    createActions();
    m_updating = new QLabel(tr("Updating…"));
    m_updating->setObjectName(QStringLiteral("updatingIndicator"));
    m_updating->setToolTip(tr("The season is being read and checked again; what you see is "
                              "the state before the last change until it is done."));
    m_updating->hide();
    // The database's path can be long: it gives way (its middle first) to
    // the window's width.
    m_status = new ElidedLabel(Qt::ElideMiddle);
    statusBar()->addPermanentWidget(new MailSyncIndicator(*m_mailSync));
    statusBar()->addPermanentWidget(m_updating);
    statusBar()->addPermanentWidget(m_status);
    // Only a reload that takes a while is announced: a flash per save would
    // be noise.
    m_updatingDelay = new QTimer(this);
    m_updatingDelay->setSingleShot(true);
    m_updatingDelay->setInterval(150);
    connect(m_updatingDelay, &QTimer::timeout, m_updating, &QWidget::show);
    connect(&m_session, &Session::updatingChanged, this, &MainWindow::showUpdating);
    connect(&m_session, &Session::changed, this, &MainWindow::updateStatus);
    connect(&m_session, &Session::reloadFailed, this, [this](const QString &message) {
        m_prompter.showError(this, tr("The season could not be read again after the last "
                                      "change; the window shows it as it was before. %1")
                                       .arg(message));
    });
    showUpdating(m_session.isUpdating());
    updateStatus();
    restoreLayout();
}

void MainWindow::showUpdating(bool updating)
{
    if (updating) {
        if (!m_updatingDelay->isActive() && m_updating->isHidden())
            m_updatingDelay->start();
    } else {
        m_updatingDelay->stop();
        m_updating->hide();
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createFrame()
{
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    const struct
    {
        QString title;
        const char *icon;
    } pages[] = {
        {tr("Dashboard"), "go-home"},       {tr("Programs"), "view-list-details"},
        {tr("Log"), "mail-folder-inbox"},   {tr("Inbox"), "mail-receive"},
        {tr("Templates"), "document-edit"}, {tr("Settings"), "preferences-system"},
    };
    for (const auto &entry : pages) {
        auto *item = new QListWidgetItem(themeIcon(QLatin1String(entry.icon)), entry.title);
        item->setSizeHint(QSize(0, 36));
        m_navigation->addItem(item);
    }
    m_stack = new QStackedWidget;
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);

    // Until the season is first read, a word instead of pages that would
    // claim it is empty.
    m_loading = new QLabel(tr("Reading the season…"));
    m_loading->setObjectName(QStringLiteral("loadingPlaceholder"));
    m_loading->setAlignment(Qt::AlignCenter);
    m_loading->installEventFilter(this);
    m_pageArea = new QStackedWidget;
    m_pageArea->addWidget(m_loading);
    m_pageArea->addWidget(m_stack);

    // The navigation is as wide as its longest title, in the current
    // language and font; the page takes the rest.
    int widest = m_navigation->fontMetrics().horizontalAdvance(inboxTitle(999));
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = std::max(
            widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    const int em = m_navigation->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 4 * em);
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pageArea, 1);
    setCentralWidget(central);
    m_navigation->setCurrentRow(DashboardIndex);
}

void MainWindow::createPages()
{
    if (m_dashboard)
        return;
    m_dashboard = new DashboardPage(m_session, m_prompter);
    m_programs = new ProgramsPage(m_session, m_prompter);
    m_log = new LogPage(m_session, m_prompter);
    m_inbox = new InboxPage(m_session, m_prompter);
    m_templates = new TemplatesPage(m_session, m_prompter);
    m_settings = new SettingsPage(m_session, m_prompter, *m_mailSync);
    QSettings settings;
    settings.beginGroup(m_settingsGroup);
    const std::array<Page *, PageCount> pages{m_dashboard, m_programs,  m_log,
                                              m_inbox,     m_templates, m_settings};
    for (Page *page : pages) {
        m_stack->addWidget(page);
        connectPage(page);
        page->restoreState(settings);
    }
    m_stack->setCurrentIndex(m_navigation->currentRow());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_programs->recordActions()->deleteAction());
    m_editMenu->addAction(m_programs->recordActions()->mergeAction());
    // The timeline is reset whenever the selected program changes.
    connect(m_programs->timelineModel(), &QAbstractItemModel::modelReset, m_io,
            &IoActions::updateActions);
    connectInbox();
}

QString MainWindow::inboxTitle(int pending)
{
    return pending > 0 ? tr("Inbox (%1)").arg(pending) : tr("Inbox");
}

// The Inbox's count in the navigation, and mail dropped on the window or on
// a program of the Programs list.
void MainWindow::connectInbox()
{
    const auto showCount = [this](int pending) {
        m_navigation->item(InboxIndex)->setText(inboxTitle(pending));
    };
    connect(m_inbox, &InboxPage::pendingCountChanged, this, showCount);
    showCount(m_inbox->pendingCount());
    connect(m_inbox, &InboxPage::statusMessage, this, &MainWindow::showStatusMessage);
    QTableView *programs = m_programs->listView();
    m_mailDrop->watch(programs->viewport(), [programs](const QPoint &at) {
        return programs->indexAt(at).data(ProgramListModel::ProgramIdRole).toLongLong();
    });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The placeholder paints with the window's first paint, which needs
    // neither the rules, the season nor the pages: right after it the worker
    // starts on the first two while this thread builds the pages.
    if (watched == m_loading && event->type() == QEvent::Paint) {
        m_loading->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            m_session.startFirstLoad();
            createPages();
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

DashboardPage *MainWindow::dashboardPage()
{
    createPages();
    return m_dashboard;
}

ProgramsPage *MainWindow::programsPage()
{
    createPages();
    return m_programs;
}

LogPage *MainWindow::logPage()
{
    createPages();
    return m_log;
}

InboxPage *MainWindow::inboxPage()
{
    createPages();
    return m_inbox;
}

TemplatesPage *MainWindow::templatesPage()
{
    createPages();
    return m_templates;
}

SettingsPage *MainWindow::settingsPage()
{
    createPages();
    return m_settings;
}

void MainWindow::connectPage(Page *page)
{
    connect(page, &Page::programRequested, this, &MainWindow::showProgram);
    connect(page, &Page::communicationRequested, this, &MainWindow::openCommunication);
    connect(page, &Page::composeRequested, this,
            [this](qint64 program, qint64 contact, const QString &tmpl, qint64 replyTo) {
                compose(program, contact, tmpl, replyTo);
            });
}

void MainWindow::createActions()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("menuFile"));
    m_fileMenu = fileMenu;
    auto *compose =
        new QAction(themeIcon(QStringLiteral("mail-message-new")), tr("&Compose…"), this);
    compose->setObjectName(QStringLiteral("actionCompose"));
    compose->setShortcut(QKeySequence::New);
    compose->setToolTip(tr("Write a message from a template, checked as you type (%1)")
                            .arg(compose->shortcut().toString(QKeySequence::NativeText)));
    connect(compose, &QAction::triggered, this, [this] { this->compose(); });
    auto *newProgram =
        new QAction(themeIcon(QStringLiteral("list-add")), tr("New &program…"), this);
    newProgram->setObjectName(QStringLiteral("actionNewProgram"));
    newProgram->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(newProgram, &QAction::triggered, this, [this] {
        showPage(ProgramsIndex);
        programsPage()->newProgram();
    });
    auto *find = new QAction(themeIcon(QStringLiteral("edit-find")), tr("&Find"), this);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (auto *page = qobject_cast<Page *>(m_stack->currentWidget()))
            page->focusSearch();
    });
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    // Every season window, each asking about its own unsaved edits.
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    fileMenu->addAction(compose);
    fileMenu->addAction(newProgram);
    fileMenu->addSeparator();
    m_io = new IoActions(m_session, m_prompter, this,
                         [this] { return m_programs ? m_programs->currentProgramId() : 0; });
    m_io->addTo(fileMenu);
    connect(m_io, &IoActions::statusMessage, this, &MainWindow::showStatusMessage);
    fileMenu->addSeparator();
    auto *syncMail = new QAction(themeIcon(QStringLiteral("mail-receive")), tr("S&ync Mail"), this);
    syncMail->setObjectName(QStringLiteral("actionSyncMail"));
    syncMail->setShortcuts(
        {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)});
    syncMail->setToolTip(tr("Read new mail from every account and local mail folder (%1)")
                             .arg(syncMail->shortcut().toString(QKeySequence::NativeText)));
    connect(syncMail, &QAction::triggered, m_mailSync, &MailSyncRunner::syncAll);
    connect(m_mailSync, &MailSyncRunner::statusMessage, this, &MainWindow::showStatusMessage);
    fileMenu->addAction(syncMail);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);
    toolbar->addAction(compose);
    toolbar->addAction(newProgram);
    toolbar->addAction(syncMail);
    addAction(find);

    m_mailDrop = new MailDrop(m_session, m_prompter, this);
    m_mailDrop->watch(this);
    connect(m_mailDrop, &MailDrop::captured, this, [this](const QString &summary) {
        showPage(InboxIndex);
        showStatusMessage(summary);
    });

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_undo = new UndoActions(m_session.undoStack(), this);
    m_editMenu->addAction(m_undo->undoAction());
    m_editMenu->addAction(m_undo->redoAction());

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(find);
    viewMenu->addSeparator();
    for (int i = 0; i < PageCount; ++i) {
        auto *go = new QAction(m_navigation->item(i)->text(), this);
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showPage(i); });
        viewMenu->addAction(go);
    }

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Rapport"), this, [this] {
        QMessageBox::about(this, tr("About Rapport"),
                           tr("<b>Rapport</b> %1<p>Keeps a residency applicant's pre-Match "
                              "communication in order, and warns before a message breaks a limit "
                              "or a rule of the Match.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

int MainWindow::currentPage() const
{
    return m_navigation->currentRow();
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < PageCount)
        m_navigation->setCurrentRow(index);
}

void MainWindow::showProgram(qint64 programId)
{
    showPage(ProgramsIndex);
    programsPage()->selectProgram(programId);
}

ComposeDialog *MainWindow::compose(qint64 programId, qint64 contactId, const QString &templateName,
                                   qint64 replyTo)
{
    auto *dialog = new ComposeDialog(m_session, m_prompter, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (programId)
        dialog->setProgram(programId);
    if (contactId)
        dialog->setContact(contactId);
    if (replyTo)
        dialog->setReplyTo(replyTo);
    if (!templateName.isEmpty())
        dialog->setTemplate(templateName);
    dialog->show();
    return dialog;
}

void MainWindow::openCommunication(qint64 communicationId)
{
    auto *dialog = new CommunicationDialog(m_session, m_prompter, communicationId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::updateStatus()
{
    if (!m_session.isLoaded()) {
        m_status->setFullText(m_session.db().path());
        return;
    }
    createPages();
    m_pageArea->setCurrentWidget(m_stack);
    // The applicant's own: a program's misconduct is not their violation.
    int open = 0;
    for (const core::Finding &f : m_session.findings()) {
        if (!f.acknowledged && f.severity != core::Severity::Info &&
            !findingText::isProgramConduct(f))
            ++open;
    }
    const auto programs = m_session.snapshot().programs.size();
    const auto messages = m_session.snapshot().communications.size();
    m_status->setFullText(tr("%n programs", nullptr, int(programs)) + QStringLiteral("  ·  ") +
                          tr("%n messages", nullptr, int(messages)) + QStringLiteral("  ·  ") +
                          tr("%n open warnings and violations", nullptr, open) +
                          QStringLiteral("  ·  ") + m_session.db().path());
}

void MainWindow::showStatusMessage(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

QString MainWindow::geometryGroup() const
{
    // A laptop alone and the laptop at its desk's monitor each keep their
    // own place for the window.
    QStringList screens;
    for (const QScreen *screen : QGuiApplication::screens())
        screens << QStringLiteral("%1 %2x%3")
                       .arg(screen->name())
                       .arg(screen->size().width())
                       .arg(screen->size().height());
    screens.sort();
    const QByteArray hash = QCryptographicHash::hash(screens.join(QLatin1Char('|')).toUtf8(),
                                                     QCryptographicHash::Sha256);
    return QStringLiteral("window/") + QString::fromLatin1(hash.toHex().left(12));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(m_settingsGroup);
    const QString screens = geometryGroup();
    m_storedGeometry =
        restoreGeometry(settings.value(screens + QStringLiteral("/geometry")).toByteArray());
    if (!m_storedGeometry)
        resizeWithinScreen(this, {1360, 840}); // a 1024 x 768 screen gets a window that fits
    restoreState(settings.value(screens + QStringLiteral("/state")).toByteArray());
    // By name: a number would point at another page once pages are added.
    QString page = settings.value(QStringLiteral("window/pageName")).toString();
    if (page.isEmpty() && settings.contains(QStringLiteral("window/page"))) {
        // Saved by number before the Inbox came between Log and Templates.
        const QStringList before = {QStringLiteral("dashboard"), QStringLiteral("programs"),
                                    QStringLiteral("log"), QStringLiteral("templates"),
                                    QStringLiteral("settings")};
        page = before.value(settings.value(QStringLiteral("window/page")).toInt());
    }
    const QStringList names = pageNames();
    showPage(names.contains(page) ? static_cast<int>(names.indexOf(page)) : DashboardIndex);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(m_settingsGroup);
    const QString screens = geometryGroup();
    settings.setValue(screens + QStringLiteral("/geometry"), saveGeometry());
    settings.setValue(screens + QStringLiteral("/state"), saveState());
    settings.remove(QStringLiteral("window/page"));
    settings.setValue(QStringLiteral("window/pageName"), pageNames().value(currentPage()));
    // Pages never built keep what they saved before.
    for (int i = 0; i < m_stack->count(); ++i)
        static_cast<const Page *>(m_stack->widget(i))->saveState(settings);
}

bool MainWindow::mayCloseSeason()
{
    if (m_editsLetGo)
        return true;
    // Compose and entry windows ask for themselves (Save draft or Save,
    // Discard, Cancel); one still open afterwards was kept by the user.
    const auto dialogs = findChildren<QDialog *>(Qt::FindDirectChildrenOnly);
    for (const QPointer<QDialog> dialog : dialogs) {
        if (!dialog || !dialog->isVisible())
            continue;
        dialog->raise();
        dialog->activateWindow();
        dialog->reject();
        if (dialog && dialog->isVisible())
            return false;
    }
    QList<Page *> edited;
    QStringList where;
    for (int i = 0; i < m_stack->count(); ++i) {
        auto *page = static_cast<Page *>(m_stack->widget(i));
        if (page->hasUnsavedEdits()) {
            edited << page;
            where << m_navigation->item(i)->text().remove(QLatin1Char('&'));
        }
    }
    if (!edited.isEmpty()) {
        switch (m_prompter.askUnsaved(this,
                                      tr("Save your edits in %1 before the season closes?")
                                          .arg(QLocale().createSeparatedList(where)),
                                      tr("Save"))) {
        case UnsavedChoice::Save:
            for (Page *page : std::as_const(edited)) {
                if (!page->saveUnsavedEdits()) {
                    showPage(static_cast<int>(m_stack->indexOf(page)));
                    return false;
                }
            }
            break;
        case UnsavedChoice::Discard: break;
        case UnsavedChoice::Cancel: return false;
        }
    }
    m_editsLetGo = true;
    return true;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Not inside show(): reading the keyring spins an event loop.
    QTimer::singleShot(0, m_mailSync, &MailSyncRunner::windowShown);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayCloseSeason()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
    Q_EMIT closed();
}

} // namespace rapport::ui
