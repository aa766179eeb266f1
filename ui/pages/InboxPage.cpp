#include "InboxPage.h"

#include "FindingText.h"
#include "Icons.h"
#include "Prompter.h"
#include "RefreshWhenShown.h"
#include "Session.h"
#include "dialogs/OriginalMessageDialog.h"
#include "models/InboxModel.h"
#include "undo/InboxEdits.h"
#include "widgets/ColumnFit.h"
#include "widgets/InboxDetails.h"

#include "rules/RuleData.h"
#include "rules/RuleEngine.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

InboxPage::InboxPage(Session &session, Prompter &prompter, QWidget *parent)
    : Page(session, prompter, parent)
{
    m_model = new InboxModel(session, this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // In tenths of the font's em; the subject takes the room left, and the
    // columns least needed to decide give way when there is too little.
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[InboxModel::ColumnCount] = {150, 130, 250, 200, 120, 110, 70, 60};
    for (int c = 0; c < InboxModel::ColumnCount; ++c)
        m_table->horizontalHeader()->resizeSection(c, widths[c] * em / 10);
    m_columns = new ColumnFit(m_table, InboxModel::SubjectColumn,
                              {{InboxModel::ProgramColumn},
                               {InboxModel::FromColumn},
                               {InboxModel::DateColumn},
                               {InboxModel::KindColumn},
                               {InboxModel::ContactColumn},
                               {InboxModel::DirectionColumn},
                               {InboxModel::StateColumn}});
    m_columns->setStretchNeed(14 * em);
    m_details = new InboxDetails(session);
    m_details->setObjectName(QStringLiteral("inboxDetails"));

    m_showAll = new QCheckBox(tr("Show &all messages"));
    m_showAll->setObjectName(QStringLiteral("inboxShowAll"));
    m_showAll->setToolTip(tr("Also list the messages you logged or ignored"));
    m_logButton = new QPushButton(themeIcon(QStringLiteral("document-save")), tr("&Log it"));
    m_logButton->setObjectName(QStringLiteral("inboxLog"));
    m_ignoreButton = new QPushButton(themeIcon(QStringLiteral("edit-delete")), tr("&Ignore"));
    m_ignoreButton->setObjectName(QStringLiteral("inboxIgnore"));
    m_originalButton = new QPushButton(tr("Show &Original…"));
    m_originalButton->setObjectName(QStringLiteral("inboxOriginal"));
    createActions();

    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(m_details, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_originalButton);
    buttons->addStretch(1);
    buttons->addWidget(m_ignoreButton);
    buttons->addWidget(m_logButton);
    sideLayout->addLayout(buttons);
    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("inboxSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(side);
    // The queue takes two thirds: its columns tell the messages apart.
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({2000, 1000});
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_showAll);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_showAll, &QCheckBox::toggled, this, [this](bool all) {
        const QList<qint64> keep = selectedIds();
        if (auto s = m_model->setShowDecided(all); !s)
            this->prompter().showError(this, s.errorMessage());
        selectIds(keep);
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InboxPage::selectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, &InboxPage::showOriginal);
    connect(m_details, &InboxDetails::choiceChanged, this, &InboxPage::updateActions);
    connect(m_logButton, &QPushButton::clicked, this, &InboxPage::logSelected);
    connect(m_ignoreButton, &QPushButton::clicked, this, &InboxPage::ignoreSelected);
    connect(m_originalButton, &QPushButton::clicked, this, &InboxPage::showOriginal);
    // The navigation shows the count whether or not the page is shown; the
    // rest waits until it is (at 100x the program choices alone are 4,000
    // names sorted again at every save). Shown, refresh() counts too.
    const auto countIfHidden = [this] {
        if (!isVisible())
            updatePendingCount();
    };
    connect(&session, &Session::changed, this, countIfHidden);
    const auto changed = refreshWhenShown(this, session, [this] { refresh(); });
    connect(&session, &Session::mailChanged, this, [changed, countIfHidden] {
        changed();
        countIfHidden();
    });
    refresh();
}

void InboxPage::createActions()
{
    m_logAction = new QAction(themeIcon(QStringLiteral("document-save")), tr("&Log It"), this);
    m_logAction->setObjectName(QStringLiteral("inboxLogAction"));
    m_logAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_logAction->setShortcutContext(Qt::WidgetShortcut);
    m_ignoreAction = new QAction(themeIcon(QStringLiteral("edit-delete")), tr("&Ignore"), this);
    m_ignoreAction->setObjectName(QStringLiteral("inboxIgnoreAction"));
    m_ignoreAction->setShortcut(QKeySequence::Delete);
    m_ignoreAction->setShortcutContext(Qt::WidgetShortcut);
    m_originalAction = new QAction(tr("Show &Original…"), this);
    connect(m_logAction, &QAction::triggered, this, &InboxPage::logSelected);
    connect(m_ignoreAction, &QAction::triggered, this, &InboxPage::ignoreSelected);
    connect(m_originalAction, &QAction::triggered, this, &InboxPage::showOriginal);
    m_table->addActions({m_logAction, m_ignoreAction, m_originalAction});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void InboxPage::refresh()
{
    const QList<qint64> keep = selectedIds();
    reproposeIfNeeded();
    if (auto s = m_model->refresh(); !s)
        prompter().showError(this, s.errorMessage());
    selectIds(keep);
    m_details->refreshChoices();
    updatePendingCount();
    updateActions();
}

void InboxPage::updatePendingCount()
{
    const auto pending = core::MailInbox(session().db(), session().clock()).pendingCount();
    const int count = pending ? *pending : 0;
    if (count != m_pending) {
        m_pending = count;
        Q_EMIT pendingCountChanged(count);
    }
}

void InboxPage::reproposeIfNeeded()
{
    size_t seen = 0;
    for (const core::Program &p : session().snapshot().programs)
        seen = qHashMulti(seen, p.id, p.revision);
    for (const core::Contact &c : session().snapshot().contacts)
        seen = qHashMulti(seen, c.id, c.revision);
    if (seen == m_recordsSeen)
        return;
    m_recordsSeen = seen;
    core::MailInbox inbox(session().db(), session().clock());
    if (auto s = inbox.repropose(); !s)
        prompter().showError(this, s.errorMessage());
}

QList<qint64> InboxPage::selectedIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    // The current row first: the pane shows its text.
    const int current = m_table->currentIndex().row();
    std::stable_partition(rows.begin(), rows.end(),
                          [current](const QModelIndex &i) { return i.row() == current; });
    QList<qint64> ids;
    for (const QModelIndex &row : std::as_const(rows)) {
        if (const core::InboxEntry *e = m_model->entryAt(row))
            ids << e->id;
    }
    return ids;
}

void InboxPage::selectIds(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        const QModelIndex index = m_model->indexOf(id);
        if (index.isValid())
            selection.select(index, m_model->index(index.row(), InboxModel::ColumnCount - 1));
    }
    QItemSelectionModel *model = m_table->selectionModel();
    const QModelIndex current = ids.isEmpty() ? QModelIndex() : m_model->indexOf(ids.first());
    if (current.isValid())
        model->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    selectionChanged();
}

