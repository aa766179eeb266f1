#include "ContactDialog.h"

#include "Labels.h"
#include "Prompter.h"
#include "Session.h"
#include "undo/RecordEdits.h"
#include "undo/RowEdits.h"

#include "domain/Validation.h"
#include "storage/ContactRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

ContactDialog::ContactDialog(Session &session, Prompter &prompter, const core::Contact &contact,
                             QWidget *parent)
    : QDialog(parent), m_session(session), m_prompter(prompter), m_contact(contact)
{
    const core::Program *program = session.program(contact.programId);
    const QString programName = program ? program->name : QString();
    setWindowTitle(contact.id ? tr("Edit contact") : tr("New contact at %1").arg(programName));

    m_title = new QComboBox;
    m_title->setObjectName(QStringLiteral("contactTitle"));
    m_title->addItem(tr("(none)"), QString());
    for (const char *t : {"Dr.", "Prof.", "Ms.", "Mrs.", "Mr.", "Mx."})
        m_title->addItem(QLatin1String(t), QLatin1String(t));
    m_title->setCurrentIndex(std::max(0, m_title->findData(contact.title)));
    m_first = new QLineEdit(contact.firstName);
    m_first->setObjectName(QStringLiteral("contactFirstName"));
    m_last = new QLineEdit(contact.lastName);
    m_last->setObjectName(QStringLiteral("contactLastName"));
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("contactRole"));
    for (const auto &[value, label] : labels::all<core::ContactRole>())
        m_role->addItem(label, static_cast<int>(value));
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(contact.role)));
    m_email = new QLineEdit(contact.email);
    m_email->setObjectName(QStringLiteral("contactEmail"));
    m_email->setPlaceholderText(tr("name@hospital.edu"));
    m_phone = new QLineEdit(contact.phone);
    m_phone->setObjectName(QStringLiteral("contactPhone"));
    m_notes = new QPlainTextEdit(contact.notes);
    m_notes->setObjectName(QStringLiteral("contactNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 5);
    m_notes->setPlaceholderText(tr("Where you met, what you talked about…"));

    auto *names = new QHBoxLayout;
    names->addWidget(m_title);
    names->addWidget(m_first, 1);
    names->addWidget(m_last, 1);
    m_first->setPlaceholderText(tr("First name"));
    m_last->setPlaceholderText(tr("Last name"));

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_first);
    form->addRow(nameLabel, names);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("N&otes:"), m_notes);

    m_error = new QLabel;
    m_error->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("contactError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("color: %1").arg(labels::severityColor(core::Severity::Violation).name()));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(contact.id ? tr("Save") : tr("Add contact"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    m_first->setFocus();
}

core::Contact ContactDialog::contact() const
{
    core::Contact c = m_contact;
    c.title = m_title->currentData().toString();
    c.firstName = m_first->text().trimmed();
    c.lastName = m_last->text().trimmed();
    c.role = static_cast<core::ContactRole>(m_role->currentData().toInt());
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

QString ContactDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ContactDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

QString ContactDialog::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("program"), QT_TR_NOOP("Program")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")}};
    const char *label = labels.value(key);
    return label ? tr(label) : key;
}

void ContactDialog::accept()
{
    const core::Contact c = contact();
    // The common mistakes in plain words; the repository has the last word.
    if (c.firstName.isEmpty() && c.lastName.isEmpty()) {
        showError(tr("Enter a first or a last name."));
        m_first->setFocus();
        return;
    }
    if (!c.email.isEmpty() && !core::isEmailAddress(c.email)) {
        showError(tr("“%1” is not an email address.").arg(c.email));
        m_email->setFocus();
        return;
    }
    core::ContactRepository repository(m_session.db());
    if (c.id) {
        // Another writer may have changed the contact while this was open:
        // keep their changes to fields left alone, ask about the rest.
        auto stored = repository.get(c.id);
        if (!stored) {
            showError(stored.errorMessage());
            return;
        }
        core::Contact toWrite = c;
        if (stored->revision != m_contact.revision) {
            const auto &fields = core::ContactRepository::fields();
            const auto merged = core::mergeEdit(m_contact, c, *stored, fields);
            QSet<QString> keep;
            if (!merged.conflicts.isEmpty()) {
                const auto chosen = m_prompter.resolveConflicts(
                    this, m_contact.formalName(), merged.conflicts, &ContactDialog::fieldLabel);
                if (!chosen)
                    return;
                keep = *chosen;
            }
            toWrite = core::resolveConflicts(merged, *stored, keep, fields);
        }
        if (auto s = repository.update(toWrite, stored->revision); !s) {
            showError(s.errorMessage());
            return;
        }
        m_session.undoStack().push(new ContactEdit(m_session, m_prompter, *stored, toWrite));
    } else {
        auto id = repository.add(c);
        if (!id) {
            showError(id.errorMessage());
            return;
        }
        m_contact.id = *id;
        if (auto added = repository.get(*id))
            m_session.undoStack().push(ContactPresence::added(
                m_session, m_prompter, tr("New Contact %1").arg(added->formalName()), *added));
    }
    m_contact = contact();
    if (auto s = m_session.reload(); !s) {
        showError(s.errorMessage());
        return;
    }
    QDialog::accept();
}

} // namespace rapport::ui
