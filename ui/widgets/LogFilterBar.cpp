#include "LogFilterBar.h"

#include "DateRangeFilter.h"
#include "FlowLayout.h"
#include "Icons.h"
#include "Labels.h"
#include "Session.h"
#include "models/LogFilterProxy.h"
#include "storage/CommunicationRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {
namespace {

// A search costs a few milliseconds even over 30,000 entries: the pause only
// skips the letters of a fast burst, and the table follows the keyboard.
constexpr int kSearchDelayMs = 60;

template <typename E> std::optional<E> comboValue(const QComboBox *combo)
{
    const QVariant v = combo->currentData();
    if (!v.isValid())
        return std::nullopt;
    return static_cast<E>(v.toInt());
}

template <typename E> void selectValue(QComboBox *combo, const QString &canonical)
{
    const auto value = core::parseEnum<E>(canonical);
    combo->setCurrentIndex(value ? std::max(0, combo->findData(static_cast<int>(*value))) : 0);
}

} // namespace

LogFilterBar::LogFilterBar(Session &session, LogFilterProxy *proxy, QWidget *parent)
    : QWidget(parent), m_session(session), m_proxy(proxy)
{
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &LogFilterBar::runSearch);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search subjects and text…"));
    m_search->addAction(themeIcon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("logCount"));
    // Filters are kept per season: one left on from last time must be
    // plain to see, and one click from gone.
    m_clear = new QPushButton(tr("Clear filters"));
    m_clear->setObjectName(QStringLiteral("logClearFilters"));
    m_clear->setToolTip(tr("Clear the search and every filter"));
    m_clear->hide();
    connect(m_clear, &QPushButton::clicked, this, &LogFilterBar::clearFilters);

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
    m_findingsOnly = new QCheckBox(tr("Has f&indings"));
    m_findingsOnly->setObjectName(QStringLiteral("logFindingsOnly"));
    m_findingsOnly->setToolTip(tr("Only entries a rule check has something to say about"));

    for (QComboBox *combo : {m_program, m_direction, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, &LogFilterBar::applyFilters);
    connect(m_dates, &DateRangeFilter::rangeChanged, this, &LogFilterBar::applyFilters);
    connect(m_findingsOnly, &QCheckBox::toggled, this, &LogFilterBar::applyFilters);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LogFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LogFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LogFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LogFilterBar::updateCount);

    m_top = new QHBoxLayout;
    m_top->addWidget(m_search, 1);
    m_top->addSpacing(12);
    m_top->addWidget(m_count);
    m_top->addWidget(m_clear);
    m_top->addSpacing(12);
    // A narrow window wraps the filters onto a second line.
    auto *filters = new FlowLayout(nullptr, 8);
    for (QWidget *filter :
         std::initializer_list<QWidget *>{m_program, m_dates, m_direction, m_kind, m_findingsOnly})
        filters->addWidget(filter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_top);
    layout->addLayout(filters);
    refresh();
}

void LogFilterBar::addTrailingWidget(QWidget *widget)
{
    m_top->addWidget(widget);
}

void LogFilterBar::refresh()
{
    fillProgramCombo();
    updateDates();
    // Entries were added or removed: the allowed ids must follow.
    if (!m_search->text().trimmed().isEmpty())
        runSearch();
    updateCount();
}

void LogFilterBar::updateDates()
{
    const core::SeasonSnapshot &snapshot = m_session.snapshot();
    QDate earliest = snapshot.season.applicationsOpen;
    if (!snapshot.communications.isEmpty()) {
        const QDate first = snapshot.communications.first().at.date();
        if (!earliest.isValid() || first < earliest)
            earliest = first;
    }
    m_dates->setEarliest(earliest.isValid() ? earliest : QDate(2000, 1, 1));
}

