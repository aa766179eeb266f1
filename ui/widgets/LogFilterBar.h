#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QTimer;

namespace rapport::ui {

class DateRangeFilter;
class LogFilterProxy;
class Session;

// The log's search field and filters, applied to a LogFilterProxy as they
// change. The search runs through the full-text index once typing pauses.
class LogFilterBar final : public QWidget
{
    Q_OBJECT

public:
    LogFilterBar(Session &session, LogFilterProxy *proxy, QWidget *parent = nullptr);

    // After the season changed: programs, the earliest date, the search.
    void refresh();
    // Runs a search still waiting for the typing pause now.
    void flushSearch();
    void focusSearch();
    // Widgets put at the end of the search row (the page's buttons).
    void addTrailingWidget(QWidget *widget);

    // Whether the search or a filter hides entries; clearFilters() shows all
    // again (the bar's Clear filters button).
    bool isFiltered() const;
    void clearFilters();

    // Under the caller's group, e.g. "pages/log".
    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

private:
    void fillProgramCombo();
    void updateDates();
    void runSearch();
    void applyFilters();
    void updateCount();

    Session &m_session;
    LogFilterProxy *m_proxy;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_program = nullptr;
    DateRangeFilter *m_dates = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_findingsOnly = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_clear = nullptr;
    QHBoxLayout *m_top = nullptr;
    QString m_searchError;
    QList<QPair<qint64, QString>> m_programsShown; // (id, name) as the combo lists them
};

} // namespace rapport::ui
