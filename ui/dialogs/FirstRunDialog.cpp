#include "FirstRunDialog.h"

#include "Icons.h"
#include "Labels.h"
#include "Prompter.h"
#include "Session.h"
#include "domain/Profile.h"
#include "domain/Validation.h"
#include "storage/ProfileRepository.h"
#include "storage/ProgramRepository.h"
#include "storage/Transaction.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport::ui {

bool isFirstRun(Session &session)
{
    // Asked of the file, not the snapshot: the window may ask before the
    // season is read.
    const auto profile = core::ProfileRepository(session.db()).profile();
    const auto programs = core::ProgramRepository(session.db()).any();
    return profile && profile->name.trimmed().isEmpty() && programs && !*programs;
}

FirstRunDialog::FirstRunDialog(Session &session, Prompter &prompter, QWidget *parent)
    : QDialog(parent), m_session(session), m_prompter(prompter)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Rapport"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);

    auto *header = new QHBoxLayout;
    auto *logo = new QLabel;
    logo->setPixmap(themeIcon(QStringLiteral("rapport")).pixmap(48, 48));
    logo->setAlignment(Qt::AlignTop);
    auto *welcome = new QLabel(tr("Welcome to Rapport"));
    QFont big = welcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setWeight(QFont::DemiBold);
    welcome->setFont(big);
    auto *intro =
        new QLabel(tr("Rapport keeps every message between you and residency programs in one "
                      "place, and warns you before one breaks a communication limit or a rule "
                      "of the Match. Start with a few words about yourself: they fill the "
                      "signature and details of every template."));
    intro->setWordWrap(true);
    auto *texts = new QVBoxLayout;
    texts->addWidget(welcome);
    texts->addWidget(intro);
    header->addWidget(logo);
    header->addSpacing(8);
    header->addLayout(texts, 1);
    layout->addLayout(header);

    // Before the form: its fields hide the message as the user types.
    m_error = new QLabel;
    m_error->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, labels::severityColor(core::Severity::Violation));
    m_error->setPalette(pal);
    m_error->hide();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(14);
    buildForm(form);
    layout->addSpacing(4);
    layout->addLayout(form);

    layout->addWidget(m_error);

    auto *hint =
        new QLabel(tr("Only your name is needed now; you can change all of it later in Settings."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addSpacing(4);
    layout->addWidget(line);
    auto *demoNote =
        new QLabel(tr("Not ready yet? Look around a demo season of forty programs first. It is "
                      "kept in a separate file and never mixes with yours."));
    demoNote->setWordWrap(true);
    layout->addWidget(demoNote);

    auto *buttons = new QHBoxLayout;
    m_demoButton = new QPushButton(tr("Look around a demo season first"));
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    m_demoButton->setAutoDefault(false);
    m_startButton = new QPushButton(tr("Start my season"));
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setDefault(true);
    buttons->addWidget(m_demoButton);
    buttons->addStretch(1);
    buttons->addWidget(m_startButton);
    layout->addLayout(buttons);
    connect(m_startButton, &QPushButton::clicked, this, &FirstRunDialog::start);
    connect(m_demoButton, &QPushButton::clicked, this, [this] {
        m_choice = FirstRunChoice::OpenDemo;
        accept();
    });
    setMinimumWidth(560);
}

void FirstRunDialog::buildForm(QFormLayout *form)
{
    auto line = [this](const char *name, const QString &placeholder) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textEdited, m_error, &QLabel::hide);
        return edit;
    };
    m_name = line("nameEdit", tr("as on your ERAS application"));
    m_degree = new QComboBox;
    m_degree->setObjectName(QStringLiteral("degreeCombo"));
    m_degree->setEditable(true);
    m_degree->addItems({QStringLiteral("MD"), QStringLiteral("MBBS"), QStringLiteral("MBChB"),
                        QStringLiteral("MBBCh"), QStringLiteral("DO")});
    m_school = line("schoolEdit", tr("e.g. Cairo University Faculty of Medicine"));
    m_country = line("countryEdit", tr("country of your medical school"));
    m_graduation = new QSpinBox;
    m_graduation->setObjectName(QStringLiteral("graduationSpin"));
    m_graduation->setRange(1949, 2100);
    m_graduation->setSpecialValueText(tr("Not set"));
    m_graduation->setValue(1949);
    m_aamcId = line("aamcIdEdit", tr("8 digits"));
    m_aamcId->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), m_aamcId));
    m_visa = new QComboBox;
    m_visa->setObjectName(QStringLiteral("visaCombo"));
    m_visa->setEditable(true);
    m_visa->addItems({QString(), tr("US citizen or permanent resident"),
                      tr("Needs J-1 sponsorship"), tr("Needs H-1B sponsorship"),
                      tr("Needs J-1 or H-1B sponsorship"), tr("Holds an EAD")});
    m_email = line("emailEdit", tr("the address you write to programs from"));
    m_phone = line("phoneEdit", tr("e.g. +1 617 555 0142"));

    form->addRow(tr("Full &name (required):"), m_name);
    form->addRow(tr("&Degree:"), m_degree);
    form->addRow(tr("Medical &school:"), m_school);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Graduation year:"), m_graduation);
    form->addRow(tr("&AAMC ID:"), m_aamcId);
    form->addRow(tr("&Visa status:"), m_visa);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
}

