#include "InboxDetails.h"

#include "DateTimeText.h"
#include "Labels.h"
#include "Session.h"
#include "widgets/RecipientCombos.h"

#include "domain/Program.h"
#include "io/MailOriginal.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace rapport::ui {

InboxDetails::InboxDetails(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("inboxHeading"));
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("inboxProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(
        QStringLiteral("color: %1").arg(labels::severityColor(core::Severity::Violation).name()));
    m_problem->hide();

    m_program = new QComboBox;
    m_program->setObjectName(QStringLiteral("inboxProgram"));
    m_program->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_program->setMinimumContentsLength(20);
    // Type a few letters of any word of the name.
    m_program->setEditable(true);
    m_program->setInsertPolicy(QComboBox::NoInsert);
    m_program->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_program->completer()->setFilterMode(Qt::MatchContains);
    m_program->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_program->lineEdit()->setPlaceholderText(tr("Choose a program"));
    m_contact = new QComboBox;
    m_contact->setObjectName(QStringLiteral("inboxContact"));
    m_contact->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_contact->setMinimumContentsLength(20);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("inboxKind"));
    for (const auto &[value, label] : labels::all<core::Kind>())
        m_kind->addItem(label, static_cast<int>(value));
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("inboxText"));
    m_text->setReadOnly(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto row = [form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Program:"), m_program);
    row(tr("&Contact:"), m_contact);
    row(tr("&Kind:"), m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);

    connect(m_program, &QComboBox::currentIndexChanged, this, [this] {
        if (m_program->currentIndex() < 0)
            return;
        m_chosenProgram = m_program->currentData().toLongLong();
        m_chosenContact.reset();
        fillContacts();
        // Another program: the contact shown is the choice for every message.
        const qint64 contact = m_contact->currentData().toLongLong();
        m_chosenContact = contact ? std::optional<qint64>(contact) : std::nullopt;
        Q_EMIT choiceChanged();
    });
    connect(m_contact, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = m_contact->currentData().toLongLong();
        m_chosenContact = id ? std::optional<qint64>(id) : std::nullopt;
        Q_EMIT choiceChanged();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_kind->currentIndex() >= 0)
            m_chosenKind = static_cast<core::Kind>(m_kind->currentData().toInt());
        Q_EMIT choiceChanged();
    });
    setEntries({});
}

template <typename T, typename F> std::optional<T> InboxDetails::shared(F field) const
{
    if (m_entries.isEmpty())
        return std::nullopt;
    const T first = field(m_entries.first());
    for (const core::InboxEntry &e : m_entries) {
        if (!(field(e) == first))
            return std::nullopt;
    }
    return first;
}

void InboxDetails::setEntries(const QList<core::InboxEntry> &entries)
{
    const auto ids = [](const QList<core::InboxEntry> &list) {
        QList<qint64> out;
        for (const core::InboxEntry &e : list)
            out << e.id;
        return out;
    };
    // The same messages read again (a reload): what the applicant chose stays.
    const bool same = !entries.isEmpty() && ids(entries) == ids(m_entries);
    m_entries = entries;
    if (!same) {
        m_chosenProgram.reset();
        m_chosenContact.reset();
        m_chosenKind.reset();
    }
    fillChoices();
    showText();
}

void InboxDetails::refreshChoices()
{
    fillChoices();
}

void InboxDetails::fillChoices()
{
    const bool pending = !m_entries.isEmpty() &&
                         std::all_of(m_entries.cbegin(), m_entries.cend(), [](const auto &e) {
                             return e.state == core::InboxState::Pending && e.problem.isEmpty();
                         });
    for (QWidget *w : {static_cast<QWidget *>(m_program), static_cast<QWidget *>(m_kind)})
        w->setEnabled(pending);
    const auto program =
        m_chosenProgram ? std::optional<qint64>(*m_chosenProgram)
                        : shared<qint64>([](const auto &e) { return e.programId.value_or(0); });
    {
        const QSignalBlocker blocker(m_program);
        recipients::fillPrograms(m_program, m_session, program.value_or(0));
        if (m_program->currentIndex() < 0)
            m_program->setEditText({});
        m_program->lineEdit()->setPlaceholderText(
            !program && m_entries.size() > 1 ? tr("Several programs: keep each, or choose one")
                                             : tr("Choose a program"));
    }
    {
        const QSignalBlocker blocker(m_kind);
        const auto kind =
            m_chosenKind ? m_chosenKind : shared<core::Kind>([](const auto &e) { return e.kind; });
        m_kind->setCurrentIndex(kind ? m_kind->findData(static_cast<int>(*kind)) : -1);
    }
    fillContacts();
}

