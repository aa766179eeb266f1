#include "LogPage.h"

#include "Icons.h"
#include "Labels.h"
#include "Prompter.h"
#include "Session.h"
#include "models/LogFilterProxy.h"
#include "models/LogModel.h"
#include "storage/CommunicationRepository.h"
#include "storage/Transaction.h"
#include "widgets/DateRangeFilter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {
namespace {

// Long enough to skip the intermediate words of fast typing, short enough
// that the table follows the keyboard.
constexpr int kSearchDelayMs = 150;

template <typename E>
std::optional<E> comboValue(const QComboBox *combo)
{
    const QVariant v = combo->currentData();
    if (!v.isValid())
        return std::nullopt;
    return static_cast<E>(v.toInt());
}

} // namespace

LogPage::LogPage(Session &session, Prompter &prompter, QWidget *parent)
    : Page(session, prompter, parent)
{
    m_model = new LogModel(session, this);
    m_proxy = new LogFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &LogPage::runSearch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFilterBar());
    createTable();
    layout->addWidget(m_table, 1);

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LogPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LogPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LogPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LogPage::updateCount);
    connect(&session, &Session::changed, this, &LogPage::refresh);
    refresh();
}

QWidget *LogPage::createFilterBar()
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search subjects and text…"));
    m_search->addAction(themeIcon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("logCount"));

    m_program = new QComboBox;
    m_program->setObjectName(QStringLiteral("logProgram"));
    m_program->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_program->setMinimumContentsLength(22);

    m_dates = new DateRangeFilter;
    m_dates->setObjectName(QStringLiteral("logDates"));

    m_direction = new QComboBox;
    m_direction->setObjectName(QStringLiteral("logDirection"));
    m_direction->addItem(tr("In and out"));
    for (const auto &[value, label] : labels::all<core::Direction>())
        m_direction->addItem(directionIcon(value), label, static_cast<int>(value));

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("logKind"));
    m_kind->addItem(tr("All kinds"));
    for (const auto &[value, label] : labels::all<core::Kind>())
        m_kind->addItem(label, static_cast<int>(value));

    m_findingsOnly = new QCheckBox(tr("Has &findings"));
    m_findingsOnly->setObjectName(QStringLiteral("logFindingsOnly"));
    m_findingsOnly->setToolTip(tr("Only entries a rule check has something to say about"));

    m_openButton = new QPushButton(themeIcon(QStringLiteral("document-open")), tr("&Open"));
    m_openButton->setObjectName(QStringLiteral("logOpen"));
    m_deleteButton = new QPushButton(themeIcon(QStringLiteral("edit-delete")), tr("&Delete"));
    m_deleteButton->setObjectName(QStringLiteral("logDelete"));
    connect(m_openButton, &QPushButton::clicked, this, &LogPage::openCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &LogPage::deleteSelected);

    for (QComboBox *combo : {m_program, m_direction, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, &LogPage::applyFilters);
    connect(m_dates, &DateRangeFilter::rangeChanged, this, &LogPage::applyFilters);
    connect(m_findingsOnly, &QCheckBox::toggled, this, &LogPage::applyFilters);

    auto *bar = new QWidget;
    auto *grid = new QVBoxLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addSpacing(12);
    top->addWidget(m_count);
    top->addSpacing(12);
    top->addWidget(m_openButton);
    top->addWidget(m_deleteButton);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_program);
    filters->addSpacing(8);
    filters->addWidget(m_dates);
    filters->addSpacing(8);
    filters->addWidget(m_direction);
    filters->addWidget(m_kind);
    filters->addSpacing(8);
    filters->addWidget(m_findingsOnly);
    filters->addStretch(1);
    grid->addLayout(top);
    grid->addLayout(filters);
    return bar;
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
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    const int widths[LogModel::ColumnCount] = {170, 200, 150, 105, 115, 180, 320, 80, 80};
    for (int c = 0; c < LogModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    header->setSectionResizeMode(LogModel::SubjectColumn, QHeaderView::Stretch);

    m_openAction = new QAction(themeIcon(QStringLiteral("document-open")), tr("&Open"), this);
    m_programAction = new QAction(themeIcon(QStringLiteral("view-list-details")), tr("Show &program"), this);
    m_deleteAction = new QAction(themeIcon(QStringLiteral("edit-delete")), tr("&Delete…"), this);
    m_deleteAction->setObjectName(QStringLiteral("logDeleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_openAction, &QAction::triggered, this, &LogPage::openCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &LogPage::deleteSelected);
    connect(m_programAction, &QAction::triggered, this, [this] {
        if (const core::Communication *c = m_model->communicationAt(m_proxy->mapToSource(m_table->currentIndex())))
            Q_EMIT programRequested(c->programId);
    });
    m_table->addActions({m_openAction, m_programAction, m_deleteAction});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Enter and double-click (or one click, where the desktop says so).
    connect(m_table, &QTableView::activated, this, &LogPage::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LogPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LogPage::updateActions);
}

void LogPage::refresh()
{
    fillProgramCombo();
    const core::SeasonSnapshot &snapshot = session().snapshot();
    QDate earliest = snapshot.season.applicationsOpen;
    if (!snapshot.communications.isEmpty()) {
        const QDate first = snapshot.communications.first().at.date();
        if (!earliest.isValid() || first < earliest)
            earliest = first;
    }
    m_dates->setEarliest(earliest.isValid() ? earliest : QDate(2000, 1, 1));
    // Entries were added or removed: the allowed ids must follow.
    if (!m_search->text().trimmed().isEmpty())
        runSearch();
    updateCount();
    updateActions();
}

void LogPage::fillProgramCombo()
{
    const QVariant current = m_program->currentData();
    QList<const core::Program *> programs;
    for (const core::Program &p : session().snapshot().programs)
        programs << &p;
    std::sort(programs.begin(), programs.end(), [](const core::Program *a, const core::Program *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    const QSignalBlocker blocker(m_program);
    m_program->clear();
    m_program->addItem(tr("All programs"));
    for (const core::Program *p : programs)
        m_program->addItem(p->name, p->id);
    m_program->setCurrentIndex(std::max(0, m_program->findData(current)));
    applyFilters();
}

void LogPage::runSearch()
{
    m_searchTimer->stop();
    const QString text = m_search->text().trimmed();
    m_searchError.clear();
    if (core::CommunicationRepository::ftsQuery(text).isEmpty()) {
        m_proxy->setAllowedIds(std::nullopt);
    } else {
        core::CommunicationFilter filter;
        filter.text = text;
        const auto found = core::CommunicationRepository(session().db()).list(filter);
        QSet<qint64> ids;
        if (found) {
            ids.reserve(found->size());
            for (const core::Communication &c : *found)
                ids.insert(c.id);
        } else {
            m_searchError = found.errorMessage();
        }
        m_proxy->setAllowedIds(std::move(ids));
    }
    updateCount();
}

void LogPage::flushSearch()
{
    if (m_searchTimer->isActive())
        runSearch();
}

void LogPage::applyFilters()
{
    const QVariant program = m_program->currentData();
    m_proxy->setProgramId(program.isValid() ? std::optional<qint64>(program.toLongLong()) : std::nullopt);
    m_proxy->setDateRange(m_dates->from(), m_dates->to());
    m_proxy->setDirection(comboValue<core::Direction>(m_direction));
    m_proxy->setKind(comboValue<core::Kind>(m_kind));
    m_proxy->setFindingsOnly(m_findingsOnly->isChecked());
    updateCount();
}

void LogPage::updateCount()
{
    if (!m_count)
        return;
    if (!m_searchError.isEmpty()) {
        m_count->setText(tr("Search failed: %1").arg(m_searchError));
        return;
    }
    m_count->setText(tr("%1 of %n message(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
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
}

QList<qint64> LogPage::selectedIds() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
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
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void LogPage::openCurrent()
{
    const core::Communication *c = m_model->communicationAt(m_proxy->mapToSource(m_table->currentIndex()));
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
        what = tr("the entry “%1” of %2").arg(subject, c->at.toString(QStringLiteral("yyyy-MM-dd")));
    } else {
        what = tr("%n entries", nullptr, static_cast<int>(ids.size()));
    }
    if (!prompter().confirmDelete(this, what))
        return;

    const int row = m_table->currentIndex().row();
    core::CommunicationRepository repository(session().db());
    core::Transaction tx(session().db());
    core::Status status = tx.begin();
    for (qint64 id : ids) {
        if (!status)
            break;
        status = repository.remove(id);
    }
    if (status)
        status = tx.commit();
    if (!status) {
        prompter().showError(this, tr("Could not delete: %1").arg(status.errorMessage()));
        return;
    }
    if (auto s = session().reload(); !s)
        prompter().showError(this, s.errorMessage());
    // Keep the keyboard where it was, so several entries go in a row.
    const QModelIndex next = m_proxy->index(std::min(row, m_proxy->rowCount() - 1), 0);
    if (next.isValid())
        m_table->selectionModel()->setCurrentIndex(
            next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void LogPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LogPage::saveState(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("pages/log"));
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("search"), m_search->text());
    settings.setValue(QStringLiteral("program"), m_program->currentData());
    settings.setValue(QStringLiteral("from"), m_dates->from());
    settings.setValue(QStringLiteral("to"), m_dates->to());
    const auto direction = comboValue<core::Direction>(m_direction);
    settings.setValue(QStringLiteral("direction"), direction ? core::toString(*direction) : QString());
    const auto kind = comboValue<core::Kind>(m_kind);
    settings.setValue(QStringLiteral("kind"), kind ? core::toString(*kind) : QString());
    settings.setValue(QStringLiteral("findingsOnly"), m_findingsOnly->isChecked());
    settings.endGroup();
}

void LogPage::restoreState(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("pages/log"));
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(settings.value(QStringLiteral("header")).toByteArray()))
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_program->setCurrentIndex(std::max(0, m_program->findData(settings.value(QStringLiteral("program")))));
    m_dates->setRange(settings.value(QStringLiteral("from")).toDate(),
                      settings.value(QStringLiteral("to")).toDate());
    const auto direction = core::parseEnum<core::Direction>(settings.value(QStringLiteral("direction")).toString());
    m_direction->setCurrentIndex(direction ? std::max(0, m_direction->findData(static_cast<int>(*direction))) : 0);
    const auto kind = core::parseEnum<core::Kind>(settings.value(QStringLiteral("kind")).toString());
    m_kind->setCurrentIndex(kind ? std::max(0, m_kind->findData(static_cast<int>(*kind))) : 0);
    m_findingsOnly->setChecked(settings.value(QStringLiteral("findingsOnly")).toBool());
    m_search->setText(settings.value(QStringLiteral("search")).toString());
    settings.endGroup();
    flushSearch();
    applyFilters();
}

} // namespace rapport::ui
