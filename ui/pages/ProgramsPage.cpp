#include "ProgramsPage.h"

#include "DateTimeText.h"
#include "Icons.h"
#include "Labels.h"
#include "ProgramContactsTab.h"
#include "ProgramDetailsTab.h"
#include "ProgramHeader.h"
#include "Prompter.h"
#include "RefreshWhenShown.h"
#include "Session.h"
#include "delegates/QuotaBarDelegate.h"
#include "dialogs/ProgramDialog.h"
#include "models/NamePrefixes.h"
#include "models/ProgramFilterProxy.h"
#include "models/ProgramListModel.h"
#include "models/TimelineModel.h"
#include "undo/RecordActions.h"
#include "widgets/ColumnFit.h"
#include "widgets/IconLabel.h"
#include "widgets/TimelineView.h"

#include "rules/Allowance.h"
#include "rules/RuleEngine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QResizeEvent>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {
namespace {

const QString kReplyTemplate = QStringLiteral("reply-to-pressure");

QLabel *centeredNote(const QString &text)
{
    auto *label = new QLabel(text);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}

} // namespace

ProgramsPage::ProgramsPage(Session &session, Prompter &prompter, QWidget *parent)
    : Page(session, prompter, parent), m_model(new ProgramListModel(session, this)),
      m_proxy(new ProgramFilterProxy(this)), m_timelineModel(new TimelineModel(session, this))
{
    m_proxy->setSourceModel(m_model);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("programsSplitter"));
    m_splitter->addWidget(createListPane());
    m_splitter->addWidget(createProgramPane());
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({6000, 4000});

    m_pageStack = new QStackedWidget;
    m_pageStack->addWidget(createEmptySeason());
    m_pageStack->addWidget(m_splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pageStack);

    refreshWhenShown(this, session, [this] { refresh(); });
    // The model has just read the season: checking it again would double the wait.
    showSeason();
}