void InboxDetails::fillContacts()
{
    const QSignalBlocker blocker(m_contact);
    const qint64 program =
        m_program->currentIndex() >= 0 ? m_program->currentData().toLongLong() : 0;
    std::optional<qint64> contact;
    if (m_chosenContact) {
        contact = *m_chosenContact;
    } else if (!m_chosenProgram) {
        contact = shared<qint64>([](const auto &e) { return e.contactId.value_or(0); }).value_or(0);
    } else if (m_entries.size() == 1) {
        // The sender (or recipient) may be a contact of the program chosen.
        const QString address = m_entries.first().fromAddress;
        for (const core::Contact &c : m_session.contactsOf(program)) {
            if (!address.isEmpty() && c.email.compare(address, Qt::CaseInsensitive) == 0)
                contact = c.id;
        }
    }
    recipients::fillContacts(m_contact, m_session, program, contact.value_or(0), false);
    m_contact->setEnabled(program != 0 && m_program->isEnabled());
}

void InboxDetails::showText()
{
    m_problem->hide();
    if (m_entries.isEmpty()) {
        m_heading->setText(tr("<i>Select a message to see what Rapport proposes.</i>"));
        m_text->clear();
        return;
    }
    const core::InboxEntry &e = m_entries.first();
    if (m_entries.size() > 1) {
        m_heading->setText(tr("<b>%n messages selected</b>", nullptr, int(m_entries.size())));
        m_text->setPlainText(
            tr("Log them together: a program, contact or kind you choose here is taken for "
               "every one; what you leave alone stays as proposed for each."));
    } else {
        const QString when = e.at.isValid() ? DateTimeText::forSeason(m_session.snapshot().season)
                                                  .dateTime(e.at, DateTimeText::Context::Header)
                                            : tr("no date");
        const QString from = e.fromAddress.isEmpty() ? e.fromName
                             : e.fromName.isEmpty()
                                 ? e.fromAddress
                                 : QStringLiteral("%1 <%2>").arg(e.fromName, e.fromAddress);
        m_heading->setText(
            QStringLiteral("<b>%1</b><br>%2")
                .arg((e.subject.isEmpty() ? tr("(no subject)") : e.subject).toHtmlEscaped(),
                     tr("%1 · %2 · %3")
                         .arg(from, when, labels::direction(e.direction))
                         .toHtmlEscaped()));
        const auto mail = core::MailInbox(m_session.db(), m_session.clock()).original(e.id);
        const auto original = mail ? core::MailOriginalReader::read(mail->raw)
                                   : core::Result<core::MailOriginal>(mail.error());
        m_text->setPlainText(original ? original->text : original.errorMessage());
    }
    const auto broken = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                     [](const auto &x) { return !x.problem.isEmpty(); });
    if (broken != m_entries.cend()) {
        m_problem->setText(
            tr("“%1” cannot be logged: %2. Ignore it to set it aside.")
                .arg(broken->subject.isEmpty() ? tr("(no subject)") : broken->subject,
                     broken->problem));
        m_problem->show();
    }
}

core::Result<QList<InboxChoice>> InboxDetails::choices() const
{
    QList<InboxChoice> out;
    for (const core::InboxEntry &e : m_entries) {
        const QString subject = e.subject.isEmpty() ? tr("(no subject)") : e.subject;
        if (e.state != core::InboxState::Pending)
            return core::fail(tr("“%1” was logged or ignored already.").arg(subject));
        if (!e.problem.isEmpty())
            return core::fail(tr("“%1” cannot be logged: %2").arg(subject, e.problem));
        InboxChoice c;
        c.id = e.id;
        c.programId = m_chosenProgram.value_or(e.programId.value_or(0));
        if (c.programId == 0)
            return core::fail(tr("Choose a program for “%1”.").arg(subject));
        if (m_chosenContact)
            c.contactId = *m_chosenContact;
        else if (c.programId == e.programId.value_or(0))
            c.contactId = e.contactId;
        c.kind = m_chosenKind.value_or(e.kind);
        out << c;
    }
    return out;
}

} // namespace rapport::ui
