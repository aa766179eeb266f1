#pragma once

#include "Page.h"

#include <QList>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace rapport::ui {

class DateRangeFilter;
class LogFilterProxy;
class LogModel;

// Every communication of the season in one table, filtered by program, dates,
// direction, kind and findings, and searched as you type through the
// full-text index.
class LogPage final : public Page
{
    Q_OBJECT

public:
    LogPage(Session &session, Prompter &prompter, QWidget *parent = nullptr);

    void focusSearch() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    // Runs a search still waiting for the typing pause now.
    void flushSearch();
    LogModel *model() const { return m_model; }
    LogFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    // Ids of the selected entries, in view order.
    QList<qint64> selectedIds() const;
    void selectCommunication(qint64 id);

public Q_SLOTS:
    void openCurrent();
    void deleteSelected();

private:
    QWidget *createFilterBar();
    void createTable();
    void refresh();
    void fillProgramCombo();
    void runSearch();
    void applyFilters();
    void updateCount();
    void updateActions();

    LogModel *m_model = nullptr;
    LogFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_program = nullptr;
    DateRangeFilter *m_dates = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_findingsOnly = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_programAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QString m_searchError;
};

} // namespace rapport::ui
