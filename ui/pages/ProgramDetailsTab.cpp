#include "ProgramDetailsTab.h"

#include "DateTimeText.h"
#include "Labels.h"
#include "Prompter.h"
#include "Session.h"
#include "undo/RowEdits.h"

#include "domain/Validation.h"
#include "storage/ProgramRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

template <typename E> QComboBox *enumCombo(const char *objectName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(QLatin1String(objectName));
    for (const auto &[value, label] : labels::all<E>())
        combo->addItem(label, static_cast<int>(value));
    return combo;
}

template <typename E> void select(QComboBox *combo, E value)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

template <typename E> E selected(const QComboBox *combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

QLineEdit *lineEdit(const char *objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QLatin1String(objectName));
    return edit;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

// A check box that switches an optional value's editor on and off.
QHBoxLayout *optional(QCheckBox *check, QWidget *editor)
{
    QObject::connect(check, &QCheckBox::toggled, editor, &QWidget::setEnabled);
    auto *row = new QHBoxLayout;
    row->addWidget(check);
    row->addWidget(editor, 1);
    return row;
}

} // namespace

ProgramDetailsTab::ProgramDetailsTab(Session &session, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_session(session), m_prompter(prompter)
{
    buildForm();
    setProgram(nullptr);
}

void ProgramDetailsTab::buildForm()
{
    m_name = lineEdit("detailsName");
    m_institution = lineEdit("detailsInstitution");
    m_specialty = lineEdit("detailsSpecialty");
    m_city = lineEdit("detailsCity");
    m_state = lineEdit("detailsState");
    m_state->setMaximumWidth(70);
    m_nrmpCode = lineEdit("detailsNrmpCode");
    m_nrmpCode->setPlaceholderText(tr("e.g. 1234280C0"));
    m_website = lineEdit("detailsWebsite");
    m_website->setPlaceholderText(tr("https://…"));
    m_emailDomain = lineEdit("detailsEmailDomain");
    m_emailDomain->setPlaceholderText(tr("e.g. uhospital.edu: matches imported mail"));
    auto *place = new QHBoxLayout;
    place->addWidget(m_city, 1);
    place->addWidget(new QLabel(tr("State:")));
    place->addWidget(m_state);

    auto *programBox = new QGroupBox(tr("Program"));
    auto *programForm = new QFormLayout(programBox);
    programForm->addRow(tr("&Name:"), m_name);
    programForm->addRow(tr("&Institution:"), m_institution);
    programForm->addRow(tr("Specialty:"), m_specialty);
    programForm->addRow(buddyLabel(tr("Cit&y:"), m_city), place);
    programForm->addRow(tr("NRMP code:"), m_nrmpCode);
    programForm->addRow(tr("We&bsite:"), m_website);
    programForm->addRow(tr("Email domain:"), m_emailDomain);

    m_status = enumCombo<core::ProgramStatus>("detailsStatus");
    m_hasApplication = new QCheckBox(tr("On"));
    m_hasApplication->setObjectName(QStringLiteral("detailsHasApplication"));
    m_applicationDate = new QDateEdit;
    m_applicationDate->setObjectName(QStringLiteral("detailsApplicationDate"));
    m_applicationDate->setCalendarPopup(true);
    m_applicationDate->setDateRange(core::earliestDate(), core::latestDate());
    m_hasInterview = new QCheckBox(tr("On"));
    m_hasInterview->setObjectName(QStringLiteral("detailsHasInterview"));
    m_interviewDate = new QDateEdit;
    m_interviewDate->setObjectName(QStringLiteral("detailsInterviewDate"));
    m_interviewDate->setCalendarPopup(true);
    m_interviewDate->setDateRange(core::earliestDate(), core::latestDate());
    m_hasInterviewTime = new QCheckBox(tr("At"));
    m_hasInterviewTime->setObjectName(QStringLiteral("detailsHasInterviewTime"));
    m_interviewTime = new QTimeEdit;
    m_interviewTime->setObjectName(QStringLiteral("detailsInterviewTime"));
    m_interviewTime->setDisplayFormat(DateTimeText::forDates().timeFormat());
    m_interviewTime->setMaximumWidth(
        m_interviewTime->fontMetrics().horizontalAdvance(QStringLiteral("00:00 PM")) + 40);
    connect(m_hasInterview, &QCheckBox::toggled, m_hasInterviewTime, &QWidget::setEnabled);
    auto *interview = optional(m_hasInterview, m_interviewDate);
    interview->addLayout(optional(m_hasInterviewTime, m_interviewTime));
    m_rank = new QSpinBox;
    m_rank->setObjectName(QStringLiteral("detailsRank"));
    m_rank->setRange(0, 999);
    m_rank->setSpecialValueText(tr("Not ranked yet"));
    m_rank->setToolTip(tr("Your private preference order: 1 = the program you want most"));
    m_signalSent = new QCheckBox(tr("Preference si&gnal sent"));
    m_signalSent->setObjectName(QStringLiteral("detailsSignalSent"));
    m_homeProgram = new QCheckBox(tr("Home program"));
    m_homeProgram->setObjectName(QStringLiteral("detailsHomeProgram"));

    auto *seasonBox = new QGroupBox(tr("Your season"));
    auto *seasonForm = new QFormLayout(seasonBox);
    seasonForm->addRow(tr("Stat&us:"), m_status);
    seasonForm->addRow(buddyLabel(tr("&Applied:"), m_hasApplication),
                       optional(m_hasApplication, m_applicationDate));
    seasonForm->addRow(buddyLabel(tr("Intervie&w:"), m_hasInterview), interview);
    seasonForm->addRow(tr("Preference ran&k:"), m_rank);
    seasonForm->addRow(QString(), m_signalSent);
    seasonForm->addRow(QString(), m_homeProgram);

    m_participates = new QCheckBox(tr("Takes part in the NRMP &Match"));
    m_participates->setObjectName(QStringLiteral("detailsParticipates"));
    m_visa = enumCombo<core::VisaSponsorship>("detailsVisa");
    m_matchedImgs = enumCombo<core::Tristate>("detailsMatchedImgs");
    m_policy = enumCombo<core::CommunicationPolicy>("detailsPolicy");
    m_policyNote = lineEdit("detailsPolicyNote");
    m_policyNote->setPlaceholderText(tr("The program's words, e.g. from the interview day"));
    m_minGap = new QSpinBox;
    m_minGap->setObjectName(QStringLiteral("detailsMinGap"));
    m_minGap->setRange(-1, 365);
    m_minGap->setSpecialValueText(tr("Season default"));
    m_minGap->setSuffix(tr(" days"));
    m_minGap->setToolTip(tr("Fewest days between two messages to this program"));

    auto *policyBox = new QGroupBox(tr("Policy and fit"));
    auto *policyForm = new QFormLayout(policyBox);
    policyForm->addRow(QString(), m_participates);
    policyForm->addRow(tr("Visa sponsorship:"), m_visa);
    policyForm->addRow(tr("Has matched IMGs:"), m_matchedImgs);
    policyForm->addRow(tr("Communication &policy:"), m_policy);
    policyForm->addRow(tr("Policy note:"), m_policyNote);
    policyForm->addRow(tr("Minimum gap:"), m_minGap);

    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("detailsNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What stood out, people you met, questions to ask…"));
    m_notes->setMinimumHeight(80);
    auto *notesBox = new QGroupBox(tr("Notes"));
    auto *notesLayout = new QVBoxLayout(notesBox);
    notesLayout->addWidget(m_notes);

    m_boxes = {programBox, seasonBox, policyBox, notesBox};
    m_grid = new QGridLayout;
    arrange(false);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(m_grid);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("detailsError"));
    m_error->setTextFormat(Qt::PlainText); // messages quote stored values
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("color: %1").arg(labels::severityColor(core::Severity::Violation).name()));
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("detailsSave"));
    m_save->setDefault(true);
    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setObjectName(QStringLiteral("detailsRevert"));
    connect(m_save, &QPushButton::clicked, this, &ProgramDetailsTab::save);
    connect(m_revert, &QPushButton::clicked, this, &ProgramDetailsTab::revert);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    for (QWidget *w : std::initializer_list<QWidget *>{
             m_name,          m_institution,      m_specialty,       m_city,
             m_state,         m_nrmpCode,         m_website,         m_emailDomain,
             m_status,        m_hasApplication,   m_applicationDate, m_hasInterview,
             m_interviewDate, m_hasInterviewTime, m_interviewTime,   m_rank,
             m_signalSent,    m_homeProgram,      m_participates,    m_visa,
             m_matchedImgs,   m_policy,           m_policyNote,      m_minGap,
             m_notes})
        watch(w);
}