void InboxPage::selectRow(int row)
{
    const QModelIndex next = m_model->index(std::min(row, m_model->rowCount() - 1), 0);
    if (next.isValid())
        m_table->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    selectionChanged();
}

void InboxPage::selectionChanged()
{
    QList<core::InboxEntry> entries;
    for (qint64 id : selectedIds())
        entries << *m_model->entryAt(m_model->indexOf(id));
    m_details->setEntries(entries);
    updateActions();
}

void InboxPage::updateActions()
{
    const QList<qint64> ids = selectedIds();
    bool pending = !ids.isEmpty();
    bool loggable = pending;
    for (qint64 id : ids) {
        const core::InboxEntry *e = m_model->entryAt(m_model->indexOf(id));
        pending = pending && e->state == core::InboxState::Pending;
        loggable = loggable && e->problem.isEmpty();
    }
    const auto choices = m_details->choices();
    const bool canLog = pending && loggable && choices.ok();
    m_logAction->setEnabled(canLog);
    m_logButton->setEnabled(canLog);
    m_logButton->setToolTip(canLog || ids.isEmpty() ? tr("Log the selected messages (Enter)")
                                                    : choices.errorMessage());
    m_ignoreAction->setEnabled(pending);
    m_ignoreButton->setEnabled(pending);
    m_ignoreButton->setToolTip(tr("Set the selected messages aside for good (Del)"));
    const core::InboxEntry *current = m_model->entryAt(m_table->currentIndex());
    const bool original = current && current->state != core::InboxState::Ignored;
    m_originalAction->setEnabled(original);
    m_originalButton->setEnabled(original);
}

