#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;
class QTimer;

namespace rapport::ui {

class ComposeDialog;
class DashboardPage;
class IoActions;
class LogPage;
class Page;
class ProgramsPage;
class Prompter;
class Session;
class SettingsPage;
class TemplatesPage;

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
        TemplatesIndex,
        SettingsIndex,
        PageCount
    };

    MainWindow(Session &session, Prompter &prompter, QWidget *parent = nullptr);
    ~MainWindow() override;

    int currentPage() const;
    DashboardPage *dashboardPage() const { return m_dashboard; }
    ProgramsPage *programsPage() const { return m_programs; }
    LogPage *logPage() const { return m_log; }
    TemplatesPage *templatesPage() const { return m_templates; }
    SettingsPage *settingsPage() const { return m_settings; }
    IoActions *ioActions() const { return m_io; }

public Q_SLOTS:
    void showPage(int index);
    void showProgram(qint64 programId);
    // Opens the compose window (not modal, so the season stays in view).
    ComposeDialog *compose(qint64 programId = 0, qint64 contactId = 0,
                           const QString &templateName = {}, qint64 replyTo = 0);
    void openCommunication(qint64 communicationId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createActions();
    void connectPage(Page *page);
    void restoreLayout();
    void saveLayout() const;
    void updateStatus();
    void showUpdating(bool updating);

    Session &m_session;
    Prompter &m_prompter;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QStackedWidget *m_central = nullptr; // "reading the season", then the pages
    QLabel *m_status = nullptr;
    QLabel *m_updating = nullptr;
    QTimer *m_updatingDelay = nullptr;
    DashboardPage *m_dashboard = nullptr;
    ProgramsPage *m_programs = nullptr;
    LogPage *m_log = nullptr;
    TemplatesPage *m_templates = nullptr;
    SettingsPage *m_settings = nullptr;
    IoActions *m_io = nullptr;
};

} // namespace rapport::ui
