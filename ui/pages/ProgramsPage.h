#pragma once

#include "Page.h"

#include <QFont>
#include <QSet>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace rapport::ui {

class ColumnFit;
class ProgramContactsTab;
class ProgramDetailsTab;
class ProgramDialog;
class ProgramFilterProxy;
class ProgramHeader;
class ProgramListModel;
class RecordActions;
class TimelineModel;
class TimelineView;

// The season's programs on the left, filtered and sorted; the selected
// program on the right: its header, timeline, details and contacts.
class ProgramsPage final : public Page
{
    Q_OBJECT

public:
    ProgramsPage(Session &session, Prompter &prompter, QWidget *parent = nullptr);

    void focusSearch() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    bool hasUnsavedEdits() const override;
    bool saveUnsavedEdits() override;

    // 0 when no program is selected.
    qint64 currentProgramId() const { return m_currentId; }

    // For tests and the main window's wiring.
    ProgramListModel *listModel() const { return m_model; }
    ProgramFilterProxy *proxy() const { return m_proxy; }
    QTableView *listView() const { return m_listView; }
    TimelineModel *timelineModel() const { return m_timelineModel; }
    TimelineView *timelineView() const { return m_timeline; }
    ProgramDetailsTab *detailsTab() const { return m_details; }
    ProgramContactsTab *contactsTab() const { return m_contacts; }
    QTabWidget *tabs() const { return m_tabs; }
    // Delete… and Merge Into… for the selected program, for the Edit menu.
    RecordActions *recordActions() const { return m_recordActions; }

    enum Tab
    {
        TimelineTab,
        DetailsTab,
        ContactsTab
    };

public Q_SLOTS:
    void selectProgram(qint64 programId);
    void newProgram();
    // The dialog newProgram() opened, for tests; nullptr when none is open.
    ProgramDialog *programDialog() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createListPane();
    QWidget *createProgramPane();
    QWidget *createProgramActions();
    QWidget *createEmptySeason();
    void refresh();
    void showSeason(); // after the list model has read the season
    void onCurrentChanged(const QModelIndex &current);
    // Unsaved details before showing another program: saved, let go, or
    // kept (false: stay), as the user answers.
    bool leaveDetails();
    void showProgram(qint64 programId);
    void updateCount();
    void fitNextColumn();
    void fitNameColumn();
    void fitProgramActions();

    ProgramListModel *m_model = nullptr;
    RecordActions *m_recordActions = nullptr;
    ProgramFilterProxy *m_proxy = nullptr;
    TimelineModel *m_timelineModel = nullptr;

    QStackedWidget *m_pageStack = nullptr; // empty season | list and program
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QCheckBox *m_attention = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_listView = nullptr;
    ColumnFit *m_columns = nullptr;
    QStringList m_names;       // as the Program column was last fitted to
    QSet<QString> m_nextTexts; // as the Next column was last fitted to, in this font
    QFont m_nextFont;

    QStackedWidget *m_detailStack = nullptr; // "select a program" | the program
    ProgramHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<QPushButton *> m_actionButtons; // beside the tabs
    QStringList m_actionTexts;
    int m_actionsWidth = 0; // with their texts
    TimelineView *m_timeline = nullptr;
    ProgramDetailsTab *m_details = nullptr;
    ProgramContactsTab *m_contacts = nullptr;

    qint64 m_currentId = 0;
    bool m_refreshing = false;
    bool m_fittingNext = false;     // the page, not the user, is setting the Next column's width
    bool m_nextWidthByUser = false; // the user set it: it stays as they left it
};

} // namespace rapport::ui
