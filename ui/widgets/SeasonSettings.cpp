#include "SeasonSettings.h"

#include "Icons.h"
#include "Labels.h"
#include "Session.h"
#include "SettingsForm.h"
#include "storage/ProfileRepository.h"
#include "undo/SettingsEdits.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

QDateEdit *dateEdit(const QString &name)
{
    auto *edit = new QDateEdit;
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("ddd yyyy-MM-dd"));
    edit->setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31));
    edit->setMinimumWidth(160);
    return edit;
}

// A date with its "estimated" note beside it.
QWidget *withNote(QDateEdit *edit, QLabel *note)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit);
    layout->addWidget(note, 1);
    return row;
}

} // namespace

SeasonSettings::SeasonSettings(Session &session, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_session(session), m_prompter(prompter)
{
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("seasonName"));
    m_name->setPlaceholderText(tr("e.g. 2027 Match"));
    m_applicationsOpen = dateEdit(QStringLiteral("seasonApplicationsOpen"));
    m_interviewsStart = dateEdit(QStringLiteral("seasonInterviewsStart"));
    m_interviewsEnd = dateEdit(QStringLiteral("seasonInterviewsEnd"));
    m_rankListDeadline = dateEdit(QStringLiteral("seasonRankListDeadline"));
    m_matchDay = dateEdit(QStringLiteral("seasonMatchDay"));
    m_signals = new QSpinBox;
    m_signals->setObjectName(QStringLiteral("seasonSignals"));
    m_signals->setRange(0, 100);
    m_signals->setToolTip(tr("How many preference signals the specialty allows this season "
                             "(otolaryngology: 25 in 2024 and 2025)"));

    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(QStringLiteral("seasonTimeZone"));
    m_timeZone->addItem(
        tr("This computer's (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
        QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // Region/City names only: "EST5EDT" and "Etc/GMT+6" read as riddles.
        if (id.contains('/') && !id.startsWith("Etc/"))
            m_timeZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    }
    m_timeZone->setToolTip(tr("Every date and time in Rapport is shown in this zone"));

    const auto estimatedNote = [](const QString &name) {
        auto *label = new QLabel(tr("estimated — check the NRMP calendar"));
        label->setObjectName(name);
        label->setToolTip(tr("Rapport computed this date: Match Day is the third Friday of March, "
                             "the rank-list deadline the Wednesday about three weeks before. "
                             "Check the NRMP calendar, then confirm the dates or correct them "
                             "and save."));
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, labels::severityColor(core::Severity::Warning));
        label->setPalette(palette);
        return label;
    };
    m_deadlineEstimated = estimatedNote(QStringLiteral("seasonRankListDeadlineEstimated"));
    m_matchDayEstimated = estimatedNote(QStringLiteral("seasonMatchDayEstimated"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Applications open"), m_applicationsOpen);
    form->addRow(tr("&Interviews start"), m_interviewsStart);
    form->addRow(tr("In&terviews end"), m_interviewsEnd);
    form->addRow(tr("&Rank-list deadline"), withNote(m_rankListDeadline, m_deadlineEstimated));
    form->addRow(tr("&Match Day"), withNote(m_matchDay, m_matchDayEstimated));
    form->addRow(tr("Preference si&gnals"), m_signals);
    form->addRow(tr("Time &zone"), m_timeZone);
    auto *note = new QLabel(tr("The NRMP publishes the dates each year; for the 2026 Match the "
                               "rank-list deadline was 25 February and Match Day 20 March. "
                               "Until you confirm them, the deadline and Match Day here are "
                               "Rapport's estimates."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_error = settingsform::makeErrorLabel(QStringLiteral("seasonError"));
    m_defaults = new QPushButton(tr("Use &defaults"));
    m_defaults->setObjectName(QStringLiteral("seasonDefaults"));
    m_defaults->setToolTip(tr("Fill in the usual dates of the coming Match (not saved yet)"));
    m_save = new QPushButton(themeIcon(QStringLiteral("document-save")), tr("&Save season"));
    m_save->setObjectName(QStringLiteral("seasonSave"));
    connect(m_save, &QPushButton::clicked, this, &SeasonSettings::save);
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        core::Season defaults = core::Season::defaultsFor(m_session.currentMatchYear());
        defaults.timeZone = season().timeZone; // the dates' defaults, not the zone's
        setSeason(defaults);
        m_dirty = true;
    });
    m_confirm = new QPushButton;
    m_confirm->setObjectName(QStringLiteral("seasonConfirm"));
    m_confirm->setToolTip(tr("The rank-list deadline and Match Day shown match the NRMP "
                             "calendar: save them as confirmed"));
    connect(m_confirm, &QPushButton::clicked, this, &SeasonSettings::confirmDates);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_defaults);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addStretch(1);

    const auto edited = [this] {
        m_dirty = true;
    };
    connect(m_name, &QLineEdit::textEdited, this, edited);
    for (QDateEdit *edit :
         {m_applicationsOpen, m_interviewsStart, m_interviewsEnd, m_rankListDeadline, m_matchDay})
        connect(edit, &QDateEdit::userDateChanged, this, edited);
    // Typing the NRMP's date in is confirming it (setSeason() sets the flag
    // again after filling the edits).
    for (QDateEdit *edit : {m_rankListDeadline, m_matchDay}) {
        connect(edit, &QDateEdit::userDateChanged, this, [this] {
            m_confirmed = true;
            showConfirmed();
        });
    }
    connect(m_signals, &QSpinBox::valueChanged, this, edited);
    connect(m_timeZone, &QComboBox::activated, this, edited);
    connect(&m_session, &Session::changed, this, &SeasonSettings::load);
    load();
}

void SeasonSettings::load()
{
    if (!m_dirty)
        setSeason(m_session.snapshot().season);
}

void SeasonSettings::setSeason(const core::Season &s)
{
    m_name->setText(s.name);
    m_applicationsOpen->setDate(s.applicationsOpen);
    m_interviewsStart->setDate(s.interviewsStart);
    m_interviewsEnd->setDate(s.interviewsEnd);
    m_rankListDeadline->setDate(s.rankListDeadline);
    m_matchDay->setDate(s.matchDay);
    m_signals->setValue(s.signalCount);
    int zone = m_timeZone->findData(s.timeZone);
    if (zone < 0) { // a zone this computer does not list: kept as it is
        m_timeZone->addItem(s.timeZone, s.timeZone);
        zone = m_timeZone->count() - 1;
    }
    m_timeZone->setCurrentIndex(zone);
    m_confirmed = s.datesConfirmed;
    showConfirmed();
    m_dirty = false;
}

void SeasonSettings::showConfirmed()
{
    m_deadlineEstimated->setVisible(!m_confirmed);
    m_matchDayEstimated->setVisible(!m_confirmed);
    m_confirm->setEnabled(!m_confirmed);
    m_confirm->setText(m_confirmed ? tr("Dates confirmed") : tr("&Confirm dates"));
}

core::Season SeasonSettings::season() const
{
    core::Season s;
    s.name = m_name->text().trimmed();
    s.applicationsOpen = m_applicationsOpen->date();
    s.interviewsStart = m_interviewsStart->date();
    s.interviewsEnd = m_interviewsEnd->date();
    s.rankListDeadline = m_rankListDeadline->date();
    s.matchDay = m_matchDay->date();
    s.signalCount = m_signals->value();
    s.timeZone = m_timeZone->currentData().toString();
    s.datesConfirmed = m_confirmed;
    return s;
}

bool SeasonSettings::confirmDates()
{
    const bool before = m_confirmed;
    m_confirmed = true;
    showConfirmed();
    if (save())
        return true;
    m_confirmed = before;
    showConfirmed();
    return false;
}

bool SeasonSettings::save()
{
    const core::Season s = season();
    // The core refuses a deadline after Match Day; the interview season
    // running backwards is as surely a slip of the calendar.
    if (s.interviewsEnd < s.interviewsStart) {
        settingsform::showError(m_error, tr("season interviews end %1 before they start %2")
                                             .arg(s.interviewsEnd.toString(Qt::ISODate),
                                                  s.interviewsStart.toString(Qt::ISODate)));
        return false;
    }
    core::ProfileRepository repository(m_session.db());
    const auto before = repository.season(m_session.currentMatchYear());
    if (auto saved = repository.saveSeason(s); !saved) {
        settingsform::showError(m_error, saved.errorMessage());
        return false;
    }
    if (before)
        m_session.undoStack().push(settingsEdits::season(m_session, m_prompter, *before, s));
    m_dirty = false;
    settingsform::showSaved(m_error, s.datesConfirmed
                                         ? tr("Season saved; the checks use the new dates.")
                                         : tr("Season saved; the rank-list deadline and Match "
                                              "Day are still estimates."));
    if (auto reloaded = m_session.reload(); !reloaded) {
        settingsform::showError(m_error, reloaded.errorMessage());
        return false;
    }
    return true;
}

} // namespace rapport::ui
