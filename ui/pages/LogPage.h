#pragma once

#include "Page.h"

#include <QList>
#include <QStringList>

class QAction;
class QPushButton;
class QTableView;

namespace rapport::ui {

class ColumnFit;
class LogFilterBar;
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
    QAction *originalAction() const { return m_originalAction; }
    // Ids of the selected entries, in view order.
    QList<qint64> selectedIds() const;
    void selectCommunication(qint64 id);

public Q_SLOTS:
    void openCurrent();
    void deleteSelected();
    // The captured message the current entry was logged from.
    void showOriginal();

private:
    void createTable();
    void refresh();
    void fitProgramColumn();
    void updateActions();
    // Selects the entries still shown and makes current the one that was.
    void select(const QList<qint64> &ids, qint64 current);

    LogModel *m_model = nullptr;
    LogFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    ColumnFit *m_columns = nullptr;
    QStringList m_programNames; // as the Program column was last fitted to
    LogFilterBar *m_filters = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_programAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_originalAction = nullptr;
    QList<qint64> m_keepSelected;
    qint64 m_keepCurrent = 0;
};

} // namespace rapport::ui