QWidget *ProgramsPage::createListPane()
{
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("programFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, institution, city or state"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(themeIcon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("programStatusFilter"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (const auto &[value, label] : labels::all<core::ProgramStatus>())
        m_statusFilter->addItem(label, static_cast<int>(value));
    m_attention = new QCheckBox(tr("Needs attention"));
    m_attention->setObjectName(QStringLiteral("programNeedsAttention"));
    m_attention->setToolTip(tr("Programs with an open warning or violation, or a thank-you due"));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("programCount"));
    m_count->setEnabled(false);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateCount();
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_statusFilter->currentData().toInt();
        m_proxy->setStatus(status < 0 ? std::nullopt
                                      : std::optional(static_cast<core::ProgramStatus>(status)));
        updateCount();
    });
    connect(m_attention, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setNeedsAttention(on);
        updateCount();
    });

    m_listView = new QTableView;
    m_listView->setObjectName(QStringLiteral("programList"));
    m_listView->setModel(m_proxy);
    m_listView->setSortingEnabled(true);
    m_listView->sortByColumn(ProgramListModel::NameColumn, Qt::AscendingOrder);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->setShowGrid(false);
    m_listView->setAlternatingRowColors(true);
    m_listView->setWordWrap(false);
    m_listView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_listView->verticalHeader()->hide();
    m_listView->verticalHeader()->setDefaultSectionSize(m_listView->fontMetrics().height() + 10);
    m_recordActions = new RecordActions(session(), prompter(), RecordActions::Records::Programs,
                                        m_listView, [this] { return m_currentId; });
    auto *quotaBars = new QuotaBarDelegate(m_listView);
    for (int c : {ProgramListModel::PreInterviewColumn, ProgramListModel::ThankYouColumn,
                  ProgramListModel::PostInterviewColumn})
        m_listView->setItemDelegateForColumn(c, quotaBars);
    QHeaderView *header = m_listView->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int em = m_listView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {16 * em,     7 * em,      8 * em,  13 * em / 2, 11 * em / 2,
                          11 * em / 2, 11 * em / 2, 14 * em, 5 * em};
    static_assert(std::size(widths) == ProgramListModel::ColumnCount);
    // Each at least as wide as its header's text: translated headers and
    // statuses may run longer than the English ones.
    const QFontMetrics metrics = header->fontMetrics();
    for (int c = 0; c < ProgramListModel::ColumnCount; ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        m_listView->setColumnWidth(c, std::max(widths[c], metrics.horizontalAdvance(title) + em));
    }
    // Up to 9 em: a long status is elided rather than squeeze the names.
    int statusWidth = m_listView->columnWidth(ProgramListModel::StatusColumn);
    for (const QString &name : core::enumNames<core::ProgramStatus>()) {
        const QString status = labels::status(*core::parseEnum<core::ProgramStatus>(name));
        statusWidth =
            std::max(statusWidth,
                     std::min(m_listView->fontMetrics().horizontalAdvance(status) + em, 9 * em));
    }
    m_listView->setColumnWidth(ProgramListModel::StatusColumn, statusWidth);
    // The names get the room first: the other columns give way, the least
    // needed first, when the list is too narrow for them all.
    m_columns =
        new ColumnFit(m_listView, ProgramListModel::NameColumn,
                      {{ProgramListModel::NextColumn},
                       {ProgramListModel::FindingsColumn},
                       {ProgramListModel::StatusColumn},
                       {ProgramListModel::PreInterviewColumn, ProgramListModel::ThankYouColumn,
                        ProgramListModel::PostInterviewColumn},
                       {ProgramListModel::InterviewColumn},
                       {ProgramListModel::LocationColumn}});
    // The place is in the program's header and the name's tooltip, and the
    // filter finds it, so it gives its room to the names until the user
    // shows it again (header's context menu).
    m_columns->setHiddenByUser(ProgramListModel::LocationColumn, true);
    // Columns the user does not need can be hidden (remembered with the header).
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](QPoint pos) {
        QMenu menu;
        for (int c = ProgramListModel::NameColumn + 1; c < ProgramListModel::ColumnCount; ++c) {
            QAction *show =
                menu.addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
            show->setCheckable(true);
            show->setChecked(!m_columns->isHiddenByUser(c));
            connect(show, &QAction::toggled, m_columns,
                    [this, c](bool on) { m_columns->setHiddenByUser(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    connect(header, &QHeaderView::sectionResized, this, [this](int section, int from, int to) {
        // Hiding and showing a column resizes it from or to nothing.
        if (section == ProgramListModel::NextColumn && !m_fittingNext && !m_columns->isFitting() &&
            from > 0 && to > 0)
            m_nextWidthByUser = true;
    });
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProgramsPage::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ProgramsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ProgramsPage::updateCount);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_attention);
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_listView, 1);
    layout->addWidget(m_count);
    return pane;
}

QWidget *ProgramsPage::createProgramPane()
{
    m_header = new ProgramHeader;
    m_header->setObjectName(QStringLiteral("programHeader"));

    m_timeline = new TimelineView;
    m_timeline->setObjectName(QStringLiteral("timelineView"));
    m_timeline->setTimelineModel(m_timelineModel);
    connect(m_timeline, &TimelineView::communicationActivated, this,
            &ProgramsPage::communicationRequested);
    connect(m_timeline, &TimelineView::replyRequested, this,
            [this](qint64 communicationId, qint64 contactId) {
                Q_EMIT composeRequested(m_currentId, contactId, kReplyTemplate, communicationId);
            });
    m_details = new ProgramDetailsTab(session(), prompter());
    m_details->setObjectName(QStringLiteral("programDetails"));
    m_contacts = new ProgramContactsTab(session(), prompter());
    m_contacts->setObjectName(QStringLiteral("programContacts"));
    connect(m_contacts, &ProgramContactsTab::writeRequested, this,
            [this](qint64 contactId) { Q_EMIT composeRequested(m_currentId, contactId, {}, 0); });

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("programTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_timeline, themeIcon(QStringLiteral("view-calendar")), tr("&Timeline"));
    m_tabs->addTab(m_details, themeIcon(QStringLiteral("document-edit")), tr("&Details"));
    m_tabs->addTab(m_contacts, themeIcon(QStringLiteral("user-identity")), tr("C&ontacts"));
    m_tabs->setCornerWidget(createProgramActions(), Qt::TopRightCorner);
    m_tabs->installEventFilter(this);

    auto *program = new QWidget;
    auto *layout = new QVBoxLayout(program);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    m_detailStack = new QStackedWidget;
    m_detailStack->addWidget(centeredNote(tr("Select a program to see its timeline, details "
                                             "and contacts.")));
    m_detailStack->addWidget(program);
    return m_detailStack;
}

// Beside the tabs rather than beside the name: the name keeps the header's
// whole width.
QWidget *ProgramsPage::createProgramActions()
{
    auto *compose = new QPushButton(themeIcon(QStringLiteral("mail-message-new")), tr("&Compose…"));
    compose->setObjectName(QStringLiteral("programCompose"));
    compose->setToolTip(tr("Write to this program from a template, checked as you type"));
    auto *log = new QPushButton(themeIcon(QStringLiteral("document-edit")), tr("&Log entry…"));
    log->setObjectName(QStringLiteral("programLogEntry"));
    log->setToolTip(tr("Record a call, a conversation or a message you sent elsewhere"));
    connect(compose, &QPushButton::clicked, this,
            [this] { Q_EMIT composeRequested(m_currentId, 0, {}, 0); });
    // Logging an entry is composing one and logging it as sent.
    connect(log, &QPushButton::clicked, this,
            [this] { Q_EMIT composeRequested(m_currentId, 0, {}, 0); });
    auto *actions = new QWidget;
    auto *layout = new QHBoxLayout(actions);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->addWidget(log);
    layout->addWidget(compose);
    m_actionButtons = {log, compose};
    m_actionTexts = {log->text(), compose->text()};
    m_actionsWidth = actions->sizeHint().width();
    return actions;
}

// The buttons beside the tabs say what they do while there is room, and
// show only their icons (their tooltips and shortcuts stay) when there is
// not: the tabs must not scroll.
void ProgramsPage::fitProgramActions()
{
    const bool roomy = m_tabs->width() >= m_tabs->tabBar()->sizeHint().width() + m_actionsWidth;
    for (int i = 0; i < m_actionButtons.size(); ++i) {
        QPushButton *button = m_actionButtons.at(i);
        const QString &text = m_actionTexts.at(i);
        if (button->text().isEmpty() != roomy)
            continue;
        button->setText(roomy ? text : QString());
        if (!roomy)
            button->setShortcut(QKeySequence::mnemonic(text));
    }
}

bool ProgramsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs && event->type() == QEvent::Resize)
        fitProgramActions();
    return Page::eventFilter(watched, event);
}

