#include "LogPage.h"

#include "DateTimeText.h"
#include "Icons.h"
#include "Labels.h"
#include "Prompter.h"
#include "RefreshWhenShown.h"
#include "Session.h"
#include "dialogs/OriginalMessageDialog.h"
#include "models/LogFilterProxy.h"
#include "models/LogModel.h"
#include "models/NamePrefixes.h"
#include "undo/RecordEdits.h"
#include "widgets/ColumnFit.h"
#include "widgets/LogFilterBar.h"

#include <QAction>
#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>
#include <vector>

namespace rapport::ui {

LogPage::LogPage(Session &session, Prompter &prompter, QWidget *parent)
    : Page(session, prompter, parent)
{
    m_model = new LogModel(session, this, LogModel::Updates::Manual);
    m_proxy = new LogFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_filters = new LogFilterBar(session, m_proxy);
    m_filters->setObjectName(QStringLiteral("logFilters"));
    createTable();
    m_openButton = new QPushButton(themeIcon(QStringLiteral("document-open")), tr("&Open"));
    m_openButton->setObjectName(QStringLiteral("logOpen"));
    m_deleteButton = new QPushButton(themeIcon(QStringLiteral("edit-delete")), tr("&Delete"));
    m_deleteButton->setObjectName(QStringLiteral("logDelete"));
    connect(m_openButton, &QPushButton::clicked, this, &LogPage::openCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &LogPage::deleteSelected);
    m_filters->addTrailingWidget(m_openButton);
    m_filters->addTrailingWidget(m_deleteButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);
    // A reload resets the model; the entries the user had selected stay so.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const core::Communication *c =
            m_model->communicationAt(m_proxy->mapToSource(m_table->currentIndex()));
        m_keepCurrent = c ? c->id : 0;
        m_keepSelected = selectedIds();
    });
    // A hidden log catches up when it is shown.
    refreshWhenShown(this, session, [this] { refresh(); });
    updateActions();
}

void LogPage::createTable()
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LogModel::DateColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    // One height for every row: the view places 30,000 rows by arithmetic
    // and asks only the rows on screen for their data.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    // In tenths of the font's em, so a larger font widens them too.
    const int widths[LogModel::ColumnCount] = {172, 215, 120, 92, 80, 160, 300, 55, 65};
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c = 0; c < LogModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c] * em / 10);
    // The subject takes the room left; when there is too little, the
    // columns least needed to tell entries apart give way.
    m_columns = new ColumnFit(m_table, LogModel::SubjectColumn,
                              {{LogModel::DateColumn},
                               {LogModel::ProgramColumn},
                               {LogModel::FindingsColumn},
                               {LogModel::KindColumn},
                               {LogModel::DirectionColumn},
                               {LogModel::ContactColumn},
                               {LogModel::StateColumn},
                               {LogModel::ChannelColumn}});
    m_columns->setStretchNeed(20 * em);

    m_openAction = new QAction(themeIcon(QStringLiteral("document-open")), tr("&Open"), this);
    m_programAction =
        new QAction(themeIcon(QStringLiteral("view-list-details")), tr("Show &program"), this);
    m_deleteAction = new QAction(themeIcon(QStringLiteral("edit-delete")), tr("&Delete…"), this);
    m_deleteAction->setObjectName(QStringLiteral("logDeleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_openAction, &QAction::triggered, this, &LogPage::openCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &LogPage::deleteSelected);
    connect(m_programAction, &QAction::triggered, this, [this] {
        if (const core::Communication *c =
                m_model->communicationAt(m_proxy->mapToSource(m_table->currentIndex())))
            Q_EMIT programRequested(c->programId);
    });
    m_originalAction = new QAction(tr("Show &Original…"), this);
    m_originalAction->setObjectName(QStringLiteral("logOriginalAction"));
    connect(m_originalAction, &QAction::triggered, this, &LogPage::showOriginal);
    m_table->addActions({m_openAction, m_programAction, m_originalAction, m_deleteAction});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Enter and double-click (or one click, where the desktop says so).
    connect(m_table, &QTableView::activated, this, &LogPage::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LogPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LogPage::updateActions);
}

void LogPage::refresh()
{
    m_model->refresh();
    fitProgramColumn();
    m_filters->refresh();
    select(std::exchange(m_keepSelected, {}), std::exchange(m_keepCurrent, 0));
    updateActions();
}

// Wide enough to tell every program from the others, and to read short
// names whole.
void LogPage::fitProgramColumn()
{
    const QList<core::Program> &programs = session().snapshot().programs;
    if (namePrefixes::sameNames(programs, m_programNames))
        return;
    QStringList names;
    names.reserve(programs.size());
    for (const core::Program &p : programs)
        names << p.name;
    const QFontMetrics metrics = m_table->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const int longest = namePrefixes::longestWidth(names, metrics);
    const int text =
        std::max(namePrefixes::distinctWidth(names, metrics), std::min(longest, 19 * em));
    m_columns->setWidth(LogModel::ProgramColumn,
                        std::min(text, 36 * em) + ColumnFit::cellPadding(m_table, false));
    m_programNames = std::move(names);
}

void LogPage::select(const QList<qint64> &ids, qint64 current)
{
    // Runs of neighbouring rows make one range each, so a selection of
    // thousands is a handful of ranges.
    std::vector<int> rows;
    rows.reserve(static_cast<size_t>(ids.size()));
    for (qint64 id : ids) {
        if (const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id)); index.isValid())
            rows.push_back(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QItemSelection selection;
    const int lastColumn = m_proxy->columnCount() - 1;
    for (size_t i = 0; i < rows.size();) {
        size_t end = i + 1;
        while (end < rows.size() && rows[end] == rows[end - 1] + 1)
            ++end;
        selection.select(m_proxy->index(rows[i], 0), m_proxy->index(rows[end - 1], lastColumn));
        i = end;
    }
    QItemSelectionModel *model = m_table->selectionModel();
    const QModelIndex currentIndex = m_proxy->mapFromSource(m_model->indexOf(current));
    if (currentIndex.isValid()) {
        model->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(currentIndex);
    }
    if (!selection.isEmpty())
        model->select(selection, QItemSelectionModel::ClearAndSelect);
}

void LogPage::flushSearch()
{
    m_filters->flushSearch();
}

void LogPage::updateActions()
{
    const bool any = m_table->selectionModel()->hasSelection();
    const bool one = m_table->currentIndex().isValid();
    m_openAction->setEnabled(one);
    m_openButton->setEnabled(one);
    m_programAction->setEnabled(one);
    m_deleteAction->setEnabled(any);
    m_deleteButton->setEnabled(any);
    const core::Communication *c =
        m_model->communicationAt(m_proxy->mapToSource(m_table->currentIndex()));
    m_originalAction->setEnabled(c && OriginalMessageDialog::hasOriginal(session(), c->id));
}

void LogPage::showOriginal()
{
    if (const core::Communication *c =
            m_model->communicationAt(m_proxy->mapToSource(m_table->currentIndex())))
        OriginalMessageDialog::openForEntry(session(), prompter(), c->id, window());
}

QList<qint64> LogPage::selectedIds() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : rows) {
        if (const core::Communication *c = m_model->communicationAt(m_proxy->mapToSource(row)))
            ids << c->id;
    }
    return ids;
}