bool InboxPage::logSelected()
{
    const auto choices = m_details->choices();
    if (!choices || choices->isEmpty()) {
        if (!choices)
            prompter().showError(this, choices.errorMessage());
        return false;
    }
    const int row = m_table->currentIndex().row();
    const core::InboxEntry *first = m_model->entryAt(m_model->indexOf(choices->first().id));
    const QString text =
        choices->size() == 1
            ? tr("Log “%1”").arg(first->subject.isEmpty() ? tr("(no subject)") : first->subject)
            : tr("Log %n Messages", nullptr, int(choices->size()));
    auto *edit = new InboxConfirm(session(), prompter(), text, *choices);
    if (!edit->perform(Edit::Way::Again, this)) {
        delete edit;
        return false;
    }
    const QList<qint64> entries = edit->entries();
    session().undoStack().push(edit);
    refresh();
    selectRow(row);
    // The rules see the entries once the season with them is read.
    session().afterUpdate(this, [this, entries] { announce(entries); });
    return true;
}

void InboxPage::announce(const QList<qint64> &entries)
{
    QStringList flagged;
    for (const core::Finding &f : session().findings()) {
        const auto about = f.communicationId();
        if (!about || !entries.contains(*about) || f.acknowledged ||
            f.severity == core::Severity::Info || !findingText::isProgramConduct(f))
            continue;
        const auto it = std::find_if(session().snapshot().communications.cbegin(),
                                     session().snapshot().communications.cend(),
                                     [&](const core::Communication &c) { return c.id == *about; });
        const QString subject =
            it == session().snapshot().communications.cend() ? QString() : it->subject;
        flagged << tr("“%1”: %2").arg(subject, session().engine().data().title(f.rule));
    }
    QString text = tr("%n messages logged.", nullptr, int(entries.size()));
    if (!flagged.isEmpty())
        text += QLatin1Char(' ') + tr("Flagged by the rules: %1. Its program's timeline shows it; "
                                      "reply safely from there.")
                                       .arg(flagged.join(QStringLiteral("; ")));
    Q_EMIT statusMessage(text);
}

bool InboxPage::ignoreSelected()
{
    QList<qint64> ids;
    for (qint64 id : selectedIds()) {
        const core::InboxEntry *e = m_model->entryAt(m_model->indexOf(id));
        if (e->state != core::InboxState::Pending)
            return false;
        ids << id;
    }
    if (ids.isEmpty())
        return false;
    const int row = m_table->currentIndex().row();
    const core::InboxEntry *first = m_model->entryAt(m_model->indexOf(ids.first()));
    const QString text =
        ids.size() == 1
            ? tr("Ignore “%1”").arg(first->subject.isEmpty() ? tr("(no subject)") : first->subject)
            : tr("Ignore %n Messages", nullptr, int(ids.size()));
    auto *edit = new InboxIgnore(session(), prompter(), text, ids);
    if (!edit->perform(Edit::Way::Again, this)) {
        delete edit;
        return false;
    }
    session().undoStack().push(edit);
    refresh();
    selectRow(row);
    Q_EMIT statusMessage(tr("%n messages ignored.", nullptr, int(ids.size())));
    return true;
}

void InboxPage::showOriginal()
{
    const core::InboxEntry *e = m_model->entryAt(m_table->currentIndex());
    if (e)
        OriginalMessageDialog::openForInbox(session(), prompter(), e->id, window());
}

void InboxPage::saveState(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("pages/inbox"));
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("header"), m_columns->saveState());
    settings.setValue(QStringLiteral("showAll"), m_showAll->isChecked());
    settings.endGroup();
}

void InboxPage::restoreState(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("pages/inbox"));
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    if (const QByteArray header = settings.value(QStringLiteral("header")).toByteArray();
        !header.isEmpty())
        m_columns->restoreState(header);
    m_showAll->setChecked(settings.value(QStringLiteral("showAll"), false).toBool());
    settings.endGroup();
}

} // namespace rapport::ui