QWidget *ProgramsPage::createEmptySeason()
{
    auto *icon = new IconLabel(themeIcon(QStringLiteral("view-list-details")), 64);
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("No programs yet"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Add each program you apply to. Rapport then keeps its timeline, "
                               "counts your messages against the limits and warns you before "
                               "one would break a rule of the Match."));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(460);
    auto *add = new QPushButton(themeIcon(QStringLiteral("list-add")), tr("&New program…"));
    add->setObjectName(QStringLiteral("emptyNewProgram"));
    connect(add, &QPushButton::clicked, this, &ProgramsPage::newProgram);

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("emptySeason"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    // Not added with an alignment: that would lose the label's height-for-width.
    auto *centered = new QHBoxLayout;
    centered->addStretch();
    centered->addWidget(text);
    centered->addStretch();
    layout->addLayout(centered);
    layout->addSpacing(8);
    layout->addWidget(add, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

void ProgramsPage::refresh()
{
    m_refreshing = true;
    m_model->refresh();
    m_refreshing = false;
    showSeason();
}

// The Next column is as wide as its longest text (wider only while a
// thank-you is due), so the names keep the rest, until the user sets its
// width.
void ProgramsPage::fitNextColumn()
{
    if (m_nextWidthByUser)
        return;
    QSet<QString> texts = m_model->nextTexts();
    if (texts == m_nextTexts && m_listView->font() == m_nextFont)
        return;
    const QFontMetrics metrics = m_listView->fontMetrics();
    int widest = 0;
    for (const QString &text : std::as_const(texts))
        widest = std::max(widest, metrics.horizontalAdvance(text));
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    m_fittingNext = true;
    m_columns->setWidth(ProgramListModel::NextColumn, std::clamp(widest + em, 10 * em, 20 * em));
    m_fittingNext = false;
    m_nextTexts = std::move(texts);
    m_nextFont = m_listView->font();
}

// The names need room enough to tell every program from the others, and
// a little more to be read at ease when they are short.
void ProgramsPage::fitNameColumn()
{
    const QList<core::Program> &programs = session().snapshot().programs;
    if (namePrefixes::sameNames(programs, m_names))
        return;
    QStringList names;
    names.reserve(programs.size());
    const QFontMetrics metrics = m_listView->fontMetrics();
    for (const core::Program &p : programs)
        names << p.name;
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const int longest = namePrefixes::longestWidth(names, metrics);
    const int text =
        std::max(namePrefixes::distinctWidth(names, metrics), std::min(longest, 14 * em));
    m_columns->setStretchNeed(std::min(text, 40 * em) + ColumnFit::cellPadding(m_listView, true));
    m_names = std::move(names);
}

void ProgramsPage::showSeason()
{
    fitNextColumn();
    fitNameColumn();
    const qint64 keep = m_currentId;
    m_pageStack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    updateCount();
    if (keep && session().program(keep))
        selectProgram(keep);
    else
        showProgram(0);
}

void ProgramsPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    // Spelled out: no English translation file turns "(s)" into a plural.
    const QString total = tr("%n programs", nullptr, all);
    m_count->setText(shown == all ? total : tr("%1 of %2").arg(shown).arg(total));
}

void ProgramsPage::selectProgram(qint64 programId)
{
    if (programId != m_currentId && m_details->isDirty() && !leaveDetails())
        programId = m_currentId;
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(programId));
    m_refreshing = true;
    if (index.isValid()) {
        m_listView->setCurrentIndex(index);
        m_listView->scrollTo(index);
    } else {
        m_listView->clearSelection();
    }
    m_refreshing = false;
    // Shown even when the filter hides it from the list.
    showProgram(session().program(programId) ? programId : 0);
    if (m_details->isDirty())
        m_tabs->setCurrentIndex(DetailsTab);
}