void LogPage::selectCommunication(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void LogPage::openCurrent()
{
    const core::Communication *c =
        m_model->communicationAt(m_proxy->mapToSource(m_table->currentIndex()));
    if (c)
        Q_EMIT communicationRequested(c->id);
}

void LogPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QString what;
    if (ids.size() == 1) {
        const core::Communication *c = m_model->communicationAt(m_model->indexOf(ids.first()));
        const QString subject = c->subject.isEmpty() ? labels::kind(c->kind) : c->subject;
        what = tr("the entry “%1” of %2")
                   .arg(subject, DateTimeText::forSeason(session().snapshot().season)
                                     .date(c->at, DateTimeText::Context::Header));
    } else {
        what = tr("%n entries", nullptr, static_cast<int>(ids.size()));
    }
    if (!prompter().confirmDelete(this, what))
        return;

    const int row = m_table->currentIndex().row();
    auto removed = EntriesPresence::remove(
        session(), prompter(), tr("Delete %n Entries", nullptr, static_cast<int>(ids.size())), ids);
    if (!removed) {
        prompter().showError(this, tr("Could not delete: %1").arg(removed.errorMessage()));
        return;
    }
    session().undoStack().push(*removed);
    if (auto s = session().reload(); !s)
        prompter().showError(this, s.errorMessage());
    // Keep the keyboard where it was, so several entries go in a row: once
    // the season without them is shown.
    session().afterUpdate(this, [this, row] {
        const QModelIndex next = m_proxy->index(std::min(row, m_proxy->rowCount() - 1), 0);
        if (next.isValid())
            m_table->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    });
}

void LogPage::focusSearch()
{
    m_filters->focusSearch();
}

void LogPage::saveState(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("pages/log"));
    settings.setValue(QStringLiteral("header"), m_columns->saveState());
    m_filters->saveState(settings);
    settings.endGroup();
}

void LogPage::restoreState(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("pages/log"));
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray state = settings.value(QStringLiteral("header")).toByteArray();
    if (!state.isEmpty()) {
        m_columns->restoreState(state);
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    m_filters->restoreState(settings);
    settings.endGroup();
}

} // namespace rapport::ui