void ProgramDetailsTab::arrange(bool wide)
{
    if (m_wide == wide && m_grid->count() > 0)
        return;
    m_wide = wide;
    for (QWidget *box : std::as_const(m_boxes))
        m_grid->removeWidget(box);
    for (int i = 0; i < m_boxes.size(); ++i)
        m_grid->addWidget(m_boxes.at(i), wide ? i / 2 : i, wide ? i % 2 : 0);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, wide ? 1 : 0);
}

void ProgramDetailsTab::resizeEvent(QResizeEvent *event)
{
    // Two columns side by side only when both fit without squeezing.
    QWidget *season = m_boxes.at(1);
    arrange(width() >= 2 * std::max(m_boxes.at(0)->minimumSizeHint().width(),
                                    season->minimumSizeHint().width()) +
                           40);
    QWidget::resizeEvent(event);
}

void ProgramDetailsTab::watch(QWidget *editor)
{
    const auto changed = [this] {
        if (!m_loading)
            setDirty(true);
    };
    if (auto *e = qobject_cast<QLineEdit *>(editor))
        connect(e, &QLineEdit::textEdited, this, changed);
    else if (auto *c = qobject_cast<QComboBox *>(editor))
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    else if (auto *b = qobject_cast<QCheckBox *>(editor))
        connect(b, &QCheckBox::toggled, this, changed);
    else if (auto *s = qobject_cast<QSpinBox *>(editor))
        connect(s, &QSpinBox::valueChanged, this, changed);
    else if (auto *d = qobject_cast<QDateTimeEdit *>(editor))
        connect(d, &QDateTimeEdit::dateTimeChanged, this, changed);
    else if (auto *t = qobject_cast<QPlainTextEdit *>(editor))
        connect(t, &QPlainTextEdit::textChanged, this, changed);
}