bool ProgramsPage::leaveDetails()
{
    const core::Program *current = session().program(m_currentId);
    const QString question =
        current ? tr("Save your changes to the details of %1 before moving on?").arg(current->name)
                : tr("Save your changes to the program's details before moving on?");
    switch (prompter().askUnsaved(this, question, tr("Save"))) {
    case UnsavedChoice::Save: return m_details->save(); // stays when they cannot be saved
    case UnsavedChoice::Discard: m_details->revert(); return true;
    case UnsavedChoice::Cancel: break;
    }
    return false;
}

void ProgramsPage::onCurrentChanged(const QModelIndex &current)
{
    if (m_refreshing || !current.isValid())
        return;
    const qint64 id = current.data(ProgramListModel::ProgramIdRole).toLongLong();
    if (id == m_currentId)
        return;
    if (m_details->isDirty()) {
        // Saving reloads the session and resets this list: not inside its own signal.
        QMetaObject::invokeMethod(
            this, [this, id] { selectProgram(id); }, Qt::QueuedConnection);
        return;
    }
    showProgram(id);
}

void ProgramsPage::showProgram(qint64 programId)
{
    const core::Program *program = programId ? session().program(programId) : nullptr;
    const bool changedProgram = programId != m_currentId;
    m_currentId = program ? programId : 0;
    m_recordActions->update();
    m_detailStack->setCurrentIndex(program ? 1 : 0);
    if (!program) {
        m_timelineModel->setProgram(0);
        m_details->setProgram(nullptr, true);
        m_contacts->setProgram(0);
        return;
    }
    const core::Allowances &allowances = session().engine().allowances();
    const core::ProgramAllowance *allowance = allowances.program(programId);
    QString holder;
    if (const auto holderId = allowances.topChoiceHolder()) {
        if (const core::Program *p = session().program(*holderId))
            holder = p->name;
    }
    m_header->setProgram(*program, allowance ? *allowance : core::ProgramAllowance{},
                         session().clock().now(), holder,
                         DateTimeText::forSeason(session().snapshot().season));
    m_timelineModel->setProgram(programId);
    m_details->setProgram(program, changedProgram);
    if (changedProgram) {
        m_contacts->setProgram(programId);
        m_timeline->scrollTo(m_timelineModel->currentIndex(), QAbstractItemView::PositionAtCenter);
    } else {
        m_contacts->refresh();
    }
}