void LogFilterBar::fillProgramCombo()
{
    // Most saves touch no program: 4,000 sorted items stay as they are.
    QList<QPair<qint64, QString>> shown;
    shown.reserve(m_session.snapshot().programs.size());
    for (const core::Program &p : m_session.snapshot().programs)
        shown.append({p.id, p.name});
    if (shown == m_programsShown && m_program->count() > 0)
        return;
    m_programsShown = std::move(shown);

    const QVariant current = m_program->currentData();
    QList<const core::Program *> programs;
    for (const core::Program &p : m_session.snapshot().programs)
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

void LogFilterBar::runSearch()
{
    m_searchTimer->stop();
    const QString text = m_search->text().trimmed();
    m_searchError.clear();
    if (core::CommunicationRepository::ftsQuery(text).isEmpty()) {
        m_proxy->setAllowedIds(std::nullopt);
    } else {
        auto found = core::CommunicationRepository(m_session.db()).matchingIds(text);
        if (!found)
            m_searchError = found.errorMessage();
        m_proxy->setAllowedIds(found ? std::move(*found) : std::vector<qint64>());
    }
    updateCount();
}

void LogFilterBar::flushSearch()
{
    if (m_searchTimer->isActive())
        runSearch();
}

void LogFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LogFilterBar::applyFilters()
{
    const QVariant program = m_program->currentData();
    m_proxy->setProgramId(program.isValid() ? std::optional<qint64>(program.toLongLong())
                                            : std::nullopt);
    m_proxy->setDateRange(m_dates->from(), m_dates->to());
    m_proxy->setDirection(comboValue<core::Direction>(m_direction));
    m_proxy->setKind(comboValue<core::Kind>(m_kind));
    m_proxy->setFindingsOnly(m_findingsOnly->isChecked());
    updateCount();
}

void LogFilterBar::updateCount()
{
    if (!m_searchError.isEmpty()) {
        m_count->setText(tr("Search failed: %1").arg(m_searchError));
        return;
    }
    const int shown = m_proxy->rowCount();
    const int total = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    const bool filtered = isFiltered();
    m_clear->setVisible(filtered);
    m_count->setText(filtered ? tr("Filtered: %1 of %n messages", nullptr, total).arg(shown)
                              : tr("%1 of %n messages", nullptr, total).arg(shown));
}

bool LogFilterBar::isFiltered() const
{
    return !m_search->text().trimmed().isEmpty() || m_program->currentIndex() > 0 ||
           m_dates->from().isValid() || m_dates->to().isValid() ||
           m_direction->currentIndex() > 0 || m_kind->currentIndex() > 0 ||
           m_findingsOnly->isChecked();
}

void LogFilterBar::clearFilters()
{
    {
        // One pass over the entries, not one per filter.
        const QSignalBlocker program(m_program);
        const QSignalBlocker dates(m_dates);
        const QSignalBlocker direction(m_direction);
        const QSignalBlocker kind(m_kind);
        const QSignalBlocker findings(m_findingsOnly);
        m_program->setCurrentIndex(0);
        m_dates->setRange({}, {});
        m_direction->setCurrentIndex(0);
        m_kind->setCurrentIndex(0);
        m_findingsOnly->setChecked(false);
    }
    m_search->clear();
    runSearch();
    applyFilters();
}

void LogFilterBar::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("search"), m_search->text());
    settings.setValue(QStringLiteral("program"), m_program->currentData());
    settings.setValue(QStringLiteral("from"), m_dates->from());
    settings.setValue(QStringLiteral("to"), m_dates->to());
    const auto direction = comboValue<core::Direction>(m_direction);
    settings.setValue(QStringLiteral("direction"),
                      direction ? core::toString(*direction) : QString());
    const auto kind = comboValue<core::Kind>(m_kind);
    settings.setValue(QStringLiteral("kind"), kind ? core::toString(*kind) : QString());
    settings.setValue(QStringLiteral("findingsOnly"), m_findingsOnly->isChecked());
}

void LogFilterBar::restoreState(QSettings &settings)
{
    m_program->setCurrentIndex(
        std::max(0, m_program->findData(settings.value(QStringLiteral("program")))));
    m_dates->setRange(settings.value(QStringLiteral("from")).toDate(),
                      settings.value(QStringLiteral("to")).toDate());
    selectValue<core::Direction>(m_direction,
                                 settings.value(QStringLiteral("direction")).toString());
    selectValue<core::Kind>(m_kind, settings.value(QStringLiteral("kind")).toString());
    m_findingsOnly->setChecked(settings.value(QStringLiteral("findingsOnly")).toBool());
    m_search->setText(settings.value(QStringLiteral("search")).toString());
    flushSearch();
    applyFilters();
}

} // namespace rapport::ui