void ProgramDetailsTab::setProgram(const core::Program *program, bool force)
{
    if (program && !force && m_dirty && program->id == m_program.id)
        return;
    load(program ? *program : core::Program());
    setEnabled(program != nullptr);
}

void ProgramDetailsTab::load(const core::Program &p)
{
    m_loading = true;
    m_program = p;
    m_name->setText(p.name);
    m_institution->setText(p.institution);
    m_specialty->setText(p.specialty);
    m_city->setText(p.city);
    m_state->setText(p.state);
    m_nrmpCode->setText(p.nrmpCode);
    m_website->setText(p.website);
    m_emailDomain->setText(p.emailDomain);
    select(m_status, p.status);
    const QDate today = m_session.clock().now().date();
    m_hasApplication->setChecked(p.applicationDate.isValid());
    m_applicationDate->setEnabled(p.applicationDate.isValid());
    m_applicationDate->setDate(p.applicationDate.isValid() ? p.applicationDate : today);
    m_hasInterview->setChecked(p.interviewDate.isValid());
    m_interviewDate->setEnabled(p.interviewDate.isValid());
    m_interviewDate->setDate(p.interviewDate.isValid() ? p.interviewDate : today);
    m_hasInterviewTime->setEnabled(p.interviewDate.isValid());
    m_hasInterviewTime->setChecked(p.interviewTime.isValid());
    m_interviewTime->setEnabled(p.interviewTime.isValid());
    m_interviewTime->setTime(p.interviewTime.isValid() ? p.interviewTime : QTime(8, 0));
    m_rank->setValue(p.preferenceRank.value_or(0));
    m_signalSent->setChecked(p.signalSent);
    m_homeProgram->setChecked(p.homeProgram);
    m_participates->setChecked(p.participatesInMatch);
    select(m_visa, p.visa);
    select(m_matchedImgs, p.matchedImgs);
    select(m_policy, p.policy);
    m_policyNote->setText(p.policyNote);
    m_minGap->setValue(p.minGapDays.value_or(-1));
    m_notes->setPlainText(p.notes);
    m_error->clear();
    m_loading = false;
    setDirty(false);
}

