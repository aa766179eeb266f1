#include "QuotaSettings.h"

#include "Icons.h"
#include "Labels.h"
#include "Prompter.h"
#include "RefreshWhenShown.h"
#include "Session.h"
#include "SettingsForm.h"
#include "rules/RuleEngine.h"
#include "storage/QuotaRepository.h"
#include "storage/Transaction.h"
#include "undo/SettingsEdits.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {
namespace {

// top_choice counts programs across the season, so a program of its own
// cannot have a limit for it.
QStringList perProgramQuotas()
{
    return {QStringLiteral("pre_interview"), QStringLiteral("thank_you"),
            QStringLiteral("post_interview")};
}

QString quotaLabel(const QString &quota)
{
    for (core::Quota q : core::kAllQuotas) {
        if (core::quotaName(q) == quota)
            return labels::quotaTitle(q);
    }
    return quota;
}

QLineEdit *limitEdit(const QString &name)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setValidator(new QIntValidator(0, 999, edit));
    edit->setFixedWidth(90);
    edit->setAlignment(Qt::AlignRight);
    return edit;
}

std::optional<int> valueOf(const QLineEdit *edit)
{
    bool ok = false;
    const int v = edit->text().trimmed().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

QString textOf(std::optional<int> v)
{
    return v ? QString::number(*v) : QString();
}

QString placeholderOf(int v)
{
    return v < 0 ? QuotaSettings::tr("none") : QString::number(v);
}

// A grid of quota rows with a recommended and a maximum column.
QGridLayout *limitGrid(const QStringList &quotas, const QString &prefix,
                       QHash<QString, QuotaSettings::LimitEdits> &edits)
{
    auto *grid = new QGridLayout;
    grid->setColumnStretch(3, 1);
    // Both groups line their columns up.
    grid->setColumnMinimumWidth(0, 300);
    grid->addWidget(new QLabel(QuotaSettings::tr("<b>Recommended</b>")), 0, 1);
    grid->addWidget(new QLabel(QuotaSettings::tr("<b>Maximum</b>")), 0, 2);
    int row = 1;
    for (const QString &quota : quotas) {
        QuotaSettings::LimitEdits e{limitEdit(prefix + quota + QStringLiteral("_recommended")),
                                    limitEdit(prefix + quota + QStringLiteral("_maximum"))};
        grid->addWidget(new QLabel(quotaLabel(quota)), row, 0);
        grid->addWidget(e.recommended, row, 1);
        grid->addWidget(e.maximum, row, 2);
        edits.insert(quota, e);
        ++row;
    }
    return grid;
}

} // namespace

QuotaSettings::QuotaSettings(Session &session, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_session(session), m_prompter(prompter)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createDefaults());
    layout->addWidget(createOverrides(), 1);
    for (const LimitEdits &e : std::as_const(m_defaults)) {
        for (QLineEdit *edit : {e.recommended, e.maximum})
            connect(edit, &QLineEdit::textEdited, this, [this] { m_defaultsDirty = true; });
    }
    connect(m_minGap, &QLineEdit::textEdited, this, [this] { m_defaultsDirty = true; });
    for (const LimitEdits &e : std::as_const(m_overrides)) {
        for (QLineEdit *edit : {e.recommended, e.maximum})
            connect(edit, &QLineEdit::textEdited, this, [this] { m_overrideDirty = true; });
    }
    refreshWhenShown(this, m_session, [this] { load(); });
    load();
}

QWidget *QuotaSettings::createDefaults()
{
    auto *box = new QGroupBox(tr("Every program"));
    auto *grid = limitGrid(core::QuotaPolicy::quotaNames(), QStringLiteral("quota_"), m_defaults);
    m_minGap = limitEdit(QStringLiteral("quotaMinGap"));
    const int gapRow = grid->rowCount();
    grid->addWidget(new QLabel(tr("Days between two messages to one program")), gapRow, 0);
    grid->addWidget(m_minGap, gapRow, 1);
    auto *hint = new QLabel(tr("Leave a field empty to keep the recommended value shown in grey."));
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_defaultsError = settingsform::makeErrorLabel(QStringLiteral("quotaError"));
    auto *save = new QPushButton(themeIcon(QStringLiteral("document-save")), tr("&Save limits"));
    save->setObjectName(QStringLiteral("quotaSave"));
    connect(save, &QPushButton::clicked, this, &QuotaSettings::saveDefaults);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint);
    buttons->addStretch(1);
    buttons->addWidget(save);

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(grid);
    layout->addWidget(m_defaultsError);
    layout->addLayout(buttons);
    return box;
}