core::ApplicantProfile FirstRunDialog::profile() const
{
    core::ApplicantProfile p;
    p.name = m_name->text().simplified();
    p.degree = m_degree->currentText().trimmed();
    p.medicalSchool = m_school->text().trimmed();
    p.country = m_country->text().trimmed();
    p.graduationYear = m_graduation->value() == m_graduation->minimum() ? 0 : m_graduation->value();
    p.aamcId = m_aamcId->text().trimmed();
    p.visaStatus = m_visa->currentText().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    // The signature templates close with, until the user writes their own.
    QStringList signature{p.degree.isEmpty() ? p.name : tr("%1, %2").arg(p.name, p.degree)};
    if (!p.aamcId.isEmpty())
        signature << tr("AAMC ID %1").arg(p.aamcId);
    p.signature = signature.join(QLatin1Char('\n'));
    return p;
}

QString FirstRunDialog::problem(QWidget **field) const
{
    auto at = [field](QWidget *w, const QString &message) {
        if (field)
            *field = w;
        return message;
    };
    const core::ApplicantProfile p = profile();
    if (p.name.isEmpty())
        return at(m_name, tr("Enter your name: it signs every message you write from Rapport."));
    if (!p.aamcId.isEmpty() && p.aamcId.size() != 8)
        return at(m_aamcId,
                  tr("An AAMC ID has 8 digits; “%1” has %2.").arg(p.aamcId).arg(p.aamcId.size()));
    if (!p.email.isEmpty() && !core::isEmailAddress(p.email))
        return at(m_email,
                  tr("“%1” is not an email address. Use the form name@example.org.").arg(p.email));
    static const QRegularExpression phone(QStringLiteral(R"(^\+?[0-9 ().-]{5,25}$)"));
    if (!p.phone.isEmpty() && !phone.match(p.phone).hasMatch())
        return at(
            m_phone,
            tr("“%1” is not a phone number: use digits, spaces and + - ( ) only.").arg(p.phone));
    if (auto s = core::validate(p); !s)
        return at(m_name, s.errorMessage());
    return {};
}

void FirstRunDialog::start()
{
    QWidget *field = nullptr;
    const QString message = problem(&field);
    if (!message.isEmpty()) {
        m_error->setText(message);
        m_error->show();
        if (field)
            field->setFocus(Qt::OtherFocusReason);
        return;
    }
    core::ProfileRepository profiles(m_session.db());
    core::Transaction tx(m_session.db());
    core::Status saved = tx.begin();
    if (saved)
        saved = profiles.saveProfile(profile());
    // Store the season's dates too, so settings and reminders start from them.
    if (auto has = profiles.hasSeason(); saved && has.ok() && !*has)
        saved = profiles.saveSeason(m_session.snapshot().season);
    if (saved)
        saved = tx.commit();
    if (!saved) {
        m_prompter.showError(this,
                             tr("Your profile could not be saved: %1").arg(saved.errorMessage()));
        return;
    }
    if (auto s = m_session.reload(); !s)
        m_prompter.showError(this, s.errorMessage());
    m_choice = FirstRunChoice::StartSeason;
    accept();
}

FirstRunChoice FirstRunDialog::run(Session &session, Prompter &prompter, QWidget *parent)
{
    FirstRunDialog dialog(session, prompter, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace rapport::ui