core::Program ProgramDetailsTab::program() const
{
    core::Program p = m_program;
    p.name = m_name->text().trimmed();
    p.institution = m_institution->text().trimmed();
    p.specialty = m_specialty->text().trimmed();
    p.city = m_city->text().trimmed();
    p.state = m_state->text().trimmed();
    p.nrmpCode = m_nrmpCode->text().trimmed();
    p.website = m_website->text().trimmed();
    p.emailDomain = m_emailDomain->text().trimmed();
    p.status = selected<core::ProgramStatus>(m_status);
    p.applicationDate = m_hasApplication->isChecked() ? m_applicationDate->date() : QDate();
    p.interviewDate = m_hasInterview->isChecked() ? m_interviewDate->date() : QDate();
    const bool timed = p.interviewDate.isValid() && m_hasInterviewTime->isChecked();
    p.interviewTime = timed ? m_interviewTime->time() : QTime();
    // A time typed here is in the season's zone, unless it was already stored.
    if (timed && !m_program.interviewTime.isValid())
        p.interviewOffsetSecs =
            QDateTime(p.interviewDate, p.interviewTime, m_session.snapshot().season.zone())
                .offsetFromUtc();
    p.preferenceRank = m_rank->value() > 0 ? std::optional<int>(m_rank->value()) : std::nullopt;
    p.signalSent = m_signalSent->isChecked();
    p.homeProgram = m_homeProgram->isChecked();
    p.participatesInMatch = m_participates->isChecked();
    p.visa = selected<core::VisaSponsorship>(m_visa);
    p.matchedImgs = selected<core::Tristate>(m_matchedImgs);
    p.policy = selected<core::CommunicationPolicy>(m_policy);
    p.policyNote = m_policyNote->text().trimmed();
    p.minGapDays = m_minGap->value() >= 0 ? std::optional<int>(m_minGap->value()) : std::nullopt;
    p.notes = m_notes->toPlainText();
    return p;
}

QString ProgramDetailsTab::errorText() const
{
    return m_error->text();
}

void ProgramDetailsTab::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

void ProgramDetailsTab::showError(const QString &message)
{
    m_error->setText(message);
}

QString ProgramDetailsTab::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("institution"), QT_TR_NOOP("Institution")},
        {QStringLiteral("specialty"), QT_TR_NOOP("Specialty")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("state"), QT_TR_NOOP("State")},
        {QStringLiteral("nrmp_code"), QT_TR_NOOP("NRMP code")},
        {QStringLiteral("website"), QT_TR_NOOP("Website")},
        {QStringLiteral("email_domain"), QT_TR_NOOP("Email domain")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("application_date"), QT_TR_NOOP("Applied")},
        {QStringLiteral("interview"), QT_TR_NOOP("Interview")},
        {QStringLiteral("preference_rank"), QT_TR_NOOP("Preference rank")},
        {QStringLiteral("signal_sent"), QT_TR_NOOP("Signal sent")},
        {QStringLiteral("home_program"), QT_TR_NOOP("Home program")},
        {QStringLiteral("participates_in_match"), QT_TR_NOOP("Participates in the Match")},
        {QStringLiteral("visa"), QT_TR_NOOP("Visa sponsorship")},
        {QStringLiteral("matched_imgs"), QT_TR_NOOP("Has matched IMGs")},
        {QStringLiteral("policy"), QT_TR_NOOP("Communication policy")},
        {QStringLiteral("policy_note"), QT_TR_NOOP("Policy note")},
        {QStringLiteral("min_gap_days"), QT_TR_NOOP("Minimum gap")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")}};
    const char *label = labels.value(key);
    return label ? tr(label) : key;
}

bool ProgramDetailsTab::save()
{
    core::Program p = program();
    if (p.name.isEmpty()) {
        showError(tr("The program needs a name."));
        m_name->setFocus();
        return false;
    }
    // Only what the user changed is written: another writer's changes to
    // other fields stay, and the same field changed by both is asked about.
    core::Program original = m_program;
    std::optional<core::ProgramSave> done;
    while (!done) {
        auto saved = core::ProgramRepository(m_session.db()).save(original, p);
        if (!saved) {
            showError(saved.errorMessage());
            return false;
        }
        if (saved->written()) {
            done = std::move(saved.value());
            break;
        }
        const auto keep = m_prompter.resolveConflicts(window(), original.name, saved->conflicts,
                                                      &ProgramDetailsTab::fieldLabel);
        if (!keep)
            return false;
        const auto &fields = core::ProgramRepository::fields();
        const core::Program resolved = core::resolveConflicts(
            core::mergeEdit(original, p, saved->stored, fields), saved->stored, *keep, fields);
        original = saved->stored;
        p = resolved;
    }
    // Undo puts back only what this save changed.
    const core::Program before =
        core::mergeEdit(p, original, done->stored, core::ProgramRepository::fields()).row;
    m_session.undoStack().push(new ProgramEdit(m_session, m_prompter, before, done->stored));
    load(done->stored);
    m_error->clear();
    if (auto s = m_session.reload(); !s) {
        showError(s.errorMessage());
        return false;
    }
    Q_EMIT saved(p.id);
    return true;
}

void ProgramDetailsTab::revert()
{
    if (const core::Program *p = m_session.program(m_program.id))
        load(*p);
}

} // namespace rapport::ui