QWidget *QuotaSettings::createOverrides()
{
    auto *box = new QGroupBox(tr("One program's own limits"));
    m_program = new QComboBox;
    m_program->setObjectName(QStringLiteral("quotaProgram"));
    m_program->setMinimumContentsLength(30);
    connect(m_program, &QComboBox::currentIndexChanged, this, &QuotaSettings::programChosen);
    auto *programLabel = new QLabel(tr("&Program"));
    programLabel->setBuddy(m_program);
    auto *programRow = new QHBoxLayout;
    programRow->addWidget(programLabel);
    programRow->addWidget(m_program);
    programRow->addStretch(1);

    auto *grid = limitGrid(perProgramQuotas(), QStringLiteral("override_"), m_overrides);
    m_overrideError = settingsform::makeErrorLabel(QStringLiteral("overrideError"));
    auto *save =
        new QPushButton(themeIcon(QStringLiteral("document-save")), tr("Save for this p&rogram"));
    save->setObjectName(QStringLiteral("overrideSave"));
    auto *clear = new QPushButton(themeIcon(QStringLiteral("edit-clear")),
                                  tr("&Clear this program's limits"));
    clear->setObjectName(QStringLiteral("overrideClear"));
    connect(save, &QPushButton::clicked, this, &QuotaSettings::saveOverride);
    connect(clear, &QPushButton::clicked, this, &QuotaSettings::clearOverride);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(clear);
    buttons->addWidget(save);

    m_overrideTable = new QTableWidget(0, 4);
    m_overrideTable->setObjectName(QStringLiteral("overrideTable"));
    m_overrideTable->setHorizontalHeaderLabels(
        {tr("Program"), tr("Quota"), tr("Recommended"), tr("Maximum")});
    m_overrideTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overrideTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overrideTable->verticalHeader()->hide();
    m_overrideTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_overrideTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_overrideTable, &QTableWidget::cellClicked, this, [this](int row, int) {
        selectProgram(m_overrideTable->item(row, 0)->data(Qt::UserRole).toLongLong());
    });

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(programRow);
    layout->addLayout(grid);
    layout->addWidget(m_overrideError);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Programs with limits of their own:")));
    layout->addWidget(m_overrideTable, 1);
    return box;
}

int QuotaSettings::ruleDefault(const QString &quota, const QString &key) const
{
    return m_session.engine().data().number(QStringLiteral("quota.") + quota, key, -1);
}

