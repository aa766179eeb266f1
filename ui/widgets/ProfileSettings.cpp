#include "ProfileSettings.h"

#include "Icons.h"
#include "RefreshWhenShown.h"
#include "Session.h"
#include "SettingsForm.h"
#include "storage/ProfileRepository.h"
#include "undo/SettingsEdits.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {
namespace {

QLineEdit *lineEdit(const QString &name, const QString &placeholder = {})
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QPlainTextEdit *textEdit(const QString &name, int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

ProfileSettings::ProfileSettings(Session &session, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_session(session), m_prompter(prompter)
{
    m_name = lineEdit(QStringLiteral("profileName"), tr("As on your ERAS application"));
    m_degree = lineEdit(QStringLiteral("profileDegree"), tr("e.g. MBBS, MD"));
    m_school = lineEdit(QStringLiteral("profileSchool"));
    m_country = lineEdit(QStringLiteral("profileCountry"));
    m_graduationYear = lineEdit(QStringLiteral("profileGraduationYear"), tr("e.g. 2022"));
    m_graduationYear->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,4}")), m_graduationYear));
    m_graduationYear->setMaximumWidth(120);
    m_aamcId = lineEdit(QStringLiteral("profileAamcId"));
    m_aamcId->setMaximumWidth(200);
    m_visa = lineEdit(QStringLiteral("profileVisa"), tr("e.g. needs J-1 sponsorship"));
    m_email = lineEdit(QStringLiteral("profileEmail"), tr("The address programs write to"));
    m_otherEmails = textEdit(QStringLiteral("profileOtherEmails"), 3);
    m_otherEmails->setPlaceholderText(
        tr("One address a line: email import counts mail from these as yours"));
    m_phone = lineEdit(QStringLiteral("profilePhone"));
    m_signature = textEdit(QStringLiteral("profileSignature"), 5);
    m_signature->setPlaceholderText(
        tr("Empty: templates sign with your name, degree, AAMC ID, email and phone"));
    m_homeProgram = new QComboBox;
    m_homeProgram->setObjectName(QStringLiteral("profileHomeProgram"));
    m_homeProgram->setEditable(true);
    m_homeProgram->setInsertPolicy(QComboBox::NoInsert);
    m_homeProgram->setToolTip(tr("Your own institution's program, if you have one: OPDO advises "
                                 "against sending it a preference signal"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Degree"), m_degree);
    form->addRow(tr("&Medical school"), m_school);
    form->addRow(tr("&Country of the school"), m_country);
    form->addRow(tr("&Graduation year"), m_graduationYear);
    form->addRow(tr("&AAMC ID"), m_aamcId);
    form->addRow(tr("V&isa"), m_visa);
    form->addRow(tr("Emai&l"), m_email);
    form->addRow(tr("&Other emails"), m_otherEmails);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("Signa&ture"), m_signature);
    form->addRow(tr("Home p&rogram"), m_homeProgram);

    m_error = settingsform::makeErrorLabel(QStringLiteral("profileError"));
    m_save = new QPushButton(themeIcon(QStringLiteral("document-save")), tr("&Save profile"));
    m_save->setObjectName(QStringLiteral("profileSave"));
    connect(m_save, &QPushButton::clicked, this, &ProfileSettings::save);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addStretch(1);

    const auto edited = [this] {
        m_dirty = true;
    };
    for (QLineEdit *edit : {m_name, m_degree, m_school, m_country, m_graduationYear, m_aamcId,
                            m_visa, m_email, m_phone})
        connect(edit, &QLineEdit::textEdited, this, edited);
    connect(m_otherEmails, &QPlainTextEdit::textChanged, this, edited);
    connect(m_signature, &QPlainTextEdit::textChanged, this, edited);
    connect(m_homeProgram, &QComboBox::editTextChanged, this, edited);
    refreshWhenShown(this, m_session, [this] { load(); });
    load();
}

void ProfileSettings::load()
{
    QStringList names;
    for (const core::Program &p : m_session.snapshot().programs)
        names << p.name;
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    const QString home = m_homeProgram->currentText();
    {
        const QSignalBlocker blocker(m_homeProgram);
        m_homeProgram->clear();
        m_homeProgram->addItem(QString());
        m_homeProgram->addItems(names);
        m_homeProgram->setEditText(home);
    }
    // Someone else's save must not wipe what is being typed here.
    if (!m_dirty)
        setProfile(m_session.snapshot().profile);
}

void ProfileSettings::setProfile(const core::ApplicantProfile &p)
{
    m_name->setText(p.name);
    m_degree->setText(p.degree);
    m_school->setText(p.medicalSchool);
    m_country->setText(p.country);
    m_graduationYear->setText(p.graduationYear ? QString::number(p.graduationYear) : QString());
    m_aamcId->setText(p.aamcId);
    m_visa->setText(p.visaStatus);
    m_email->setText(p.email);
    m_otherEmails->setPlainText(p.otherEmails.join(QLatin1Char('\n')));
    m_phone->setText(p.phone);
    m_signature->setPlainText(p.signature);
    m_homeProgram->setEditText(p.homeProgramName);
    m_dirty = false;
}

core::ApplicantProfile ProfileSettings::profile() const
{
    core::ApplicantProfile p;
    p.name = m_name->text().trimmed();
    p.degree = m_degree->text().trimmed();
    p.medicalSchool = m_school->text().trimmed();
    p.country = m_country->text().trimmed();
    p.graduationYear = m_graduationYear->text().toInt();
    p.aamcId = m_aamcId->text().trimmed();
    p.visaStatus = m_visa->text().trimmed();
    p.email = m_email->text().trimmed();
    for (const QString &line : m_otherEmails->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            p.otherEmails << line.trimmed();
    }
    p.phone = m_phone->text().trimmed();
    p.signature = m_signature->toPlainText().trimmed();
    p.homeProgramName = m_homeProgram->currentText().trimmed();
    return p;
}

bool ProfileSettings::save()
{
    core::ProfileRepository repository(m_session.db());
    const auto before = repository.profile();
    const core::ApplicantProfile after = profile();
    if (auto s = repository.saveProfile(after); !s) {
        settingsform::showError(m_error, s.errorMessage());
        focusField(s.errorMessage());
        return false;
    }
    if (before)
        m_session.undoStack().push(settingsEdits::profile(m_session, m_prompter, *before, after));
    m_dirty = false;
    settingsform::showSaved(m_error, tr("Profile saved."));
    if (auto s = m_session.reload(); !s) {
        settingsform::showError(m_error, s.errorMessage());
        return false;
    }
    return true;
}

void ProfileSettings::focusField(const QString &error)
{
    // The core names the field first: "profile other email "x" is not …".
    if (error.startsWith(QLatin1String("profile other email")))
        m_otherEmails->setFocus();
    else if (error.startsWith(QLatin1String("profile email")))
        m_email->setFocus();
    else if (error.startsWith(QLatin1String("profile graduation year")))
        m_graduationYear->setFocus();
}

} // namespace rapport::ui
