#pragma once

#include <QMainWindow>

class QListWidget;
class QMenu;
class QStackedWidget;
class QLabel;
class QTimer;

namespace rapport::ui {

class ComposeDialog;
class DashboardPage;
class ElidedLabel;
class InboxPage;
class IoActions;
class LogPage;
class MailDrop;
class MailSyncRunner;
class Page;
class ProgramsPage;
class Prompter;
class Session;
class SettingsPage;
class TemplatesPage;
class UndoActions;

// Wiring and actions only: the pages do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum PageIndex
    {
        DashboardIndex,
        ProgramsIndex,
        LogIndex,
        InboxIndex,
        TemplatesIndex,
        SettingsIndex,
        PageCount
    };

    MainWindow(Session &session, Prompter &prompter, QWidget *parent = nullptr);
    ~MainWindow() override;

    int currentPage() const;
    // The pages are built right after the window's first paint, or when
    // first asked for if that is earlier (at once for a season read already).
    DashboardPage *dashboardPage();
    ProgramsPage *programsPage();
    LogPage *logPage();
    InboxPage *inboxPage();
    TemplatesPage *templatesPage();
    SettingsPage *settingsPage();
    IoActions *ioActions() const { return m_io; }
    QMenu *fileMenu() const { return m_fileMenu; }
    MailDrop *mailDrop() const { return m_mailDrop; }
    // Reads mail into the review queue in the background (File ▸ Sync Mail).
    MailSyncRunner *mailSync() const { return m_mailSync; }

    // Before the season closes: true when no page holds unsaved edits, or
    // the user lets them go. Asked once; the close that follows asks no more.
    bool mayCloseSeason();
    // Whether this season had a window layout stored for these screens.
    bool hasStoredGeometry() const { return m_storedGeometry; }
    void showStatusMessage(const QString &text);
    UndoActions *undoActions() const { return m_undo; }

public Q_SLOTS:
    void showPage(int index);
    void showProgram(qint64 programId);
    // Opens the compose window (not modal, so the season stays in view).
    ComposeDialog *compose(qint64 programId = 0, qint64 contactId = 0,
                           const QString &templateName = {}, qint64 replyTo = 0);
    void openCommunication(qint64 communicationId);

Q_SIGNALS:
    // The window closed (its layout saved): its season may close.
    void closed();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createFrame();
    void createPages();
    void createActions();
    void connectPage(Page *page);
    void restoreLayout();
    void saveLayout() const;
    // Where the window's geometry is kept: per season, per set of screens.
    QString geometryGroup() const;
    void updateStatus();
    void showUpdating(bool updating);
    void connectInbox();
    static QString inboxTitle(int pending);

    Session &m_session;
    Prompter &m_prompter;
    const QString m_settingsGroup; // this season's, in QSettings
    bool m_storedGeometry = false;
    bool m_editsLetGo = false;
    QMenu *m_fileMenu = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;    // the pages, once built
    QStackedWidget *m_pageArea = nullptr; // "reading the season", then m_stack
    QLabel *m_loading = nullptr;
    ElidedLabel *m_status = nullptr;
    QLabel *m_updating = nullptr;
    QTimer *m_updatingDelay = nullptr;
    DashboardPage *m_dashboard = nullptr;
    ProgramsPage *m_programs = nullptr;
    LogPage *m_log = nullptr;
    InboxPage *m_inbox = nullptr;
    MailDrop *m_mailDrop = nullptr;
    TemplatesPage *m_templates = nullptr;
    SettingsPage *m_settings = nullptr;
    IoActions *m_io = nullptr;
    MailSyncRunner *m_mailSync = nullptr;
    UndoActions *m_undo = nullptr;
    QMenu *m_editMenu = nullptr;
};

} // namespace rapport::ui