void QuotaSettings::load()
{
    const core::QuotaPolicy &policy = m_session.snapshot().quota;
    // Someone else's save must not wipe limits being typed here.
    for (auto it = m_defaults.begin(); it != m_defaults.end(); ++it) {
        const core::QuotaLimit limit = policy.limits.value(it.key());
        if (!m_defaultsDirty) {
            it->recommended->setText(textOf(limit.recommended));
            it->maximum->setText(textOf(limit.maximum));
        }
        it->recommended->setPlaceholderText(
            placeholderOf(ruleDefault(it.key(), QStringLiteral("recommended"))));
        it->maximum->setPlaceholderText(
            placeholderOf(ruleDefault(it.key(), QStringLiteral("maximum"))));
    }
    if (!m_defaultsDirty)
        m_minGap->setText(textOf(policy.minGapDays));
    m_minGap->setPlaceholderText(placeholderOf(m_session.engine().data().number(
        QStringLiteral("timing.min_gap"), QStringLiteral("days"), -1)));

    const qint64 current = currentProgram();
    QList<const core::Program *> programs;
    for (const core::Program &p : m_session.snapshot().programs)
        programs << &p;
    std::sort(programs.begin(), programs.end(), [](const core::Program *a, const core::Program *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    {
        const QSignalBlocker blocker(m_program);
        m_program->clear();
        for (const core::Program *p : programs)
            m_program->addItem(p->name, p->id);
        m_program->setCurrentIndex(std::max(0, m_program->findData(current)));
    }
    if (!m_overrideDirty || currentProgram() != m_overrideProgram)
        loadOverride();
    fillOverrideTable();
}

qint64 QuotaSettings::currentProgram() const
{
    return m_program->currentData().toLongLong();
}

void QuotaSettings::selectProgram(qint64 programId)
{
    const int index = m_program->findData(programId);
    if (index >= 0)
        m_program->setCurrentIndex(index);
}

void QuotaSettings::programChosen()
{
    if (m_overrideDirty && currentProgram() != m_overrideProgram) {
        const core::Program *edited = m_session.program(m_overrideProgram);
        const UnsavedChoice choice = m_prompter.askUnsaved(
            this,
            tr("Save the limits you typed for %1 before showing another program's?")
                .arg(edited ? edited->name : tr("the program")),
            tr("Save"));
        if (choice == UnsavedChoice::Cancel || (choice == UnsavedChoice::Save && !saveOverride())) {
            const QSignalBlocker blocker(m_program);
            m_program->setCurrentIndex(std::max(0, m_program->findData(m_overrideProgram)));
            return;
        }
    }
    loadOverride();
}

void QuotaSettings::loadOverride()
{
    m_overrideProgram = currentProgram();
    m_overrideDirty = false;
    const core::QuotaPolicy &policy = m_session.snapshot().quota;
    const auto own = policy.overrides.value(currentProgram());
    for (auto it = m_overrides.begin(); it != m_overrides.end(); ++it) {
        // What applies when this program has no value of its own.
        const core::QuotaLimit season = policy.limits.value(it.key());
        const int recommended =
            season.recommended.value_or(ruleDefault(it.key(), QStringLiteral("recommended")));
        const int maximum =
            season.maximum.value_or(ruleDefault(it.key(), QStringLiteral("maximum")));
        const core::QuotaLimit limit = own.value(it.key());
        it->recommended->setText(textOf(limit.recommended));
        it->recommended->setPlaceholderText(placeholderOf(recommended));
        it->maximum->setText(textOf(limit.maximum));
        it->maximum->setPlaceholderText(placeholderOf(maximum));
        it->recommended->setEnabled(m_program->count() > 0);
        it->maximum->setEnabled(m_program->count() > 0);
    }
    settingsform::showError(m_overrideError, QString());
}

void QuotaSettings::fillOverrideTable()
{
    const core::QuotaPolicy &policy = m_session.snapshot().quota;
    m_overrideTable->setRowCount(0);
    for (int i = 0; i < m_program->count(); ++i) {
        const qint64 id = m_program->itemData(i).toLongLong();
        const auto own = policy.overrides.value(id);
        for (const QString &quota : core::QuotaPolicy::quotaNames()) {
            if (!own.contains(quota))
                continue;
            const core::QuotaLimit limit = own.value(quota);
            const int row = m_overrideTable->rowCount();
            m_overrideTable->insertRow(row);
            auto *name = new QTableWidgetItem(m_program->itemText(i));
            name->setData(Qt::UserRole, id);
            m_overrideTable->setItem(row, 0, name);
            m_overrideTable->setItem(row, 1, new QTableWidgetItem(quotaLabel(quota)));
            const QString unset = QStringLiteral("\u2014");
            m_overrideTable->setItem(
                row, 2,
                new QTableWidgetItem(limit.recommended ? textOf(limit.recommended) : unset));
            m_overrideTable->setItem(
                row, 3, new QTableWidgetItem(limit.maximum ? textOf(limit.maximum) : unset));
        }
    }
}

bool QuotaSettings::saveDefaults()
{
    core::QuotaRepository repository(m_session.db());
    const auto before = repository.load();
    core::Transaction tx(m_session.db());
    core::Status status = tx.begin();
    for (const QString &quota : core::QuotaPolicy::quotaNames()) {
        if (!status)
            break;
        const LimitEdits &e = m_defaults.value(quota);
        status = repository.setDefault(quota, {valueOf(e.recommended), valueOf(e.maximum)});
    }
    if (status)
        status = repository.setMinGapDays(valueOf(m_minGap));
    if (status)
        status = tx.commit();
    if (!status) {
        settingsform::showError(m_defaultsError, status.errorMessage());
        return false;
    }
    pushEdit(tr("Edit Quota Defaults"), before);
    m_defaultsDirty = false;
    settingsform::showError(m_defaultsError, QString());
    if (auto s = m_session.reload(); !s) {
        settingsform::showError(m_defaultsError, s.errorMessage());
        return false;
    }
    return true;
}

bool QuotaSettings::saveEdits()
{
    if (m_defaultsDirty && !saveDefaults())
        return false;
    return !m_overrideDirty || saveOverride();
}

bool QuotaSettings::saveOverride()
{
    const qint64 programId = m_overrideProgram;
    if (programId <= 0)
        return false;
    core::QuotaRepository repository(m_session.db());
    const auto before = repository.load();
    core::Transaction tx(m_session.db());
    core::Status status = tx.begin();
    for (const QString &quota : perProgramQuotas()) {
        if (!status)
            break;
        const LimitEdits &e = m_overrides.value(quota);
        const core::QuotaLimit limit{valueOf(e.recommended), valueOf(e.maximum)};
        status = (limit.recommended || limit.maximum)
                     ? repository.setOverride(programId, quota, limit)
                     : repository.clearOverride(programId, quota);
    }
    if (status)
        status = tx.commit();
    if (!status) {
        settingsform::showError(m_overrideError, status.errorMessage());
        return false;
    }
    const core::Program *program = m_session.program(programId);
    pushEdit(tr("Edit Quotas of %1").arg(program ? program->name : QString()), before);
    m_overrideDirty = false;
    if (auto s = m_session.reload(); !s) {
        settingsform::showError(m_overrideError, s.errorMessage());
        return false;
    }
    return true;
}

void QuotaSettings::pushEdit(const QString &text, const core::Result<core::QuotaPolicy> &before)
{
    const auto after = core::QuotaRepository(m_session.db()).load();
    if (before && after)
        m_session.undoStack().push(
            settingsEdits::quotas(m_session, m_prompter, text, *before, *after));
}

bool QuotaSettings::clearOverride()
{
    for (const LimitEdits &e : std::as_const(m_overrides)) {
        e.recommended->clear();
        e.maximum->clear();
    }
    return saveOverride();
}

} // namespace rapport::ui
