#include "ProgramDialog.h"

#include "Labels.h"
#include "Prompter.h"
#include "Session.h"
#include "undo/RecordEdits.h"

#include "domain/Validation.h"
#include "storage/ProgramRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

template <typename E> QComboBox *enumCombo(const char *objectName, E current)
{
    auto *combo = new QComboBox;
    combo->setObjectName(QLatin1String(objectName));
    for (const auto &[value, label] : labels::all<E>())
        combo->addItem(label, static_cast<int>(value));
    combo->setCurrentIndex(combo->findData(static_cast<int>(current)));
    return combo;
}

} // namespace

ProgramDialog::ProgramDialog(Session &session, Prompter &prompter, QWidget *parent)
    : QDialog(parent), m_session(session), m_prompter(prompter)
{
    setWindowTitle(tr("New program"));
    const core::Program defaults;

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("programName"));
    m_name->setPlaceholderText(tr("e.g. Otolaryngology Residency, University Hospital"));
    m_institution = new QLineEdit;
    m_institution->setObjectName(QStringLiteral("programInstitution"));
    m_city = new QLineEdit;
    m_city->setObjectName(QStringLiteral("programCity"));
    m_state = new QLineEdit;
    m_state->setObjectName(QStringLiteral("programState"));
    m_state->setPlaceholderText(tr("e.g. OH"));
    m_state->setMaximumWidth(80);
    auto *place = new QHBoxLayout;
    place->addWidget(m_city, 1);
    place->addWidget(new QLabel(tr("State:")));
    place->addWidget(m_state);

    m_status = enumCombo("programStatus", core::ProgramStatus::Applied);
    m_hasInterview = new QCheckBox(tr("Scheduled for"));
    m_hasInterview->setObjectName(QStringLiteral("programHasInterview"));
    m_interview = new QDateEdit(session.clock().now().date());
    m_interview->setObjectName(QStringLiteral("programInterviewDate"));
    m_interview->setCalendarPopup(true);
    m_interview->setDateRange(core::earliestDate(), core::latestDate());
    m_interview->setEnabled(false);
    connect(m_hasInterview, &QCheckBox::toggled, m_interview, &QWidget::setEnabled);
    auto *interview = new QHBoxLayout;
    interview->addWidget(m_hasInterview);
    interview->addWidget(m_interview, 1);
    m_policy = enumCombo("programPolicy", defaults.policy);
    m_visa = enumCombo("programVisa", defaults.visa);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Institution:"), m_institution);
    auto *cityLabel = new QLabel(tr("Cit&y:"));
    cityLabel->setBuddy(m_city);
    form->addRow(cityLabel, place);
    form->addRow(tr("Stat&us:"), m_status);
    auto *interviewLabel = new QLabel(tr("Intervie&w:"));
    interviewLabel->setBuddy(m_hasInterview);
    form->addRow(interviewLabel, interview);
    form->addRow(tr("Communication &policy:"), m_policy);
    form->addRow(tr("&Visa sponsorship:"), m_visa);

    m_error = new QLabel;
    m_error->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("programError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("color: %1").arg(labels::severityColor(core::Severity::Violation).name()));
    m_error->hide();

    auto *hint = new QLabel(tr("Everything else (NRMP code, contacts, notes) is on the program's "
                               "page once it is added."));
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add program"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProgramDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(540, sizeHint().height());
    m_name->setFocus();
}

bool ProgramDialog::isFilledIn() const
{
    const core::Program defaults;
    for (const QLineEdit *edit : {m_name, m_institution, m_city, m_state}) {
        if (!edit->text().trimmed().isEmpty())
            return true;
    }
    return m_hasInterview->isChecked() ||
           m_status->currentData().toInt() != static_cast<int>(core::ProgramStatus::Applied) ||
           m_policy->currentData().toInt() != static_cast<int>(defaults.policy) ||
           m_visa->currentData().toInt() != static_cast<int>(defaults.visa);
}

void ProgramDialog::reject()
{
    // Also Esc and the window's close button.
    if (!m_programId && isFilledIn()) {
        switch (m_prompter.askUnsaved(this, tr("Add the program you filled in, or discard it?"),
                                      tr("Add program"))) {
        case UnsavedChoice::Save: accept(); return;
        case UnsavedChoice::Discard: break;
        case UnsavedChoice::Cancel: return;
        }
    }
    QDialog::reject();
}

QString ProgramDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ProgramDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ProgramDialog::accept()
{
    core::Program p;
    p.name = m_name->text().trimmed();
    p.institution = m_institution->text().trimmed();
    p.city = m_city->text().trimmed();
    p.state = m_state->text().trimmed();
    p.status = static_cast<core::ProgramStatus>(m_status->currentData().toInt());
    if (m_hasInterview->isChecked())
        p.interviewDate = m_interview->date();
    p.policy = static_cast<core::CommunicationPolicy>(m_policy->currentData().toInt());
    p.visa = static_cast<core::VisaSponsorship>(m_visa->currentData().toInt());
    if (p.name.isEmpty()) {
        showError(tr("Enter the program's name."));
        m_name->setFocus();
        return;
    }
    if (!m_programId) { // stored already if only the reload failed before
        core::ProgramRepository programs(m_session.db());
        auto id = programs.add(p);
        if (!id) {
            showError(id.errorMessage());
            return;
        }
        m_programId = *id;
        if (auto added = programs.get(*id))
            m_session.undoStack().push(ProgramPresence::added(
                m_session, m_prompter, tr("New Program %1").arg(added->name), *added));
    }
    if (auto s = m_session.reload(); !s) {
        showError(s.errorMessage());
        return;
    }
    QDialog::accept();
}

} // namespace rapport::ui
