#pragma once

#include "Page.h"

#include <QList>

class QAction;
class QCheckBox;
class QPushButton;
class QSplitter;
class QTableView;

namespace rapport::ui {

class ColumnFit;
class InboxDetails;
class InboxModel;

// The review queue of captured mail: each message with what Rapport
// proposes to log it as. The applicant logs it (Enter), with the proposal
// or their changes, or ignores it (Del); several at once alike. Each
// decision is one step on the undo stack.
class InboxPage final : public Page
{
    Q_OBJECT

public:
    InboxPage(Session &session, Prompter &prompter, QWidget *parent = nullptr);

    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    InboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    InboxDetails *details() const { return m_details; }
    int pendingCount() const { return m_pending; }
    QList<qint64> selectedIds() const;
    void selectIds(const QList<qint64> &ids);

public Q_SLOTS:
    // Reads the queue again (after mail was captured, or the season changed).
    void refresh();
    bool logSelected();
    bool ignoreSelected();
    void showOriginal();

Q_SIGNALS:
    void pendingCountChanged(int count);
    void statusMessage(const QString &text);

private:
    void createActions();
    // The waiting messages' count, for the navigation: one COUNT query.
    void updatePendingCount();
    void selectionChanged();
    void updateActions();
    // Matches the unmatched messages again once programs or contacts changed.
    void reproposeIfNeeded();
    void announce(const QList<qint64> &entries);
    // After rows left the queue: the row now at the place of the first.
    void selectRow(int row);

    InboxModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    ColumnFit *m_columns = nullptr;
    InboxDetails *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QCheckBox *m_showAll = nullptr;
    QPushButton *m_logButton = nullptr;
    QPushButton *m_ignoreButton = nullptr;
    QPushButton *m_originalButton = nullptr;
    QAction *m_logAction = nullptr;
    QAction *m_ignoreAction = nullptr;
    QAction *m_originalAction = nullptr;
    int m_pending = -1;
    size_t m_recordsSeen = 0; // programs and contacts when last matched
};

} // namespace rapport::ui