void ProgramsPage::newProgram()
{
    if (ProgramDialog *open = programDialog()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ProgramDialog(session(), prompter(), this);
    dialog->setObjectName(QStringLiteral("programDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_filter->clear();
        m_statusFilter->setCurrentIndex(0);
        m_attention->setChecked(false);
        // Listed once the season is read again with it.
        session().afterUpdate(this, [this, id = dialog->programId()] {
            selectProgram(id);
            m_tabs->setCurrentIndex(DetailsTab);
        });
    });
    dialog->open();
}

ProgramDialog *ProgramsPage::programDialog() const
{
    return findChild<ProgramDialog *>(QStringLiteral("programDialog"), Qt::FindDirectChildrenOnly);
}

void ProgramsPage::focusSearch()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ProgramsPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("pages/programs/splitter"), m_splitter->saveState());
    // Not "listHeader": layouts saved before the Next column would land on
    // the wrong columns.
    settings.setValue(QStringLiteral("pages/programs/listColumns"), m_columns->saveState());
    settings.setValue(QStringLiteral("pages/programs/nextWidthByUser"), m_nextWidthByUser);
    settings.setValue(QStringLiteral("pages/programs/tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("pages/programs/status"), m_statusFilter->currentData());
    settings.setValue(QStringLiteral("pages/programs/needsAttention"), m_attention->isChecked());
}

bool ProgramsPage::hasUnsavedEdits() const
{
    return m_details->isDirty();
}

bool ProgramsPage::saveUnsavedEdits()
{
    if (!m_details->isDirty() || m_details->save())
        return true;
    m_tabs->setCurrentIndex(DetailsTab); // where the refusal is shown
    return false;
}

void ProgramsPage::restoreState(QSettings &settings)
{
    m_splitter->restoreState(
        settings.value(QStringLiteral("pages/programs/splitter")).toByteArray());
    m_fittingNext = true;
    m_columns->restoreState(
        settings.value(QStringLiteral("pages/programs/listColumns")).toByteArray());
    m_fittingNext = false;
    m_nextWidthByUser = settings.value(QStringLiteral("pages/programs/nextWidthByUser")).toBool();
    fitNextColumn();
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("pages/programs/tab"), 0).toInt());
    const int status =
        m_statusFilter->findData(settings.value(QStringLiteral("pages/programs/status"), -1));
    m_statusFilter->setCurrentIndex(std::max(0, status));
    m_attention->setChecked(
        settings.value(QStringLiteral("pages/programs/needsAttention")).toBool());
}

} // namespace rapport::ui
